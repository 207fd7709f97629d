/// How to mend each `PlanRuleProblem`, in each language.
extension PlanRuleProblem {
  public func fix(in l: Language) -> String? {
    switch self {
    case .cannotRead:
      return l.say(
        en: "check the path and its permissions", fi: "tarkista polku ja käyttöoikeudet",
        nl: "controleer het pad en de rechten")
    case .emptyPlan:
      return l.say(
        en: "run 'rollout init' for a starter plan, or write 'plan:', 'starts:' and 'phases:'",
        fi: "aja 'rollout init' saadaksesi valmiin pohjan, tai kirjoita 'plan:', 'starts:' ja "
          + "'phases:'",
        nl: "voer 'rollout init' uit voor een startplan, of schrijf 'plan:', 'starts:' en "
          + "'phases:'")
    case .journalNotPlan:
      return l.say(
        en: "give the plan's .yaml file with --plan; its journal is found beside it",
        fi: "anna suunnitelman .yaml-tiedosto valitsimella --plan; sen päiväkirja löytyy "
          + "sen vierestä",
        nl: "geef het .yaml-bestand van het plan met --plan; het logboek wordt ernaast gevonden")
    case .notACollection(let key, _):
      switch key {
      case "metrics":
        return l.say(
          en: "write each metric as 'name:' with its title, unit, better and combine below it",
          fi: "kirjoita jokainen mittari muodossa 'nimi:' ja sen alle title, unit, better ja "
            + "combine",
          nl: "schrijf elke meetwaarde als 'naam:' met title, unit, better en combine eronder")
      case "breaks":
        return l.say(
          en: "start each break with '- weeks: 2026-W52..2027-W01' and give its 'reason' below it",
          fi: "aloita jokainen tauko rivillä '- weeks: 2026-W52..2027-W01' ja kirjoita sen "
            + "alle 'reason'",
          nl: "begin elke pauze met '- weeks: 2026-W52..2027-W01' en zet de 'reason' eronder")
      default:
        return l.say(
          en: "start each item with '- id: …' on its own line",
          fi: "aloita jokainen kohta omalla rivillään muodossa '- id: …'",
          nl: "begin elk item op een eigen regel met '- id: …'")
      }
    case .noPhases:
      return l.say(
        en: "add at least one phase with its goals",
        fi: "lisää vähintään yksi vaihe tavoitteineen",
        nl: "voeg minstens één fase met haar doelen toe")
    case .noGoals:
      return l.say(
        en: "add at least one goal", fi: "lisää vähintään yksi tavoite",
        nl: "voeg minstens één doel toe")
    case .usedTwice(.metric, _, _):
      return l.say(en: "keep one definition", fi: "säilytä vain yksi", nl: "houd er één over")
    case .usedTwice(.goal, _, _):
      return l.say(
        en: "give each goal its own id: goal ids are unique across the whole plan",
        fi: "anna jokaiselle tavoitteelle oma tunnus: tavoitetunnukset ovat yksilöllisiä koko "
          + "suunnitelmassa",
        nl: "geef elk doel een eigen id: doel-id's zijn uniek in het hele plan")
    case .usedTwice(let part, _, _):
      return l.say(
        en: "give each \(part.noun(l)) its own id",
        fi: "anna jokaiselle \(part.allative(l)) oma tunnus",
        nl: "geef elke \(part.noun(l)) een eigen id")
    case .phaseEndsTooLate:
      return l.say(
        en: "check 'starts' and the phases' 'weeks'",
        fi: "tarkista 'starts' ja vaiheiden 'weeks'",
        nl: "controleer 'starts' en de 'weeks' van de fasen")
    case .unknownObjective(_, let name, let known):
      if known.isEmpty {
        return l.say(
          en: "add it under 'objectives:' with an id and a title",
          fi: "lisää se avaimen 'objectives:' alle tunnuksen ja otsikon kanssa",
          nl: "voeg hem toe onder 'objectives:' met een id en een titel")
      }
      return nearestOr(name, known, l) {
        l.say(
          en: "the objectives are: \($0)", fi: "päämäärät: \($0)", nl: "de doelstellingen: \($0)")
      }
    case .unknownMetric(_, let name, let known):
      if known.isEmpty {
        return l.say(
          en: "define it under 'metrics:' with its title and unit",
          fi: "määrittele se avaimen 'metrics:' alle otsikkoineen ja yksikköineen",
          nl: "definieer hem onder 'metrics:' met titel en eenheid")
      }
      return nearestOr(name, known, l) {
        l.say(en: "the metrics are: \($0)", fi: "mittarit: \($0)", nl: "de meetwaarden: \($0)")
      }
    case .evidenceWithMetric:
      return l.say(
        en: "remove 'evidence', or remove 'metric' to make it a qualitative goal",
        fi: "poista 'evidence', tai poista 'metric', jolloin tavoite on laadullinen",
        nl: "verwijder 'evidence', of verwijder 'metric' om er een kwalitatief doel van te maken")
    case .needsMetric(let key, _):
      return l.say(
        en: "add 'metric: NAME' to the goal, or remove '\(key)'",
        fi: "lisää tavoitteeseen 'metric: NIMI' tai poista '\(key)'",
        nl: "voeg 'metric: NAAM' toe aan het doel, of verwijder '\(key)'")
    case .aggregateAndWeeksMet:
      return l.say(
        en: "keep one: 'weeks-met' counts weeks that meet the target, 'aggregate' combines them",
        fi: "säilytä vain toinen: 'weeks-met' laskee tavoitearvon saavuttaneet viikot, "
          + "'aggregate' yhdistää viikkojen arvot",
        nl: "houd er één over: 'weeks-met' telt de weken die de streefwaarde halen, "
          + "'aggregate' voegt ze samen")
    case .weeksMetOverWindow(let count, _):
      return l.say(
        en: "set 'window' to at least \(count), or lower 'weeks-met'",
        fi: "aseta 'window' vähintään arvoon \(count) tai pienennä 'weeks-met'-arvoa",
        nl: "zet 'window' op minstens \(count), of verlaag 'weeks-met'")
    case .targetWithoutComparison(_, let number):
      return l.say(
        en: "write it with one, in quotes: target: \">= \(number)\" (or <, <=, >, ==)",
        fi: "kirjoita vertailu mukaan lainausmerkeissä: target: \">= \(number)\" "
          + "(tai <, <=, >, ==)",
        nl: "schrijf er een vergelijking bij, tussen aanhalingstekens: target: \">= \(number)\" "
          + "(of <, <=, >, ==)")
    case .notATarget:
      return l.say(
        en: "write a comparison and a number in quotes, such as \"<= 24\" or \">= 4.2\"",
        fi: "kirjoita vertailu ja luku lainausmerkkeihin, kuten \"<= 24\" tai \">= 4.2\"",
        nl: "schrijf een vergelijking en een getal tussen aanhalingstekens, zoals \"<= 24\" "
          + "of \">= 4.2\"")
    case .targetNotText:
      return l.say(
        en: "write it in quotes: target: \">= 80\"",
        fi: "kirjoita se lainausmerkkeihin: target: \">= 80\"",
        nl: "zet hem tussen aanhalingstekens: target: \">= 80\"")
    case .breaksOverlap:
      return l.say(
        en: "merge them into one break, or make them end and start in different weeks",
        fi: "yhdistä ne yhdeksi tauoksi tai anna niiden päättyä ja alkaa eri viikoilla",
        nl: "voeg ze samen tot één pauze, of laat ze in verschillende weken eindigen en beginnen")
    case .notAWeekRange(_, nil), .weekNotInCalendar(_, _, _, nil), .partNotAWeek(_, _, nil):
      return l.say(
        en: "write one week such as 2026-W52, or FROM..TO such as 2026-W52..2027-W01",
        fi: "kirjoita yksi viikko, kuten 2026-W52, tai väli MISTÄ..MIHIN, kuten "
          + "2026-W52..2027-W01",
        nl: "schrijf één week zoals 2026-W52, of VAN..TOT zoals 2026-W52..2027-W01")
    case .notAWeekRange(_, let iso?), .weekNotInCalendar(_, _, _, let iso?),
      .partNotAWeek(_, _, let iso?):
      return didYouMean(iso, l) + " "
        + l.say(
          en: "(weeks in the plan are written as YYYY-Www)",
          fi: "(suunnitelmassa viikot kirjoitetaan muodossa VVVV-Wvv)",
          nl: "(weken in het plan schrijf je als JJJJ-Www)")
    case .breakReversed(_, let from, let to):
      return l.say(
        en: "write the earlier week first: \(to)..\(from)",
        fi: "kirjoita aiempi viikko ensin: \(to)..\(from)",
        nl: "schrijf de eerdere week eerst: \(to)..\(from)")
    case .importColumnNotText:
      return l.say(
        en: "write the column names as the export's header has them: [Sessions, Istunnot]",
        fi: "kirjoita sarakenimet kuten viennin otsikkorivillä: [Sessions, Istunnot]",
        nl: "schrijf de kolomnamen zoals in de kopregel van de export: [Sessions, Istunnot]")
    case .importColumnEmpty:
      return l.say(
        en: "remove it or name the column", fi: "poista se tai kirjoita sarakkeen nimi",
        nl: "verwijder hem of geef de kolomnaam")
    case .columnClaimedTwice:
      return l.say(
        en: "a column gives one metric: keep it under one of them",
        fi: "sarakkeesta saadaan yksi mittari: pidä se vain yhden alla",
        nl: "een kolom levert één meetwaarde: zet hem onder maar één ervan")
    case .columnListedTwice:
      return l.say(en: "list it once", fi: "mainitse se vain kerran", nl: "noem hem maar één keer")
    }
  }

  private func nearestOr(
    _ name: String, _ known: [String], _ l: Language, list: (String) -> String
  ) -> String {
    if let near = closest(to: name, among: known) { return didYouMean(near, l) }
    return list(known.joined(separator: ", "))
  }
}
