/// Dates, weeks and totals rows as exports write them.
enum ImportDates {
  /// A day as exports and Excel write it: `2026-11-25`, Finnish `25.11.2026`, Dutch
  /// `25-11-2026`, GA4's `20261125`; in a workbook, Excel's serial day number.
  static func date(_ cell: ImportCell) -> Result<CalendarDate, ImportProblem> {
    switch cell {
    case .number(let serial):
      return excelSerial(serial).map { .success($0) } ?? .failure(.notADate(cell.display))
    case .text(let raw):
      let text = String(raw.trimmed)
      if text.isEmpty { return .failure(.emptyDate) }
      return date(text).map { .success($0) } ?? .failure(.notADate(text))
    case .bool, .error:
      return .failure(.notADate(cell.display))
    }
  }

  /// A week as people write it (`2026-W48`, `48/2026`, `vko 48/2026`, `wk 48 2026`), with
  /// its year: a file outlives its year. In a workbook a date in the week column is that
  /// date's week.
  static func week(_ cell: ImportCell) -> Result<ISOWeek, ImportProblem> {
    if case .number = cell { return date(cell).map { ISOWeek($0) } }
    let text = String(cell.display)
    if text.isEmpty { return .failure(.emptyWeek) }
    do {
      return .success(try WrittenTime.weekWithYear(text))
    } catch {
      return .failure(.week(error))
    }
  }

  static func date(_ text: String) -> CalendarDate? {
    if text.count == 8, text.allSatisfy(\.isASCIIDigit), let n = Int(text) {
      return CalendarDate(year: n / 10000, month: n / 100 % 100, day: n % 100)
    }
    return try? WrittenTime.date(text)
  }

  /// Excel's day number: day 1 is 1900-01-01, and day 60 the 29 February 1900 that never
  /// was (a bug Lotus 1-2-3 had, which Excel keeps), so from day 61 on the count runs from
  /// 1899-12-30. A time of day (the fraction) is dropped.
  static func excelSerial(_ serial: Double) -> CalendarDate? {
    guard serial.isFinite, serial >= 61, serial < 2_958_466 else { return nil }
    let day = Int(serial.rounded(.down))
    let date = CalendarDate(daysSinceEpoch: day - 25_569)
    return CalendarDate(year: date.year, month: date.month, day: date.day)
  }

  /// Words that mark a totals row in the date column, in English, Finnish and Dutch.
  static let totals: Set<String> = [
    "total", "totals", "grand total", "sum", "yhteensä", "kaikki yhteensä", "summa", "totaal",
    "totalen", "eindtotaal", "totaal generaal",
  ]

  /// True when the cell says the row is a total of the others.
  static func isTotal(_ cell: ImportCell?) -> Bool {
    guard case .text(let text)? = cell else { return false }
    var word = text.trimmed.lowercased()
    if word.hasSuffix(":") { word.removeLast() }
    return totals.contains(word)
  }
}
