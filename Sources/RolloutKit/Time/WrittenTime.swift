/// Dates and weeks as people write them (docs/languages.md), read in one place for every option,
/// the plan's `starts:` and CSV cells.
///
/// Dates: `2026-11-20`, `20.11.2026` (fi), `20-11-2026` (nl), day and month with one or
/// two digits. Weeks: `2026-W47`, `W47` or `47` (that week of today's ISO week-year),
/// `47/2026`, `vko 47/2026` (fi), `wk 47 2026` (nl); case does not matter, nor do spaces
/// around the parts. Output always writes `2026-W47`.
///
/// ```swift
/// let day = try WrittenTime.date("8.9.2026")                   // 2026-09-08
/// let week = try WrittenTime.week("vko 38/2026", today: today)  // 2026-W38
/// ```
/// A wrong text throws a `WrittenTime.Problem`, which words itself in each language and
/// says which forms work.
public enum WrittenTime {
  /// A date in any of the accepted forms.
  public static func date(_ text: some StringProtocol) throws(Problem) -> CalendarDate {
    let trimmed = String(text).trimmingSpaces
    guard let (y, m, d) = dateParts(trimmed) else { throw .notADate(String(text)) }
    guard let date = CalendarDate(year: y, month: m, day: d) else {
      throw .noSuchDay(String(text))
    }
    return date
  }

  /// A week in any of the accepted forms; a week without a year is in `today`'s ISO
  /// week-year.
  public static func week(_ text: some StringProtocol, today: CalendarDate) throws(Problem)
    -> ISOWeek
  {
    try week(text, yearless: ISOWeek(today).year)
  }

  /// A week that names its year, for files that outlive the week they were written in
  /// (a CSV cell `47` would mean another week next year).
  public static func weekWithYear(_ text: some StringProtocol) throws(Problem) -> ISOWeek {
    try week(text, yearless: nil)
  }

  private static func week(_ text: some StringProtocol, yearless: Int?) throws(Problem)
    -> ISOWeek
  {
    guard let (year, week) = weekParts(String(text).trimmingSpaces.lowercased()) else {
      throw .notAWeek(String(text))
    }
    guard let y = year ?? yearless else { throw .weekNeedsYear(String(text), week: week) }
    guard (1...9999).contains(y) else { throw .notAWeek(String(text)) }
    guard let result = ISOWeek(year: y, week: week) else {
      throw .noSuchWeek(String(text), week: week, year: y, weeks: ISOWeek.weeks(in: y))
    }
    return result
  }

  // MARK: Reading the parts

  /// `YYYY-M-D`, `D.M.YYYY` or `D-M-YYYY`, spaces allowed around the separators.
  private static func dateParts(_ text: String) -> (Int, Int, Int)? {
    for separator: Character in ["-", "."] {
      var parts = text.split(separator: separator, omittingEmptySubsequences: false)
        .map { String($0).trimmingSpaces }
      // "20.11.2026." — a Finnish full stop after the year is harmless.
      if separator == ".", parts.count == 4, parts[3].isEmpty { parts.removeLast() }
      guard parts.count == 3, parts.allSatisfy(\.isDigits) else { continue }
      let n = parts.map { Int($0) ?? -1 }
      if parts[0].count == 4, separator == "-", (1...2).contains(parts[1].count),
        (1...2).contains(parts[2].count)
      {
        return (n[0], n[1], n[2])
      }
      if parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count) {
        return (n[2], n[1], n[0])
      }
    }
    return nil
  }

  /// The words that may stand before a week number, longest first.
  private static let weekWords = ["viikko", "week", "vko", "wk", "w"]

  /// `(year, week)`; the year is `nil` when the text gives only the week.
  private static func weekParts(_ text: String) -> (year: Int?, week: Int)? {
    var rest = Substring(text)
    // 2026-W47, 2026W47, 2026 w 47
    if rest.count >= 6, rest.prefix(4).allSatisfy(\.isASCIIDigit) {
      var tail = rest.dropFirst(4).drop(while: { $0 == " " })
      if tail.first == "-" { tail = tail.dropFirst().drop(while: { $0 == " " }) }
      guard tail.first == "w" else { return nil }
      let number = String(tail.dropFirst()).trimmingSpaces
      guard number.isDigits, (1...2).contains(number.count), let year = Int(rest.prefix(4)),
        let week = Int(number)
      else { return nil }
      return (year, week)
    }
    // vko 47/2026, wk 47 2026, W47, 47, 47/2026
    if let word = weekWords.first(where: { rest.hasPrefix($0) }) {
      rest = rest.dropFirst(word.count)
      if rest.first == "." { rest = rest.dropFirst() }
    }
    let body = String(rest).trimmingSpaces
    let pieces = body.split(whereSeparator: { $0 == "/" || $0 == " " })
    guard body.filter({ $0 == "/" }).count <= 1, (1...2).contains(pieces.count),
      pieces.allSatisfy(\.isDigits)
    else { return nil }
    guard (1...2).contains(pieces[0].count), let week = Int(pieces[0]) else { return nil }
    if pieces.count == 1 {
      return body.contains("/") ? nil : (nil, week)
    }
    guard pieces[1].count == 4, let year = Int(pieces[1]) else { return nil }
    return (year, week)
  }
}

extension WrittenTime {
  /// Why a typed date or week could not be read.
  public enum Problem: Error, Sendable, Hashable {
    /// The text is in none of the date forms.
    case notADate(String)
    /// The form is right but the calendar has no such day (`31.2.2026`).
    case noSuchDay(String)
    /// The text is in none of the week forms.
    case notAWeek(String)
    /// A week without its year where the year cannot be assumed (a CSV cell).
    case weekNeedsYear(String, week: Int)
    /// The form is right but the year has no such week (`2026-W54`, `2027-W53`).
    case noSuchWeek(String, week: Int, year: Int, weeks: Int)
  }
}

extension StringProtocol {
  fileprivate var isDigits: Bool { !isEmpty && allSatisfy(\.isASCIIDigit) }
}
