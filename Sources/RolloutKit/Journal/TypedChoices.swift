/// The fixed choices of the commands (a verdict, a decision, a sentiment, a kind of entry)
/// as a person types them back (docs/languages.md): the English word, or the word rollout
/// shows for it in any of its languages (`jatketaan`, `doorgaan`, `saavutettu`, `notitie`),
/// in any case, with a space or a hyphen between words. The journal and `--json` keep the
/// English word, so that every journal reads the same whoever wrote it.
///
/// No word stands for two values in any language: `TypedChoicesTests` checks every pair.
public protocol TypedChoice: CaseIterable, RawRepresentable<String>, Sendable, Hashable {
  /// The words a reader of `language` sees for this value and may type back, the shown
  /// one first (without its bracketed English word); English gives the typed word.
  func typedWords(in language: Language) -> [String]
}

extension TypedChoice {
  /// The value whose word in any language this is, or `nil`.
  public init?(typed text: String) {
    let word = typedForm(text)
    guard let value = Self.allCases.first(where: { $0.acceptedWords.contains(word) }) else {
      return nil
    }
    self = value
  }

  /// Every word read as this value, in the form `init(typed:)` compares.
  var acceptedWords: Set<String> {
    Set(([rawValue] + Language.allCases.flatMap { typedWords(in: $0) }).map(typedForm))
  }

  /// The words to offer a reader of `l`, the shown one of each value, in the order of the
  /// values; a word of several parts in quotes, as a shell needs it.
  public static func shownWords(in l: Language) -> [String] {
    allCases.map { value in
      let word = value.typedWords(in: l).first ?? value.rawValue
      return word.contains(" ") ? "'\(word)'" : word
    }
  }

  /// The word nearest to a misspelt `text`: the reader's own words and the English ones
  /// first, then those of the other languages.
  public static func nearestWord(to text: String, in l: Language) -> String? {
    let own = allCases.flatMap { [$0.rawValue] + $0.typedWords(in: l) }
    let others = allCases.flatMap { v in Language.allCases.flatMap { v.typedWords(in: $0) } }
    return closest(to: text, among: own) ?? closest(to: text, among: others)
  }
}

/// `Ei  Saavutettu`, `ei-saavutettu` → `ei saavutettu`.
func typedForm(_ text: String) -> String {
  text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
    .joined(separator: " ")
}

/// The shown words of a value without the bracketed English one: `jatketaan (go)` →
/// `jatketaan`.
private func withoutTypedWord(_ shown: String) -> String {
  guard let open = shown.firstIndex(of: "("), open != shown.startIndex else { return shown }
  return String(shown[..<open]).trimmingSpaces
}

extension Sentiment: TypedChoice {
  public func typedWords(in l: Language) -> [String] {
    let extra: [Language: [Sentiment: String]] = [
      .fi: [.positive: "positiivinen", .negative: "negatiivinen"]
    ]
    return [words(in: l)] + (extra[l]?[self].map { [$0] } ?? [])
  }
}

extension Verdict: TypedChoice {
  public func typedWords(in l: Language) -> [String] {
    l == .en && self == .notMet ? ["not-met", "notmet"] : [words(in: l)]
  }
}

extension DecisionKind: TypedChoice {
  public func typedWords(in l: Language) -> [String] {
    let shown = withoutTypedWord(words(in: l))
    return l == .en && shown != rawValue ? [rawValue, shown] : [shown]
  }
}

extension Entry.Kind: TypedChoice {
  public func typedWords(in l: Language) -> [String] {
    let shown = EntrySummary.kindName(self, l)
    return l == .fi && self == .metric ? [shown, "mittariarvo", "mittarin arvo"] : [shown]
  }
}
