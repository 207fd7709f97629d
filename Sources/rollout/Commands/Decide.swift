import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout decide`: records a gate decision about a phase.
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "decide",
      abstract: "Record a gate decision about a phase: go, hold, recycle or stop.",
      discussion: """
        go passes the phase even with goals unmet (an override; with every required goal \
        met it confirms the pass); hold keeps it from passing; recycle starts its windows \
        and evidence again from next week; stop ends the plan. A go for a phase that has \
        already passed is refused, and so is the same decision twice in one week unless \
        --again is given.
        """)

    @Argument(help: "The phase's id.", completion: .plan(.phases))
    var phase: String

    @Argument(help: "go, hold, recycle or stop.")
    var decision: Typed<DecisionKind>

    @Option(help: "The reason for the decision (required).")
    var text: String?

    @Flag(help: "Log the decision even when the phase's latest decision this week is the same.")
    var again = false

    @Flag(help: ForceHelp.decide)
    var force = false

    @OptionGroup var entryOptions: EntryOptions

    func validate() throws {
      _ = try decision.value()
      _ = try reason()
    }

    func reason() throws -> String {
      try requireText(text, .decide, command: ["rollout", "decide", phase, decision.text])
    }

    func run() throws {
      try entryOptions.logOne(
        .decide(Decision(phase: phase, decision: try decision.value(), text: try reason())),
        force: force, again: again)
    }
  }
}
