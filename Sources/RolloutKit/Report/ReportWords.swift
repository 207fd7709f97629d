/// The words a report puts into its values, in the report's language. Headings and
/// sentence frames live in the templates; these are the parts that depend on the data.
/// Each language is written for its readers, not translated word for word.
extension ReportLocale {
  /// Pick the wording for the report's language.
  func say(en: String, fi: String, nl: String) -> String {
    switch language {
    case .en: return en
    case .fi: return fi
    case .nl: return nl
    }
  }

  func goalStatus(_ s: GoalStatus) -> String {
    switch s {
    case .met: return say(en: "met", fi: "saavutettu", nl: "gehaald")
    case .notMet: return say(en: "not met", fi: "ei saavutettu", nl: "niet gehaald")
    case .pending: return say(en: "open", fi: "kesken", nl: "nog open")
    }
  }

  func verdictWord(_ v: Verdict) -> String {
    switch v {
    case .met: return say(en: "met", fi: "saavutettu", nl: "gehaald")
    case .notMet: return say(en: "not met", fi: "ei saavutettu", nl: "niet gehaald")
    }
  }

  func phaseState(_ s: GateState) -> String {
    switch s {
    case .locked: return say(en: "not started", fi: "ei alkanut", nl: "nog niet gestart")
    case .active: return say(en: "in progress", fi: "käynnissä", nl: "loopt")
    case .passed: return say(en: "passed", fi: "läpäisty", nl: "afgerond")
    case .stopped: return say(en: "stopped", fi: "pysäytetty", nl: "gestopt")
    }
  }

  func reason(_ r: PendingReason) -> String {
    switch r {
    case .phaseLocked:
      return say(
        en: "phase not started yet", fi: "vaihe ei ole vielä alkanut",
        nl: "fase is nog niet gestart")
    case .weeksOfData(let have, let need):
      return say(
        en: "\(have) of \(need) \(need == 1 ? "week" : "weeks") of data",
        fi: "dataa \(have)/\(need) viikolta",
        nl: need == 1
          ? "gegevens over \(have) van 1 week" : "gegevens over \(have) van de \(need) weken")
    case .stale(let last):
      return say(
        en: "no recent data: last value in \(week(last))",
        fi: "ei tuoretta dataa (viimeisin arvo \(week(last)))",
        nl: "geen recente gegevens: laatste waarde in \(week(last))")
    case .notAssessed:
      return say(en: "not assessed yet", fi: "ei vielä arvioitu", nl: "nog niet beoordeeld")
    case .evidence(let have, let need):
      return say(
        en: "assessed met, but \(have) of \(need) supporting notes",
        fi: "arvioitu saavutetuksi, mutta tukevia havaintoja \(have)/\(need)",
        nl: "als gehaald beoordeeld, maar \(have) van \(need) onderbouwende notities")
    }
  }

  func decision(_ d: DecisionKind) -> String { d.words(in: language) }

  func sentiment(_ s: Sentiment?) -> String {
    switch s {
    case .positive: return say(en: "positive", fi: "myönteinen", nl: "positief")
    case .neutral: return say(en: "neutral", fi: "neutraali", nl: "neutraal")
    case .negative: return say(en: "negative", fi: "kielteinen", nl: "negatief")
    case nil: return say(en: "unmarked", fi: "sävy merkitsemättä", nl: "zonder toon")
    }
  }

  /// After a count: Finnish takes the partitive from two on (`2 myönteistä`).
  func sentiment(_ s: Sentiment?, count: Int) -> String {
    guard language == .fi, count != 1 else { return sentiment(s) }
    switch s {
    case .positive: return "myönteistä"
    case .neutral: return "neutraalia"
    case .negative: return "kielteistä"
    case nil: return "ilman sävyä"
    }
  }

  /// `7 positive · 3 neutral · 2 negative`, zero counts left out.
  func tally(positive: Int, neutral: Int, negative: Int, none: Int) -> String {
    let parts: [(Int, Sentiment?)] = [
      (positive, .positive), (neutral, .neutral), (negative, .negative), (none, nil),
    ]
    return parts.filter { $0.0 > 0 }.map { "\($0.0) \(sentiment($0.1, count: $0.0))" }
      .joined(separator: " · ")
  }

  func notes(_ n: Int) -> String {
    say(
      en: n == 1 ? "1 note" : "\(n) notes", fi: n == 1 ? "1 havainto" : "\(n) havaintoa",
      nl: n == 1 ? "1 notitie" : "\(n) notities")
  }

  /// Counter-evidence: `1 note against`; in Dutch the heading says it ("Tegengeluid (2
  /// notities)").
  func notesAgainst(_ n: Int) -> String {
    say(
      en: n == 1 ? "1 note against" : "\(n) notes against",
      fi: n == 1 ? "1 vastakkainen havainto" : "\(n) vastakkaista havaintoa",
      nl: notes(n))
  }

  func required(_ isRequired: Bool) -> String {
    isRequired
      ? say(en: "required", fi: "pakollinen", nl: "verplicht")
      : say(
        en: "tracked, not required", fi: "seurataan, ei pakollinen", nl: "gevolgd, niet verplicht")
  }

  /// `3 supporting notes (2 required)`.
  func evidence(have: Int, need: Int) -> String {
    let notes = say(
      en: "\(have) supporting \(have == 1 ? "note" : "notes")",
      fi: "\(have) \(have == 1 ? "tukeva havainto" : "tukevaa havaintoa")",
      nl: "\(have) onderbouwende \(have == 1 ? "notitie" : "notities")")
    guard need > 0 else {
      return notes + say(en: " (none required)", fi: " (ei vaadita)", nl: " (niet vereist)")
    }
    return notes
      + say(en: " (\(need) required)", fi: " (vaaditaan \(need))", nl: " (\(need) vereist)")
  }

  /// How the window's values are judged: `median of the last 4 weeks`.
  func window(_ m: Measure) -> String {
    switch m.rule {
    case .weeksMet where m.window == 1:
      return say(
        en: "the latest week on target", fi: "viimeisin viikko tavoitteessa",
        nl: "de laatste week op doel")
    case .weeksMet(let k):
      return say(
        en: "\(k) of the last \(m.window) weeks on target",
        fi: "\(k)/\(m.window) viimeisestä viikosta tavoitteessa",
        nl: "\(k) van de laatste \(m.window) weken op doel")
    case .aggregate(let a):
      if m.window == 1 {
        return say(en: "latest week", fi: "viimeisin viikko", nl: "laatste week")
      }
      let n = m.window
      switch a {
      case .latest:
        return say(
          en: "latest of \(n) weeks", fi: "viimeisin \(n) viikosta",
          nl: "laatste van \(n) weken")
      case .mean:
        return say(
          en: "mean of the last \(n) weeks", fi: "\(n) viikon keskiarvo",
          nl: "gemiddelde van de laatste \(n) weken")
      case .median:
        return say(
          en: "median of the last \(n) weeks", fi: "\(n) viikon mediaani",
          nl: "mediaan van de laatste \(n) weken")
      case .min:
        return say(
          en: "lowest of the last \(n) weeks", fi: "\(n) viikon pienin",
          nl: "laagste van de laatste \(n) weken")
      case .max:
        return say(
          en: "highest of the last \(n) weeks", fi: "\(n) viikon suurin",
          nl: "hoogste van de laatste \(n) weken")
      case .sum:
        return say(
          en: "total of the last \(n) weeks", fi: "\(n) viikon summa",
          nl: "totaal van de laatste \(n) weken")
      }
    }
  }

  /// The window as the value was really taken: the rule while the window is full, else
  /// what the value is made of so far (`median of 2 weeks so far (3 needed)`), so that a
  /// short window never reads as a full one.
  func measured(_ m: Measure, weeksOfData have: Int) -> String {
    guard case .aggregate(let a) = m.rule, have > 0, have < m.window else { return window(m) }
    let need = m.window
    let made: String
    switch a {
    case _ where have == 1:
      made = say(en: "1 week so far", fi: "vasta 1 viikko", nl: "pas 1 week")
    case .latest:
      made = say(
        en: "latest of \(have) \(have == 1 ? "week" : "weeks") so far",
        fi: "viimeisin \(have) viikosta tähän mennessä",
        nl: "laatste van \(have) \(have == 1 ? "week" : "weken") tot nu toe")
    case .mean:
      made = say(
        en: "mean of \(have) \(have == 1 ? "week" : "weeks") so far",
        fi: "keskiarvo \(have) viikosta tähän mennessä",
        nl: "gemiddelde van \(have) \(have == 1 ? "week" : "weken") tot nu toe")
    case .median:
      made = say(
        en: "median of \(have) \(have == 1 ? "week" : "weeks") so far",
        fi: "mediaani \(have) viikosta tähän mennessä",
        nl: "mediaan van \(have) \(have == 1 ? "week" : "weken") tot nu toe")
    case .min:
      made = say(
        en: "lowest of \(have) \(have == 1 ? "week" : "weeks") so far",
        fi: "pienin \(have) viikosta tähän mennessä",
        nl: "laagste van \(have) \(have == 1 ? "week" : "weken") tot nu toe")
    case .max:
      made = say(
        en: "highest of \(have) \(have == 1 ? "week" : "weeks") so far",
        fi: "suurin \(have) viikosta tähän mennessä",
        nl: "hoogste van \(have) \(have == 1 ? "week" : "weken") tot nu toe")
    case .sum:
      made = say(
        en: "total of \(have) \(have == 1 ? "week" : "weeks") so far",
        fi: "summa \(have) viikosta tähän mennessä",
        nl: "totaal van \(have) \(have == 1 ? "week" : "weken") tot nu toe")
    }
    return made + say(en: " (\(need) needed)", fi: " (tarvitaan \(need))", nl: " (\(need) nodig)")
  }

  func weeksMet(_ met: Int, of window: Int) -> String {
    say(
      en: "\(met) of \(window) \(window == 1 ? "week" : "weeks") on target",
      fi: "\(met)/\(window) viikkoa tavoitteessa",
      nl: "\(met) van \(window) \(window == 1 ? "week" : "weken") op doel")
  }

  func dataWeeks(_ have: Int, of window: Int) -> String {
    say(
      en: "\(have) of \(window) \(window == 1 ? "week" : "weeks") with data",
      fi: "dataa \(have)/\(window) viikolta",
      nl: "\(have) van \(window) \(window == 1 ? "week" : "weken") met gegevens")
  }
}
