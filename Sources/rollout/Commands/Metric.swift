import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout metric`: logs one value of a metric.
  struct Metric: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Log a metric value for a week (a decimal comma, 18,5, is fine).")

    @Argument(help: "The metric's id in the plan.")
    var name: String

    @Argument(help: "The value, a number such as 18.5.")
    var value: String

    @Option(help: "The channel the value is for (chat, email, …).")
    var channel: String?

    @Option(help: "A remark about the value.")
    var text: String?

    @Flag(help: againHelp)
    var again = false

    @OptionGroup var entryOptions: EntryOptions
    @OptionGroup var planOptions: PlanOptions

    func run() throws {
      try reporting {
        let workspace = try planOptions.workspace()
        let number = try MetricInput.value(value)
        let body = MetricValue(metric: name, value: number, channel: channel, text: text)
        try entryOptions.log(
          [EntryDraft(week: entryOptions.entryWeek(workspace), body: .metric(body))],
          in: workspace, again: again)
      }
    }
  }
}
