import Foundation

/// "Today" (docs/languages.md): the system date, or `ROLLOUT_TODAY=YYYY-MM-DD`.
public enum Today {
  public static func resolve(environment: [String: String], now: Date = Date())
    throws(DiagnosticsError) -> CalendarDate
  {
    if let text = environment["ROLLOUT_TODAY"], !text.isEmpty {
      guard let date = CalendarDate(text) else {
        throw DiagnosticsError(Diagnostic(WorkspaceProblem.todayNotADate(text)))
      }
      return date
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return CalendarDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
      ?? CalendarDate(daysSinceEpoch: 0)
  }
}
