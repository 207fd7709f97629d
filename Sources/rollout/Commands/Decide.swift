import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout decide`: records a gate decision about a phase.
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a gate decision about a phase: go, hold, recycle or stop.",
      discussion: """
        go passes the phase even with goals unmet; hold keeps it from passing; recycle \
        starts its windows and evidence again from next week; stop ends the plan.
        """)

    @Argument(help: "The phase's id.", completion: .plan(.phases))
    var phase: String

    @Argument(help: "go, hold, recycle or stop.")
    var decision: DecisionKind

    @Option(help: "The reason for the decision.")
    var text: String

    @OptionGroup var entryOptions: EntryOptions
    @OptionGroup var planOptions: PlanOptions

    func validate() throws { try requireText(text) }

    func run() throws {
      try entryOptions.logOne(.decide(Decision(phase: phase, decision: decision, text: text)), plan: planOptions)
    }
  }
}
