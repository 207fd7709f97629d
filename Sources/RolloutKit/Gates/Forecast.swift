/// docs/gates.md "Looking ahead": the trend, the forecast and the weeks-met budget of a goal,
/// and the phase's forecast pass. Pure, and computed from the weekly values the
/// evaluation already holds: no journal is read again, for any week.
enum Forecast {
  /// How far ahead a forecast looks, in non-break weeks.
  static let horizon = 26
  /// Weeks with a value that a trend needs.
  static let trendWeeks = 3

  /// Fills in the outlook of every quantitative goal that is pending or not met, and the
  /// phase's forecast pass; `phase` must be active at `week`.
  static func lookAhead(
    _ phase: inout PhaseEvaluation, at week: ISOWeek, unlock: UnlockMode,
    calendar: BreakCalendar
  ) {
    for i in phase.goals.indices where phase.goals[i].status != .met {
      guard let measure = phase.goals[i].goal.measure else { continue }
      phase.goals[i].outlook = outlook(
        measure, weekly: phase.goals[i].weekly, at: week, calendar: calendar)
    }
    // docs/gates.md: no forecast pass on hold, or where only a `go` decision passes a phase.
    guard unlock == .automatic, !phase.onHold else { return }
    var latest = week
    for goal in phase.goals where goal.goal.required && goal.status != .met {
      guard let forecast = goal.outlook?.forecast else { return }
      latest = max(latest, forecast)
    }
    if latest > week { phase.forecastPass = latest }
  }

  /// The outlook of one goal from its weekly values in the phase (break weeks left out,
  /// oldest first) up to the report week.
  static func outlook(
    _ measure: Measure, weekly: [WeeklyValue], at week: ISOWeek, calendar: BreakCalendar
  ) -> Outlook {
    var result = Outlook()
    if case .weeksMet = measure.rule {
      (result.earliest, result.weeksNeeded) = earliest(
        measure, weekly: weekly, at: week, calendar: calendar)
    }
    guard weekly.count >= trendWeeks, let first = weekly.first?.week else {
      result.reason = .tooFewWeeks
      return result
    }
    // docs/gates.md: x counts non-break weeks from the phase's first week with data.
    func x(_ w: ISOWeek) -> Double { Double(calendar.openWeeks(from: first, through: w) - 1) }
    let line = Line(fitting: weekly.map { (x($0.week), $0.value) })
    let trend = rounded(line.slope)
    result.trend = trend
    let now = x(week)
    var values = weekly.map(\.value)
    for ahead in 1...horizon {
      values.append(rounded(line.value(at: now + Double(ahead))))
      let window = values.suffix(measure.window)
      if window.count >= measure.window, GoalRules.meets(measure, Array(window)) {
        result.forecast = calendar.openWeek(ahead, after: week)
        return result
      }
    }
    let heading = towards(measure.target, slope: trend, from: rounded(line.value(at: now)))
    result.reason = heading ? .notWithinHorizon : .movingAway
    return result
  }

  /// The first week after `week` in which a `weeks-met` goal is met if every week from the
  /// next one on meets the target, and how many weeks that takes.
  private static func earliest(
    _ measure: Measure, weekly: [WeeklyValue], at week: ISOWeek, calendar: BreakCalendar
  ) -> (ISOWeek?, Int?) {
    guard case .weeksMet(let needed) = measure.rule else { return (nil, nil) }
    var onTarget = weekly.map { measure.target.isMet(by: $0.value) }
    // With every coming week on target, the window is all on target after `window` weeks.
    for ahead in 1...max(measure.window, needed, 1) {
      onTarget.append(true)
      let window = onTarget.suffix(measure.window)
      if window.count >= measure.window, window.filter({ $0 }).count >= needed {
        return (calendar.openWeek(ahead, after: week), ahead)
      }
    }
    return (nil, nil)
  }

  /// Whether a line with this slope, at `value` now, heads for the target (docs/gates.md: a flat
  /// line heads nowhere; for `==`, towards it from the line's value now).
  private static func towards(_ target: Target, slope: Double, from value: Double) -> Bool {
    switch target.comparison {
    case .greater, .greaterOrEqual: return slope > 0
    case .less, .lessOrEqual: return slope < 0
    case .equal: return (value < target.value && slope > 0) || (value > target.value && slope < 0)
    }
  }

  /// docs/gates.md: projected values are rounded to 9 decimal places before they are judged, so
  /// that exactly linear data reaches its target in the expected week.
  static func rounded(_ value: Double) -> Double {
    let scaled = (value * 1e9).rounded() / 1e9
    return scaled.isFinite ? scaled : value
  }
}

/// A least-squares straight line through points.
struct Line {
  var slope: Double
  var intercept: Double

  /// Fits the line through at least two points with different `x`.
  init(fitting points: [(x: Double, y: Double)]) {
    let n = Double(points.count)
    let meanX = points.reduce(0) { $0 + $1.x } / n
    let meanY = points.reduce(0) { $0 + $1.y } / n
    var covariance = 0.0
    var spread = 0.0
    for p in points {
      covariance += (p.x - meanX) * (p.y - meanY)
      spread += (p.x - meanX) * (p.x - meanX)
    }
    slope = spread > 0 ? covariance / spread : 0
    intercept = meanY - slope * meanX
  }

  func value(at x: Double) -> Double { intercept + slope * x }
}
