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

    @Option(help: "The reasoning behind the judgment.")
    var text: String

    @Flag(help: ForceHelp.assess)
    var force = false

    @OptionGroup var entryOptions: EntryOptions

    func validate() throws {
      _ = try verdict.value()
      try requireText(text)
    }

    func run() throws {
      try entryOptions.logOne(
        .assess(Assessment(goal: goal, verdict: try verdict.value(), text: text)), force: force)
    }
  }
}

/// `--text` is the reason: it must say something.
func requireText(_ text: String) throws {
  if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
    throw usageError(UsageProblem.emptyText)
  }
}
