/// The typed values of an entry (`met`, `hold`, `positive`) as a confirmation and
/// `rollout log` show them to a person: the English word as typed, a Finnish or Dutch one
/// otherwise (the words of docs/languages.md's glossary).
extension Verdict {
  public func words(in l: Language) -> String {
    switch self {
    case .met: return l.say(en: "met", fi: "saavutettu", nl: "gehaald")
    case .notMet: return l.say(en: "not-met", fi: "ei saavutettu", nl: "niet gehaald")
    }
  }
}

/// A decision names what is typed in brackets (`jatketaan (go)`), the same words as the
/// report's.
extension DecisionKind {
  public func words(in l: Language) -> String {
    switch self {
    case .go: return l.say(en: "go", fi: "jatketaan (go)", nl: "doorgaan (go)")
    case .hold: return l.say(en: "hold", fi: "laitetaan pitoon (hold)", nl: "aanhouden (hold)")
    case .recycle:
      return l.say(
        en: "start over (recycle)", fi: "aloitetaan alusta (recycle)",
        nl: "opnieuw beginnen (recycle)")
    case .stop: return l.say(en: "stop", fi: "lopetetaan (stop)", nl: "stoppen (stop)")
    }
  }
}

extension Sentiment {
  public func words(in l: Language) -> String {
    switch self {
    case .positive: return l.say(en: "positive", fi: "myönteinen", nl: "positief")
    case .neutral: return l.say(en: "neutral", fi: "neutraali", nl: "neutraal")
    case .negative: return l.say(en: "negative", fi: "kielteinen", nl: "negatief")
    }
  }
}
