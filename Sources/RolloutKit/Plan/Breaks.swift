/// Weeks in which no metric counts — holidays, outages, gaps in measurement (docs/plan.md
/// `breaks:`). One week or a `FROM..TO` range, with the reason reports show.
public struct Break: Sendable, Hashable {
  public var weeks: ClosedRange<ISOWeek>
  public var reason: String

  public init(weeks: ClosedRange<ISOWeek>, reason: String) {
    self.weeks = weeks
    self.reason = reason
  }

  /// `2026-W52`, or `2026-W52..2027-W01`, as the plan writes it.
  public var weeksText: String {
    weeks.lowerBound == weeks.upperBound
      ? weeks.lowerBound.description : "\(weeks.lowerBound)..\(weeks.upperBound)"
  }
}

/// The plan's calendar with its break weeks taken out (docs/gates.md "Breaks"): windows,
/// staleness, trends, forecasts and planned spans count only the weeks in which metrics
/// count, as if the break weeks were not in the calendar.
public struct BreakCalendar: Sendable, Hashable {
  /// The breaks' ranges, earliest first (they never overlap: the plan refuses that).
  public let ranges: [ClosedRange<ISOWeek>]

  public init(_ breaks: [Break] = []) {
    ranges = breaks.map(\.weeks).sorted { $0.lowerBound < $1.lowerBound }
  }

  public var isEmpty: Bool { ranges.isEmpty }

  /// Whether `week` is a break week.
  public func contains(_ week: ISOWeek) -> Bool {
    ranges.contains { $0.contains(week) }
  }

  /// The last week before `week` that is not a break: the newest a value may be without
  /// being stale (docs/gates.md).
  public func openWeek(before week: ISOWeek) -> ISOWeek {
    var w = week - 1
    // Walks back over one break at a time; breaks are finite, so this ends.
    while let range = ranges.last(where: { $0.contains(w) }) { w = range.lowerBound - 1 }
    return w
  }

  /// The `n`-th week after `week` that is not a break (n ≥ 1).
  public func openWeek(_ n: Int, after week: ISOWeek) -> ISOWeek {
    var w = week
    var left = n
    while left > 0 {
      w = w + 1
      if let range = ranges.first(where: { $0.contains(w) }) {
        w = range.upperBound
      } else {
        left -= 1
      }
    }
    return w
  }

  /// How many weeks from `start` up to `end` (both included) are not breaks; 0 when
  /// `end` is before `start`.
  public func openWeeks(from start: ISOWeek, through end: ISOWeek) -> Int {
    guard start <= end else { return 0 }
    let all = start.distance(to: end) + 1
    let inBreaks = ranges.reduce(0) { sum, range in
      let low = Swift.max(range.lowerBound, start)
      let high = Swift.min(range.upperBound, end)
      return low <= high ? sum + low.distance(to: high) + 1 : sum
    }
    return all - inBreaks
  }

  /// The week in which a span that starts in `start` has held `n` non-break weeks: the
  /// planned end of a phase of `n` weeks (docs/gates.md).
  public func end(from start: ISOWeek, holding n: Int) -> ISOWeek {
    var end = start + (n - 1)
    var open = openWeeks(from: start, through: end)
    // Each pass moves the end by the weeks still missing; a break it runs into is counted
    // on the next pass.
    while open < n {
      end = end + (n - open)
      open = openWeeks(from: start, through: end)
    }
    return end
  }
}
