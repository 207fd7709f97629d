extension WrittenTime.Problem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .notADate(let text):
      return l.say(
        en: "'\(text)' is not a date", fi: "'\(text)' ei ole päivämäärä",
        nl: "'\(text)' is geen datum")
    case .noSuchDay(let text):
      return l.say(
        en: "'\(text)' is not a day in the calendar", fi: "päivää '\(text)' ei ole kalenterissa",
        nl: "'\(text)' bestaat niet in de kalender")
    case .notAWeek(let text):
      return l.say(
        en: "'\(text)' is not a week", fi: "'\(text)' ei ole viikko", nl: "'\(text)' is geen week")
    case .weekNeedsYear(let text, _):
      return l.say(
        en: "the week '\(text)' has no year", fi: "viikolta '\(text)' puuttuu vuosi",
        nl: "bij week '\(text)' ontbreekt het jaar")
    case .noSuchWeek(let text, let week, let year, let weeks):
      return l.say(
        en: "'\(text)' is not a week: \(year) has \(weeks) weeks, so there is no week \(week)",
        fi:
          "'\(text)' ei ole viikko: vuodessa \(year) on \(weeks) viikkoa, joten viikkoa \(week) ei ole",
        nl: "'\(text)' is geen week: \(year) heeft \(weeks) weken, dus week \(week) bestaat niet")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .notADate, .noSuchDay: return WrittenTime.dateForms(l)
    case .notAWeek, .noSuchWeek: return WrittenTime.weekForms(l)
    case .weekNeedsYear(_, let week):
      return l.say(
        en: "a file must give the year too: \(week)/YYYY or YYYY-W\(pad(week, 2))",
        fi: "tiedostossa viikolle tarvitaan myös vuosi: \(week)/VVVV tai VVVV-W\(pad(week, 2))",
        nl: "in een bestand hoort het jaar erbij: \(week)/JJJJ of JJJJ-W\(pad(week, 2))")
    }
  }
}

extension WrittenTime {
  /// The date forms, the reader's own first.
  public static func dateForms(_ l: Language) -> String {
    l.say(
      en: "write a date like 2026-11-20, 20.11.2026 or 20-11-2026",
      fi: "kirjoita päivämäärä muodossa 20.11.2026 tai 2026-11-20",
      nl: "schrijf een datum als 20-11-2026 of 2026-11-20")
  }

  /// The week forms, the reader's own first.
  public static func weekForms(_ l: Language) -> String {
    l.say(
      en: "write a week like 2026-W47, W47 or 47 (this year), 47/2026 or wk 47 2026",
      fi: "kirjoita viikko muodossa vko 47/2026, 47/2026, 47 (tämä vuosi) tai 2026-W47",
      nl: "schrijf een week als wk 47 2026, 47/2026, 47 (dit jaar) of 2026-W47")
  }
}

extension Language {
  /// A week with its days, as a person writes it: `2026-W49 (2026-11-30 – 2026-12-06)` in
  /// English (the forms every command accepts back), `49/2026 (30.11.–6.12.2026)` in
  /// Finnish, `week 49 (30 nov – 6 dec 2026)` in Dutch, as the report writes them.
  public func weekWithDates(_ w: ISOWeek) -> String {
    switch self {
    case .en: return "\(w) (\(w.monday) – \(w.sunday))"
    case .fi: return "\(w.week)/\(w.year) (\(dateRange(w.monday, w.sunday)))"
    case .nl: return "week \(w.week) (\(dateRange(w.monday, w.sunday)))"
    }
  }

  /// The heading of `status`: `Week 2026-W49 (…)`, `Viikko 49/2026 (…)`, `Week 49 (…)`.
  public func weekHeading(_ w: ISOWeek) -> String {
    switch self {
    case .en: return "Week " + weekWithDates(w)
    case .fi: return "Viikko " + weekWithDates(w)
    case .nl: return "Week" + weekWithDates(w).dropFirst(4)
    }
  }

  /// Two days as a reader of this language writes the span: `23.–29.11.2026`,
  /// `30.11.–6.12.2026`; `23–29 nov 2026`; `23–29 Nov 2026`.
  public func dateRange(_ a: CalendarDate, _ b: CalendarDate) -> String {
    switch self {
    case .fi:
      if a.year != b.year { return "\(a.day).\(a.month).\(a.year)–\(b.day).\(b.month).\(b.year)" }
      if a.month != b.month { return "\(a.day).\(a.month).–\(b.day).\(b.month).\(b.year)" }
      return "\(a.day).–\(b.day).\(b.month).\(b.year)"
    case .en, .nl:
      let names =
        self == .en
        ? ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        : ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
      let ma = names[a.month - 1]
      let mb = names[b.month - 1]
      if a.year != b.year { return "\(a.day) \(ma) \(a.year) – \(b.day) \(mb) \(b.year)" }
      if a.month != b.month { return "\(a.day) \(ma) – \(b.day) \(mb) \(b.year)" }
      return "\(a.day)–\(b.day) \(mb) \(b.year)"
    }
  }
}
