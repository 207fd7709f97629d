/// A metric whose weekly value, or whose window's `aggregate`, is beyond the largest
/// number a computer holds (about 1.8e308): a `sum` of huge values. No verdict is given
/// from it; the commands that evaluate refuse with an error naming the metric and weeks.
public struct NumberOverflow: Sendable, Hashable {
  public var metric: String
  /// The weeks whose values add up beyond the largest number, oldest first.
  public var weeks: [ISOWeek]
  /// The weeks are a goal's window (each week's value is finite, their aggregate is not).
  public var window: Bool

  public init(metric: String, weeks: [ISOWeek], window: Bool) {
    self.metric = metric
    self.weeks = weeks
    self.window = window
  }
}

extension GateEngine {
  /// The weeks whose values overflow, and the goals' windows whose aggregate does.
  static func overflows(_ index: JournalIndex, _ plan: Plan, _ phases: [PhaseEvaluation])
    -> [NumberOverflow]
  {
    var found = index.overflows(plan)
    for goal in phases.flatMap(\.goals) {
      guard let value = goal.value, !value.isFinite, let measure = goal.goal.measure,
        !found.contains(where: { $0.metric == measure.metric })
      else { continue }
      let window = goal.weekly.suffix(max(goal.weeksOfData, 1)).map(\.week)
      found.append(NumberOverflow(metric: measure.metric, weeks: window, window: true))
    }
    return found
  }
}
