/// A problem in a plan file, with the names and numbers it needs (SPEC §2).
public enum PlanProblem: Sendable, Hashable {
  /// `language: suomi`: a language's name where its code belongs.
  case notALanguageCode(String, suggestion: String)
}

extension PlanProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .notALanguageCode(let text, _):
      return l.say(
        en: "'\(text)' is not a language code", fi: "'\(text)' ei ole kielikoodi",
        nl: "'\(text)' is geen taalcode")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .notALanguageCode(_, let code):
      return didYouMean(code, l) + l.say(
        en: " (one of: en, fi, nl)", fi: " (en, fi tai nl)", nl: " (en, fi of nl)")
    }
  }
}
