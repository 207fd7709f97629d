/// A decision that would say nothing new, worded in each language.
extension DecisionRefusal: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .alreadyPassed(let phase, let week, .goals, _):
      return l.say(
        en: "a go for '\(phase)' in \(week) is refused: '\(phase)' already passed in \(week) "
          + "by its goals (every required goal is met)",
        fi: "go-päätöstä vaiheesta '\(phase)' viikolle \(week) ei voi kirjata: vaihe läpäistiin jo "
          + "viikolla \(week) tavoitteiden perusteella (kaikki pakolliset tavoitteet on "
          + "saavutettu)",
        nl: "een go voor '\(phase)' in \(week) wordt geweigerd: '\(phase)' is in \(week) al "
          + "afgerond op zijn doelen (elk verplicht doel is gehaald)")
    case .alreadyPassed(let phase, let week, _, let go):
      let entry = go.map { e in
        l.say(en: ": entry \(e.id)", fi: ": merkintä \(e.id)", nl: ": vermelding \(e.id)")
          + Self.line(e, l)
      }
      return l.say(
        en: "a go for '\(phase)' in \(week) is refused: '\(phase)' already passed in \(week) "
          + "by a go decision\(entry ?? "")",
        fi: "go-päätöstä vaiheesta '\(phase)' viikolle \(week) ei voi kirjata: vaihe läpäistiin jo "
          + "viikolla \(week) go-päätöksellä\(entry ?? "")",
        nl: "een go voor '\(phase)' in \(week) wordt geweigerd: '\(phase)' is in \(week) al "
          + "afgerond met een go-besluit\(entry ?? "")")
    case .repeated(let phase, let decision, let earlier):
      let d = decision.rawValue
      return l.say(
        en: "this \(d) for '\(phase)' in \(earlier.week) repeats entry \(earlier.id)"
          + "\(Self.line(earlier, l)), the phase's latest decision",
        fi: "tämä \(d)-päätös vaiheesta '\(phase)' viikolle \(earlier.week) toistaa merkinnän "
          + "\(earlier.id)\(Self.line(earlier, l)), joka on vaiheen viimeisin päätös",
        nl: "deze \(d) voor '\(phase)' in \(earlier.week) herhaalt vermelding \(earlier.id)"
          + "\(Self.line(earlier, l)), het laatste besluit over de fase")
    case .beforeLaterDecision(let phase, let week, let later):
      let d = later.decisionBody?.decision.rawValue ?? ""
      return l.say(
        en: "a later decision about '\(phase)' is on record: \(d) in \(later.week) by "
          + "\(later.author) (entry \(later.id)\(Self.line(later, l, bare: true))); one for "
          + "\(week) would come before it and change what followed",
        fi: "vaiheesta '\(phase)' on jo myöhempi päätös: \(d) viikolla \(later.week), "
          + "\(later.author) (merkintä \(later.id)\(Self.line(later, l, bare: true))); päätös "
          + "viikolle \(week) edeltäisi sitä ja muuttaisi sen, mitä sen jälkeen tapahtui",
        nl: "over '\(phase)' staat al een later besluit: \(d) in \(later.week) door "
          + "\(later.author) (vermelding \(later.id)\(Self.line(later, l, bare: true))); een "
          + "besluit voor \(week) komt daarvóór en verandert wat erna kwam")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .alreadyPassed(_, let week, _, _):
      // A hold or a stop in the pass week itself still counts (docs/gates.md): say so, so
      // that "the pass stands" is not read as final.
      return l.say(
        en: "a go adds nothing; the next phase opens in \(week + 1) unless a hold or stop for"
          + " \(week) is decided",
        fi: "go-päätös ei lisää mitään; seuraava vaihe avautuu viikolla \(week + 1), ellei"
          + " viikolle \(week) päätetä hold tai stop",
        nl: "een go voegt niets toe; de volgende fase gaat open in \(week + 1), tenzij er voor"
          + " \(week) nog een hold of stop wordt besloten")
    case .repeated:
      return l.say(
        en: "if it really is a new decision, add --again to log it anyway",
        fi: "jos kyse todella on uudesta päätöksestä, lisää --again kirjataksesi sen silti",
        nl: "is het echt een nieuw besluit, voeg dan --again toe om het toch te loggen")
    case .beforeLaterDecision(_, let week, _):
      return l.say(
        en: "check the week (--week); if the decision really was taken in \(week), add --force",
        fi: "tarkista viikko (--week); jos päätös todella tehtiin viikolla \(week), lisää --force",
        nl: "controleer de week (--week); is het besluit echt in \(week) genomen, voeg dan "
          + "--force toe")
    }
  }

  /// ` (journal line 12)`, or `, journal line 12` inside brackets already open (`bare`).
  private static func line(_ entry: Entry, _ l: Language, bare: Bool = false) -> String {
    guard entry.line > 0 else { return "" }
    let words = l.say(
      en: "journal line \(entry.line)", fi: "päiväkirjan rivi \(entry.line)",
      nl: "regel \(entry.line) van het logboek")
    return bare ? ", " + words : " (" + words + ")"
  }
}
