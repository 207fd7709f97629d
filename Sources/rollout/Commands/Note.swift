import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout note`: logs feedback or an observation.
  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "note",
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
    var repeatedTags: [String] = []

    /// The `--tag` options, gathered before parsing (`GatheredTags`).
    @Option(name: .customLong("tag-list"), help: .private)
    var tagList: String?

    /// Every tag, in the order given.
    var tags: [String] { GatheredTags.tags(tagList) + repeatedTags }

    @Option(
      help: "The channel it came from (chat, email, …).", completion: .plan(.channels))
    var channel: String?

    @Option(help: "positive, neutral or negative.")
    var sentiment: Typed<Sentiment>?

    @Flag(
      help: "Log the note even when the same text is already logged for the phase and week by you.")
    var again = false

    @Flag(help: ForceHelp.note)
    var force = false

    @OptionGroup var entryOptions: EntryOptions

    /// Without TEXT a script (no terminal, no editor set) would be left in `vi`.
    func validate() throws {
      _ = try sentiment?.value()
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
      try entryOptions.planOptions.withWorkspace { workspace in
        let week = entryOptions.entryWeek(workspace)
        let message = try noteText(workspace, week: week)
        let request = NoteRequest(
          phase: phase, goal: goal, tags: tags, channel: channel, sentiment: try sentiment?.value(),
          text: message)
        let entry = try workspace.logNote(
          request, week: week,
          recording: entryOptions.recording(workspace, force: force, again: again))
        print(EntrySummary.logged(entry, language: workspace.language))
      }
    }

    /// The argument, standard input for '-', else the editor; empty when nothing was said.
    func noteText(_ workspace: Workspace, week: ISOWeek) throws -> String {
      switch text {
      case "-":
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return MessageEditor.message(fromInput: String(decoding: data, as: UTF8.self)) ?? ""
      case let text?:
        return text
      case nil:
        // The editor's template names the phase the note will be about.
        let phase =
          try self.phase
          ?? workspace.notePhase(
            goal: goal, week: week, entries: Capture.validJournal(workspace).entries
          ).phase
        let template = MessageEditor.template(
          phase: phase, week: week, language: workspace.language)
        let edited = try MessageEditor.edit(template: template, environment: workspace.environment)
        return MessageEditor.message(from: edited, template: template) ?? ""
      }
    }
  }
}
