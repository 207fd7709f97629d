/// Numbers, weeks and dates as a reader of the report's language writes them: decimal
/// comma in Finnish and Dutch, `vko 48/2026` in Finnish, `week 48 (23–29 nov 2026)` in
/// Dutch. Computed by hand, not by the system locale, so every machine gives the same bytes.
struct ReportLocale: Sendable {
  var language: Language
  /// Weeks in this year are written without their year.
  var year: Int

  // MARK: Numbers

  /// At most two decimals, trailing zeros dropped, thousands grouped from 10 000 on.
  func number(_ value: Double) -> String {
    switch language {
    case .en: return NumberText.local(value, comma: ".", group: ",")
    case .fi: return NumberText.local(value, comma: ",", group: "\u{A0}")
    case .nl: return NumberText.local(value, comma: ",", group: ".")
    }
  }

  /// A value with its (already escaped) unit: `18.5 h`, `4.2/5`, `92 %` in Finnish.
  func quantity(_ value: Double, unit: String) -> String {
    let n = number(value)
    guard !unit.isEmpty else { return n }
    if unit.hasPrefix("/") { return n + unit }
    if unit == "%" && language != .fi { return n + unit }
    return n + "\u{A0}" + unit
  }

  /// A progress grade 0…1 as a percentage.
  func percent(_ grade: Double) -> String {
    let n = String(NumberText.percent(grade))
    return language == .fi ? n + "\u{A0}%" : n + "%"
  }

  /// `≤ 24 h`.
  func target(_ target: Target, unit: String) -> String {
    let sign: String
    switch target.comparison {
    case .less: sign = "<"
    case .lessOrEqual: sign = "≤"
    case .greater: sign = ">"
    case .greaterOrEqual: sign = "≥"
    case .equal: sign = "="
    }
    return sign + " " + quantity(target.value, unit: unit)
  }

  /// `1 week`, `3 weeks`.
  func weeks(_ n: Int) -> String {
    switch language {
    case .en: return n == 1 ? "1 week" : "\(n) weeks"
    case .fi: return n == 1 ? "1 viikko" : "\(n) viikkoa"
    case .nl: return n == 1 ? "1 week" : "\(n) weken"
    }
  }

  /// How late: `overdue by 1 week`, `myöhässä 1 viikon`, `myöhässä 3 viikkoa`.
  func weeksLate(_ n: Int) -> String {
    language == .fi && n == 1 ? "1 viikon" : weeks(n)
  }

  // MARK: Weeks and dates

  /// A week in a table or chart: `W48`, `vko 48`, `wk 48`; with its year when it is not
  /// the report's year.
  func week(_ w: ISOWeek) -> String {
    let year = w.year == self.year ? "" : "/\(w.year)"
    switch language {
    case .en: return "W\(w.week)" + year
    case .fi: return "vko \(w.week)" + year
    case .nl: return "wk \(w.week)" + year
    }
  }

  /// A week in a sentence, after a verb: `in W45`, `viikolla 45`, `in wk 45` ("the plan was
  /// stopped in …"); Finnish says the week in full, not as a table's `vko 45`.
  func inWeek(_ w: ISOWeek) -> String {
    let year = w.year == self.year ? "" : "/\(w.year)"
    return say(en: "in " + week(w), fi: "viikolla \(w.week)" + year, nl: "in " + week(w))
  }

  /// A run of weeks: `W36–W41`, `vko 36–41`, `wk 36–41`.
  func weekSpan(_ a: ISOWeek, _ b: ISOWeek) -> String {
    if a == b { return week(a) }
    guard a.year == b.year, a.year == year else { return week(a) + " – " + week(b) }
    switch language {
    case .en: return "W\(a.week)–W\(b.week)"
    case .fi: return "vko \(a.week)–\(b.week)"
    case .nl: return "wk \(a.week)–\(b.week)"
    }
  }

  /// The report week in full: `week 48 (23–29 Nov 2026)`, `vko 48/2026 (23.–29.11.2026)`.
  func weekWithDates(_ w: ISOWeek) -> String {
    let dates = dateRange(w.monday, w.sunday)
    switch language {
    case .en: return "week \(w.week) (\(dates))"
    case .fi: return "vko \(w.week)/\(w.year) (\(dates))"
    case .nl: return "week \(w.week) (\(dates))"
    }
  }

  func dateRange(_ a: CalendarDate, _ b: CalendarDate) -> String { language.dateRange(a, b) }
}
