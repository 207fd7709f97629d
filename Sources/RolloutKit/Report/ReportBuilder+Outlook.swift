/// Looking ahead and breaks in the report (docs/gates.md, §6): the forecast beside each value,
/// the forecast pass in the verdict line, the breaks that touch the phase.
extension Builder {
  /// `needs the next 2 weeks on target · at this pace met in W3/2027`, or why there is
  /// no forecast; empty where none is due.
  func forecastText(_ outlook: Outlook?) -> String {
    guard let outlook else { return "" }
    var parts: [String] = []
    if let n = outlook.weeksNeeded { parts.append(budgetText(n)) }
    if let week = outlook.forecast {
      let w = locale.inWeek(week)
      parts.append(
        locale.say(
          en: "at this pace met \(w)", fi: "tällä tahdilla saavutetaan \(w)",
          nl: "in dit tempo gehaald \(w)"))
    } else if let reason = outlook.reason {
      parts.append(noForecastText(reason))
    }
    return parts.joined(separator: " · ")
  }

  /// The weeks-met budget: "needs the next 2 weeks on target".
  private func budgetText(_ n: Int) -> String {
    if n == 1 {
      return locale.say(
        en: "needs next week on target", fi: "vaatii, että ensi viikko on tavoitteessa",
        nl: "volgende week moet op doel zijn")
    }
    return locale.say(
      en: "needs the next \(n) weeks on target",
      fi: "vaatii, että seuraavat \(n) viikkoa ovat tavoitteessa",
      nl: "de komende \(n) weken moeten op doel zijn")
  }

  func noForecastText(_ reason: NoForecast) -> String {
    switch reason {
    case .tooFewWeeks:
      return locale.say(
        en: "3 weeks of data needed for a trend",
        fi: "suunnan laskemiseen tarvitaan 3 viikon tiedot",
        nl: "voor een trend zijn 3 weken gegevens nodig")
    case .movingAway:
      return locale.say(
        en: "moving away from the target", fi: "etääntyy tavoitteesta",
        nl: "beweegt van het doel af")
    case .notWithinHorizon:
      return locale.say(
        en: "not within 26 weeks at this pace", fi: "tällä tahdilla ei 26 viikon kuluessa",
        nl: "niet binnen 26 weken in dit tempo")
    }
  }

  /// The verdict line's "at this pace passes in W3/2027".
  func forecastPassText(_ pe: PhaseEvaluation) -> String {
    guard let week = pe.forecastPass else { return "" }
    let w = locale.inWeek(week)
    return locale.say(
      en: "at this pace passes \(w)", fi: "tällä tahdilla portti läpäistään \(w)",
      nl: "in dit tempo gehaald \(w)")
  }

  /// ` + 3 break weeks` when breaks lengthen the phase's planned span (docs/gates.md).
  func breakWeeks(_ pe: PhaseEvaluation) -> String {
    let all = pe.plannedStart.distance(to: pe.plannedEnd) + 1
    let n = all - plan.calendar.openWeeks(from: pe.plannedStart, through: pe.plannedEnd)
    guard n > 0 else { return "" }
    return " + "
      + locale.say(
        en: n == 1 ? "1 break week" : "\(n) break weeks",
        fi: n == 1 ? "1 taukoviikko" : "\(n) taukoviikkoa",
        nl: n == 1 ? "1 pauzeweek" : "\(n) pauzeweken")
  }

  /// The plan's breaks from the phase's planned (or actual) start to the latest of its
  /// planned end, the report week and its forecast pass.
  func breakRows() -> [BreakRow] {
    let pe = reported
    let start = min(pe.plannedStart, pe.unlockedWeek ?? pe.plannedStart)
    let end = max(pe.plannedEnd, pe.passedWeek ?? evaluation.week, pe.forecastPass ?? pe.plannedEnd)
    return plan.breaks.filter { $0.weeks.overlaps(start...end) }.map {
      BreakRow(
        weeks: locale.weekSpan($0.weeks.lowerBound, $0.weeks.upperBound), reason: text($0.reason))
    }
  }

  /// docs/gates.md: in a break week no metric value is due; the report's "what is missing"
  /// says so, with the plan's reason.
  func breakDueItem() -> DueItem? {
    guard let pause = plan.breakHolding(evaluation.week) else { return nil }
    let w = locale.week(evaluation.week)
    let why = text(pause.reason)
    return DueItem(
      text: locale.say(
        en: "\(w) is a break (\(why)): no metric values are due this week",
        fi: "\(w) on tauko (\(why)): tällä viikolla ei tarvita mittareiden arvoja",
        nl: "\(w) is een pauze (\(why)): deze week zijn geen meetwaarden nodig"))
  }
}
