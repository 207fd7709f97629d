import RolloutKit

/// The fix a person at the web form can act on. The library's fixes are written for the
/// command line (`add --again`, `add --force`); the form has no flags, so those refusals
/// get their own words here, and a fix that still names a flag is left out rather than
/// shown (docs/serve.md).
enum WebFix {
  static func fix(for words: any Worded, in l: Language) -> String? {
    switch words as? CaptureRefusal {
    case .repeatedNote?:
      return l.say(
        en: "nothing more to do: the same note is in the journal once already",
        fi: "mitään ei tarvitse tehdä: sama havainto on jo kirjattu kerran",
        nl: "er hoeft niets te gebeuren: dezelfde notitie staat al één keer in het logboek")
    case .newChannel(_, let near)?:
      return l.say(
        en: "did you mean '\(near)'? Choose that spelling; a new channel can be added only on "
          + "the command line, by the plan's owner",
        fi: "tarkoititko '\(near)'? Valitse se kirjoitusasu; uuden kanavan voi lisätä vain "
          + "suunnitelman omistaja komentoriviltä",
        nl: "bedoelde je '\(near)'? Kies die schrijfwijze; een nieuw kanaal kan alleen de "
          + "eigenaar van het plan op de opdrachtregel toevoegen")
    default:
      break
    }
    if words is PhaseRefusal {
      return l.say(
        en: "choose a goal of the phase that is open now, or no goal",
        fi: "valitse nyt avoimen vaiheen tavoite tai jätä tavoite valitsematta",
        nl: "kies een doel van de fase die nu open is, of geen doel")
    }
    guard let fix = words.fix(in: l), !fix.contains("--") else { return nil }
    return fix
  }
}
