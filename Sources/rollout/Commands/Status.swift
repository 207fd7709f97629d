import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout status`: every phase, its state and its goals, for the report week.
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "Show every phase's gate and every goal's status for the report week.",
      discussion: """
        Each goal shows its value beside its target, a progress bar and, while it is \
        pending, why. --json writes the same evaluation in a stable form for scripts.
        """)

    @Flag(help: "Write the evaluation as JSON (stable keys, for scripts).")
    var json = false

    @OptionGroup var weekOptions: WeekOptions
    @OptionGroup var planOptions: PlanOptions

    func run() throws {
      let evaluation = try weekOptions.evaluation(plan: planOptions)
      let text =
        json
        ? StatusJSON.render(evaluation)
        : StatusText(colour: Output.colourEnabled(fd: 1), language: Shell.language).render(
          evaluation)
      print(text, terminator: "")
    }
  }
}
