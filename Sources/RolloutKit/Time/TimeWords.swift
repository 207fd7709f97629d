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
