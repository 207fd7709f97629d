import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout note`: logs feedback or an observation.
  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Log feedback or an observation, optionally as evidence for a goal.",
      discussion: """
        Without TEXT, your editor ($VISUAL or $EDITOR) opens, as with 'git commit'; an empty \
        note aborts. With '-', the text is read from standard input.
        """)

    @Argument(help: "The note. '-' reads it from standard input; omit it to use your editor.")
    var text: String?

    @Option(
      help: "The phase it is about. Default: the phase of --goal, else the current phase.",
      completion: .plan(.phases))
    var phase: String?

    @Option(
      help: "A qualitative goal this note is evidence for.", completion: .plan(.qualitativeGoals))
    var goal: String?

    @Option(name: .customLong("tag"), help: "A tag; repeat for several.")
    var tags: [String] = []

    @Option(
      help: "The channel it came from (chat, email, …).", completion: .plan(.channels))
    var channel: String?

    @Option(help: "positive, neutral or negative.")
    var sentiment: Sentiment?

    @OptionGroup var entryOptions: EntryOptions
    @OptionGroup var planOptions: PlanOptions

    /// Without TEXT a script (no terminal, no editor set) would be left in `vi`.
    func validate() throws {
      for tag in tags { try refuseEmpty(tag, "--tag") }
      try refuseEmpty(channel, "--channel")
      if text == nil,
        !MessageEditor.canAsk(
          environment: ProcessInfo.processInfo.environment, inputIsTerminal: isatty(0) == 1)
      {
        throw usageError(UsageProblem.noTextToAsk)
      }
    }

    func run() throws {
      try reporting {
        let workspace = try planOptions.workspace()
        let week = entryOptions.entryWeek(workspace)
        let journal = try Capture.validJournal(workspace)
        // Without --phase the gates are evaluated once, for the default phase and the check.
        var evaluation: Evaluation?
        let phase: String
        if let given = self.phase {
          phase = given
        } else {
          (phase, evaluation) = try workspace.notePhase(
            goal: goal, week: week, entries: journal.entries)
        }
        guard let message = try noteText(workspace, phase: phase, week: week) else {
          Output.printError("Aborting: the note is empty, nothing was logged.")
          throw ExitCode(1)
        }
        let note = RolloutKit.Note(
          phase: phase, goal: goal, tags: tags, channel: channel, sentiment: sentiment,
          text: message)
        try entryOptions.log(
          [EntryDraft(week: week, body: .note(note))], in: workspace, journal: journal,
          evaluation: evaluation)
      }
    }

    /// The argument, standard input for '-', else the editor; `nil` when empty.
    func noteText(_ workspace: Workspace, phase: String, week: ISOWeek) throws -> String? {
      switch text {
      case "-":
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return MessageEditor.message(fromInput: String(decoding: data, as: UTF8.self))
      case let text?:
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
      case nil:
        let template = MessageEditor.template(phase: phase, week: week)
        let edited = try MessageEditor.edit(template: template, environment: workspace.environment)
        return MessageEditor.message(from: edited, template: template)
      }
    }
  }
}
