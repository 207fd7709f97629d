import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout assess`: records a judgment of a qualitative goal.
  struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assess",
      abstract: "Record whether a qualitative goal is met, with the reasoning.")

    @Argument(help: "The qualitative goal's id.", completion: .plan(.qualitativeGoals))
    var goal: String

    @Argument(help: "met or not-met.")
    var verdict: Typed<Verdict>

    // Optional for the parser, so that rollout itself refuses a missing one in the user's
    // language (`requireText`).
    @Option(help: "The reasoning behind the judgment (required).")
    var text: String?

    @Flag(help: ForceHelp.assess)
    var force = false

    @OptionGroup var entryOptions: EntryOptions

    func reason() throws -> String {
      try requireText(text, .assess, command: ["rollout", "assess", goal, verdict.text])
    }

    func validate() throws {
      _ = try verdict.value()
      _ = try reason()
    }

    func run() throws {
      try entryOptions.logOne(
        .assess(Assessment(goal: goal, verdict: try verdict.value(), text: try reason())),
        force: force)
    }
  }
}

/// `--text` is the reason: it must be there and say something. `command` is the command
/// line so far, for the fix to show it whole.
func requireText(_ text: String?, _ kind: Entry.Kind, command: [String]) throws -> String {
  guard let text else {
    let typed = command.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
    throw usageError(UsageProblem.missingText(kind, command: typed.joined(separator: " ")))
  }
  if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
    throw usageError(UsageProblem.emptyText)
  }
  return text
}
