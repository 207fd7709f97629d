/// A plan that reads as YAML but breaks one of the plan's rules (docs/plan.md): ids used
/// twice, references that do not resolve, keys that do not go together, weeks that are
/// not weeks.
public enum PlanRuleProblem: Sendable, Hashable {
  case cannotRead
  case emptyPlan
  case journalNotPlan
  /// `phases:`, `goals:`, `breaks:` not a list, `metrics:` not a mapping.
  case notACollection(String, found: Found)
  case noPhases
  case noGoals(phase: String?)
  /// An id used twice: a phase's, an objective's, a goal's (plan-wide) or a metric's.
  case usedTwice(PlanPart, id: String, firstLine: Int)
  case phaseEndsTooLate(phase: String, last: ISOWeek)
  case unknownObjective(goal: String, name: String, known: [String])
  case unknownMetric(goal: String, name: String, known: [String])
  case evidenceWithMetric(goal: String?)
  case needsMetric(String, goal: String?)
  case aggregateAndWeeksMet(goal: String?)
  case weeksMetOverWindow(count: Int, window: Int)
  case targetWithoutComparison(goal: String?, number: String)
  case notATarget(String)
  case targetNotText(goal: String?)
  case breaksOverlap(String, other: String, line: Int)
  case notAWeekRange(String, suggestion: String?)
  case weekNotInCalendar(String, year: Int, weeks: Int, suggestion: String?)
  case partNotAWeek(String, in: String, suggestion: String?)
  case breakReversed(String, from: ISOWeek, to: ISOWeek)
  case importColumnNotText(found: Found)
  case importColumnEmpty
  case columnClaimedTwice(String, metric: String)
  case columnListedTwice(String)
}

extension PlanRuleProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .cannotRead:
      return l.say(
        en: "the plan file cannot be read", fi: "suunnitelmatiedostoa ei voi lukea",
        nl: "het planbestand kan niet worden gelezen")
    case .emptyPlan:
      return l.say(en: "the plan is empty", fi: "suunnitelma on tyhjä", nl: "het plan is leeg")
    case .journalNotPlan:
      return l.say(
        en: "this file is a journal (a list of entries), not a plan",
        fi: "tämä tiedosto on päiväkirja (luettelo merkinnöistä) eikä suunnitelma",
        nl: "dit bestand is een logboek (een lijst vermeldingen), geen plan")
    case .notACollection(let key, let found):
      let list = key != "metrics"
      return list
        ? l.say(
          en: "'\(key)' must be a list, \(found.clause(l))",
          fi: "avaimen '\(key)' arvon pitää olla luettelo, \(found.clause(l))",
          nl: "'\(key)' moet een lijst zijn, \(found.clause(l))")
        : l.say(
          en: "'\(key)' must be a mapping of metric names, \(found.clause(l))",
          fi: "avaimen '\(key)' alle kirjoitetaan mittarit nimineen, \(found.clause(l))",
          nl: "onder '\(key)' horen meetwaarden met hun naam, \(found.clause(l))")
    case .noPhases:
      return l.say(
        en: "the plan has no phases", fi: "suunnitelmassa ei ole yhtään vaihetta",
        nl: "het plan heeft geen fasen")
    case .noGoals(let phase?):
      return l.say(
        en: "the phase '\(phase)' has no goals",
        fi: "vaiheessa '\(phase)' ei ole yhtään tavoitetta",
        nl: "de fase '\(phase)' heeft geen doelen")
    case .noGoals(nil):
      return l.say(
        en: "the phase has no goals", fi: "vaiheessa ei ole yhtään tavoitetta",
        nl: "de fase heeft geen doelen")
    case .usedTwice(.metric, let id, let line):
      return l.say(
        en: "the metric '\(id)' is defined twice (first on line \(line))",
        fi: "mittari '\(id)' on määritelty kahdesti (ensin rivillä \(line))",
        nl: "de meetwaarde '\(id)' is twee keer gedefinieerd (eerst op regel \(line))")
    case .usedTwice(let part, let id, let line):
      return l.say(
        en: "the \(part.noun(l)) id '\(id)' is used twice (first on line \(line))",
        fi: "\(part.noun(l))tunnus '\(id)' on käytössä kahdesti (ensin rivillä \(line))",
        nl: "de id '\(id)' van \(part.name(l)) komt twee keer voor (eerst op regel \(line))")
    case .phaseEndsTooLate(let phase, let last):
      return l.say(
        en: "the phase '\(phase)' would end after \(last), the last week a plan can reach",
        fi: "vaihe '\(phase)' päättyisi vasta viikon \(last) jälkeen, joka on viimeinen "
          + "suunnitelmassa mahdollinen viikko",
        nl: "de fase '\(phase)' zou na \(last) eindigen, de laatste week die een plan kan halen")
    case .unknownObjective(let goal, let name, _):
      return l.say(
        en: "goal '\(goal)' serves '\(name)', which is not an objective",
        fi: "tavoite '\(goal)' palvelee päämäärää '\(name)', jota ei ole suunnitelmassa",
        nl: "doel '\(goal)' dient '\(name)', maar dat is geen doelstelling")
    case .unknownMetric(let goal, let name, _):
      return l.say(
        en: "goal '\(goal)' uses the metric '\(name)', which is not defined",
        fi: "tavoite '\(goal)' käyttää mittaria '\(name)', jota ei ole määritelty",
        nl: "doel '\(goal)' gebruikt de meetwaarde '\(name)', maar die is niet gedefinieerd")
    case .evidenceWithMetric(let goal):
      let name = goal.map { " '\($0)'" } ?? ""
      return l.say(
        en:
          "'evidence' counts notes for qualitative goals; the goal\(name) is measured by a metric",
        fi: "'evidence' laskee havaintoja laadullisille tavoitteille; tavoitetta\(name) "
          + "mitataan mittarilla",
        nl: "'evidence' telt notities voor kwalitatieve doelen; het doel\(name) wordt gemeten "
          + "met een meetwaarde")
    case .needsMetric(let key, let goal):
      let name = goal.map { " '\($0)'" } ?? ""
      return l.say(
        en:
          "'\(key)' only applies to goals measured by a metric, and the goal\(name) has no 'metric'",
        fi: "'\(key)' koskee vain mittarilla mitattavia tavoitteita, eikä tavoitteella\(name) "
          + "ole avainta 'metric'",
        nl: "'\(key)' geldt alleen voor doelen die met een meetwaarde worden gemeten, en het "
          + "doel\(name) heeft geen 'metric'")
    case .aggregateAndWeeksMet(let goal):
      let name = goal.map { " '\($0)'" } ?? ""
      return l.say(
        en: "the goal\(name) has both 'aggregate' and 'weeks-met'",
        fi: "tavoitteella\(name) on sekä 'aggregate' että 'weeks-met'",
        nl: "het doel\(name) heeft zowel 'aggregate' als 'weeks-met'")
    case .weeksMetOverWindow(let count, let window):
      return l.say(
        en: "'weeks-met' is \(count), but the window has only \(window) week"
          + (window == 1 ? "" : "s"),
        fi: "'weeks-met' on \(count), mutta ikkunassa on vain \(window) "
          + (window == 1 ? "viikko" : "viikkoa"),
        nl: "'weeks-met' is \(count), maar het venster telt maar \(window) "
          + (window == 1 ? "week" : "weken"))
    case .targetWithoutComparison(let goal, _):
      let name = goal.map { " '\($0)'" } ?? ""
      return l.say(
        en: "the target of the goal\(name) has no comparison",
        fi: "tavoitteen\(name) tavoitearvosta puuttuu vertailu",
        nl: "bij de streefwaarde van het doel\(name) ontbreekt een vergelijking")
    case .notATarget(let text):
      return l.say(
        en: "'\(text)' is not a target", fi: "'\(text)' ei ole tavoitearvo",
        nl: "'\(text)' is geen streefwaarde")
    case .targetNotText(let goal):
      let name = goal.map { " '\($0)'" } ?? ""
      return l.say(
        en: "the target of the goal\(name) must be a comparison such as \"<= 24\"",
        fi: "tavoitteen\(name) tavoitearvon pitää olla vertailu, kuten \"<= 24\"",
        nl: "de streefwaarde van het doel\(name) moet een vergelijking zijn, zoals \"<= 24\"")
    case .breaksOverlap(let this, let other, let line):
      return l.say(
        en: "the break \(this) overlaps the break \(other) on line \(line)",
        fi: "tauko \(this) menee päällekkäin rivin \(line) tauon \(other) kanssa",
        nl: "de pauze \(this) overlapt de pauze \(other) op regel \(line)")
    case .notAWeekRange(let text, _):
      return l.say(
        en: "'\(text)' is not a week or a range of weeks",
        fi: "'\(text)' ei ole viikko eikä viikkoväli", nl: "'\(text)' is geen week of reeks weken")
    case .weekNotInCalendar(let part, let year, let weeks, _):
      return l.say(
        en: "'\(part)' is not a week in the calendar: \(year) has \(weeks) weeks",
        fi: "viikkoa '\(part)' ei ole kalenterissa: vuodessa \(year) on \(weeks) viikkoa",
        nl: "'\(part)' bestaat niet in de kalender: \(year) heeft \(weeks) weken")
    case .partNotAWeek(let part, let text, _):
      return l.say(
        en: "'\(part)' in '\(text)' is not a week",
        fi: "'\(part)' kohdassa '\(text)' ei ole viikko",
        nl: "'\(part)' in '\(text)' is geen week")
    case .breakReversed(let text, let from, let to):
      return l.say(
        en: "the break '\(text)' ends in \(to), before it starts in \(from)",
        fi: "tauko '\(text)' päättyy viikolla \(to) ennen kuin se alkaa viikolla \(from)",
        nl: "de pauze '\(text)' eindigt in \(to), voordat hij begint in \(from)")
    case .importColumnNotText(let found):
      return l.say(
        en: "a column name in 'import' must be text, \(found.clause(l))",
        fi: "avaimen 'import' sarakenimen pitää olla tekstiä, \(found.clause(l))",
        nl: "een kolomnaam in 'import' moet tekst zijn, \(found.clause(l))")
    case .importColumnEmpty:
      return l.say(
        en: "a column name in 'import' is empty", fi: "avaimen 'import' sarakenimi on tyhjä",
        nl: "een kolomnaam in 'import' is leeg")
    case .columnClaimedTwice(let column, let metric):
      return l.say(
        en: "the column '\(column)' is already imported as the metric '\(metric)'",
        fi: "sarake '\(column)' tuodaan jo mittariksi '\(metric)'",
        nl: "de kolom '\(column)' wordt al geïmporteerd als de meetwaarde '\(metric)'")
    case .columnListedTwice(let column):
      return l.say(
        en: "the column '\(column)' is listed twice",
        fi: "sarake '\(column)' on luettelossa kahdesti",
        nl: "de kolom '\(column)' staat er twee keer")
    }
  }
}
