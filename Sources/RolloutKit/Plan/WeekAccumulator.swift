/// Everything `combine` may ask of one week's values, gathered in journal order: the
/// gates' weekly values and an import's dry-run table are made by this one rule.
struct WeekAccumulator {
  private var sum = 0.0
  /// The mean kept as it grows, for a week whose sum is beyond the largest number.
  private var mean = 0.0
  private var count = 0
  private var last = 0.0
  private var minimum = Double.infinity
  private var maximum = -Double.infinity

  mutating func add(_ value: Double) {
    sum += value
    count += 1
    mean = mean / Double(count) * Double(count - 1) + value / Double(count)
    last = value  // docs/journal.md: the later line of the journal wins under `combine: last`
    minimum = Swift.min(minimum, value)
    maximum = Swift.max(maximum, value)
  }

  func value(_ combine: Combine) -> Double {
    switch combine {
    case .last: return last
    case .sum: return sum
    case .mean: return sum.isFinite ? sum / Double(count) : mean
    case .max: return maximum
    case .min: return minimum
    }
  }
}
