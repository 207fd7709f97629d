import RolloutKit

/// The words of the pages, in the plan's language (docs/serve.md).
struct PageWords {
  let l: Language

  var htmlLanguage: String { l.rawValue }
  var logANote: String { l.say(en: "Log a note", fi: "Kirjaa havainto", nl: "Notitie loggen") }
  var intro: String {
    l.say(
      en: "What did you hear or see? Customers' and colleagues' own words help most.",
      fi: "Mitä kuulit tai näit? Asiakkaiden ja kollegoiden omat sanat auttavat eniten.",
      nl: "Wat hoorde of zag je? De eigen woorden van klanten en collega's helpen het meest.")
  }
  var text: String { l.say(en: "The note", fi: "Havainto", nl: "De notitie") }
  var goal: String {
    l.say(en: "Evidence for a goal", fi: "Näyttöä tavoitteelle", nl: "Bewijs voor een doel")
  }
  var noGoal: String {
    l.say(en: "no particular goal", fi: "ei tiettyä tavoitetta", nl: "geen bepaald doel")
  }
  var phase: String { l.say(en: "Phase", fi: "Vaihe", nl: "Fase") }
  var currentPhase: String {
    // The goal's phase, else the current one: short enough for a phone's width.
    l.say(en: "automatic", fi: "automaattinen", nl: "automatisch")
  }
  var tags: String {
    l.say(
      en: "Tags (comma-separated)", fi: "Tunnisteet (pilkuin eroteltuina)",
      nl: "Tags (gescheiden door komma's)")
  }
  var channel: String {
    l.say(
      en: "Channel (chat, email, phone…)", fi: "Kanava (chat, sähköposti, puhelin…)",
      nl: "Kanaal (chat, e-mail, telefoon…)")
  }
  var sentiment: String { l.say(en: "Tone", fi: "Sävy", nl: "Toon") }
  var unmarked: String { l.say(en: "not said", fi: "ei merkitty", nl: "niet aangegeven") }
  func sentimentWord(_ s: Sentiment) -> String {
    switch s {
    case .positive: return l.say(en: "positive", fi: "myönteinen", nl: "positief")
    case .neutral: return l.say(en: "neutral", fi: "neutraali", nl: "neutraal")
    case .negative: return l.say(en: "negative", fi: "kielteinen", nl: "negatief")
    }
  }
  var author: String { l.say(en: "Your name", fi: "Nimesi", nl: "Je naam") }
  func authorHint(_ token: String) -> String {
    l.say(
      en: "left empty: \(token)", fi: "tyhjänä: \(token)", nl: "leeg gelaten: \(token)")
  }
  var send: String { l.say(en: "Log the note", fi: "Kirjaa havainto", nl: "Notitie loggen") }
  var report: String {
    l.say(en: "This week's report", fi: "Tämän viikon raportti", nl: "Rapport van deze week")
  }
  var status: String { l.say(en: "status (JSON)", fi: "tila (JSON)", nl: "status (JSON)") }
  func logged(_ id: String) -> String {
    l.say(
      en: "Thank you: the note is logged (entry \(id)).",
      fi: "Kiitos: havainto on kirjattu (merkintä \(id)).",
      nl: "Dank je: de notitie is gelogd (vermelding \(id)).")
  }
  var another: String {
    l.say(en: "Log another note", fi: "Kirjaa toinen havainto", nl: "Nog een notitie loggen")
  }
  var notLogged: String {
    l.say(
      en: "Nothing was logged:", fi: "Mitään ei kirjattu:", nl: "Er is niets gelogd:")
  }
  var readOnly: String {
    l.say(
      en: "This link may read the report but not log notes.",
      fi: "Tällä linkillä voi lukea raportin, mutta ei kirjata havaintoja.",
      nl: "Met deze link kun je het rapport lezen, maar geen notities loggen.")
  }
  func week(_ w: ISOWeek) -> String {
    l.say(en: "Week \(w.week)", fi: "Viikko \(w.week)", nl: "Week \(w.week)")
  }
  var refused: String { l.say(en: "Refused", fi: "Hylätty", nl: "Geweigerd") }
}
