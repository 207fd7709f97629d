import RolloutKit

/// Why the server refuses a request, as a value worded once per language (docs/serve.md).
enum WebProblem: Worded, Hashable {
  /// No token, or one that is not (or no longer) valid: 401.
  case noToken
  /// A read-only token that tries to write: 403.
  case readOnly(String)
  /// A form sent from another site: 403.
  case crossSite
  /// A body over the limit: 413.
  case tooLarge(limit: Int)
  /// A body that is neither a form nor JSON: 415.
  case notAFormOrJSON
  /// A body sent as JSON that is not a JSON object of strings.
  case badJSON
  case badSentiment(String)
  case notFound

  func message(in l: Language) -> String {
    switch self {
    case .noToken:
      return l.say(
        en: "this page needs a valid access link or token",
        fi: "tämä sivu vaatii voimassa olevan pääsylinkin tai tunnuksen",
        nl: "deze pagina vraagt om een geldige toegangslink of token")
    case .readOnly(let name):
      return l.say(
        en: "the token '\(name)' may read, not log notes",
        fi: "tunnus '\(name)' saa lukea, ei kirjata havaintoja",
        nl: "het token '\(name)' mag lezen, geen notities loggen")
    case .crossSite:
      return l.say(
        en: "this form was sent from another site, so it was refused",
        fi: "lomake lähetettiin toiselta sivustolta, joten se hylättiin",
        nl: "dit formulier kwam van een andere site en is geweigerd")
    case .tooLarge(let limit):
      return l.say(
        en: "the note is too long: at most \(limit / 1024) KB",
        fi: "havainto on liian pitkä: enintään \(limit / 1024) kt",
        nl: "de notitie is te lang: hoogstens \(limit / 1024) KB")
    case .notAFormOrJSON:
      return l.say(
        en: "send the note as a form or as JSON",
        fi: "lähetä havainto lomakkeena tai JSON-muodossa",
        nl: "stuur de notitie als formulier of als JSON")
    case .badJSON:
      return l.say(
        en: "the JSON body does not read as an object of the note's fields",
        fi: "JSON-sisältö ei ole havainnon kenttien olio",
        nl: "de JSON-inhoud is geen object met de velden van de notitie")
    case .badSentiment(let word):
      return l.say(
        en: "'\(word)' is not a sentiment: positive, neutral or negative",
        fi: "'\(word)' ei ole sävy: myönteinen, neutraali tai kielteinen",
        nl: "'\(word)' is geen toon: positief, neutraal of negatief")
    case .notFound:
      return l.say(en: "no such page", fi: "sivua ei ole", nl: "deze pagina bestaat niet")
    }
  }

  func fix(in l: Language) -> String? {
    switch self {
    case .noToken:
      return l.say(
        en: "ask the person who runs rollout for a link ('rollout token add NAME')",
        fi: "pyydä linkki rolloutin ylläpitäjältä ('rollout token add NIMI')",
        nl: "vraag wie rollout beheert om een link ('rollout token add NAAM')")
    case .readOnly:
      return l.say(
        en: "ask for a link that may write", fi: "pyydä linkki, jolla saa kirjoittaa",
        nl: "vraag om een link die mag schrijven")
    case .crossSite:
      return l.say(
        en: "open the form from its own link and send it from there",
        fi: "avaa lomake sen omasta linkistä ja lähetä se sieltä",
        nl: "open het formulier via zijn eigen link en verstuur het daar")
    case .tooLarge:
      return l.say(
        en: "shorten the note, or send it as two notes",
        fi: "lyhennä havaintoa tai lähetä se kahtena havaintona",
        nl: "maak de notitie korter, of stuur haar als twee notities")
    case .badSentiment:
      return l.say(
        en: "choose one of the form's tones, or leave the tone as 'not said'",
        fi: "valitse jokin lomakkeen sävyistä tai jätä sävyksi 'ei merkitty'",
        nl: "kies een van de tonen op het formulier, of laat de toon op 'niet aangegeven'")
    case .notAFormOrJSON, .badJSON, .notFound:
      return nil
    }
  }

  /// These refusals are the server's own: their fixes are for the web already.
  func fix(in l: Language, at place: FixPlace) -> String? { fix(in: l) }
}
