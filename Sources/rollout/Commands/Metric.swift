import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout metric`: logs one value of a metric.
  struct Metric: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "metric",
      abstract: "Log a metric value for a week (a decimal comma, 18,5, is fine).")

    @Argument(help: "The metric's id in the plan.", completion: .plan(.metrics))
    var name: String

    // Collected from what the parser does not recognise, so that a negative value such as
    // -5 is read as the value, not refused as an unknown option.
    @Argument(
      parsing: .allUnrecognized,
      help: ArgumentHelp("The value, a number such as 18.5 or -5.", valueName: "value"))
    var values: [String] = []

    /// The one value given.
    var value: String { values.first ?? "" }

    @Option(
      help: "The channel the value is for (chat, email, …).", completion: .plan(.channels))
    var channel: String?

    @Option(help: "A remark about the value.")
    var text: String?

    @Flag(help: againHelp)
    var again = false

    @Flag(help: ForceHelp.metric)
    var force = false

    @OptionGroup var entryOptions: EntryOptions

    func validate() throws {
      guard values.count == 1 else {
        let unknown = values.first { $0.hasPrefix("--") }
        throw usageError(
          values.isEmpty
            ? UsageProblem.missingValue
            : unknown.map(UsageProblem.unknownOption) ?? .tooManyValues(values))
      }
      try refuseEmpty(channel, "--channel")
    }

    func run() throws {
      try entryOptions.log(force: force, again: again) { workspace, week in
        let number = try MetricInput.value(value, language: workspace.language)
        let body = MetricValue(metric: name, value: number, channel: channel, text: text)
        return [EntryDraft(week: week, body: .metric(body))]
      }
    }
  }
}
