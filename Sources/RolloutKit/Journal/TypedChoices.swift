/// The fixed choices of the writing commands as a Finnish or Dutch user types them
/// (docs/journal.md): `--sentiment positiivinen`, `assess … gehaald`. The journal keeps the
/// English word, so that every journal reads the same whoever wrote it.
extension Sentiment {
  /// `positive`, or its Finnish or Dutch word, in any case.
  public init?(typed text: String) {
    let word = text.trimmingSpaces.lowercased()
    if let sentiment = Sentiment(rawValue: word) {
      self = sentiment
      return
    }
    switch word {
    case "positiivinen", "myönteinen", "positief": self = .positive
    case "neutraali", "neutraal": self = .neutral
    case "negatiivinen", "kielteinen", "negatief": self = .negative
    default: return nil
    }
  }
}

extension Verdict {
  /// `met` or `not-met`, or the words the reports use for them in Finnish and Dutch, with a
  /// hyphen or a space.
  public init?(typed text: String) {
    let word = text.trimmingSpaces.lowercased().replacing(" ", with: "-")
    switch word {
    case "met", "saavutettu", "gehaald": self = .met
    case "not-met", "notmet", "ei-saavutettu", "niet-gehaald": self = .notMet
    default: return nil
    }
  }
}
