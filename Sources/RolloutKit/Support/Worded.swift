/// A language rollout speaks: of the messages (chosen by the environment) and of a
/// report (the plan's `language`).
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  case en, fi, nl
}

/// Something rollout says to a person — a problem, a refusal, a fix — as a value that
/// words itself in each language.
///
/// The outcome types (`WrittenTime.Problem`, `LockReason`, `PlanProblem`, …) carry the
/// names and numbers they need and are worded once, in a `…Words.swift` file of their
/// folder, with all three languages side by side (`language.say(en:fi:nl:)`), so that
/// nothing re-words or parses another place's sentence, and a reader fluent in Finnish or
/// Dutch finds every sentence in those files.
public protocol Worded: Sendable {
  /// The sentence, without a capital or a full stop, as diagnostics print it.
  func message(in language: Language) -> String
  /// How to fix it, in a few words, or `nil`: at the command line, with its options.
  func fix(in language: Language) -> String?
  /// How to fix it with what `place` offers, or `nil` when it offers nothing.
  func fix(in language: Language, at place: FixPlace) -> String?
}

/// Where the person reading a fix is, and so what a fix may ask of them: the command line
/// has commands and options (`--force`, `--phase`); the web form of `rollout serve` has its
/// fields and nothing else (docs/serve.md).
public enum FixPlace: Sendable, Hashable {
  case commandLine
  case webForm
}

extension Worded {
  public func fix(in language: Language) -> String? { nil }

  /// The command line's fix; at the web form, none unless the type words one for it, so
  /// that a page never shows a fix written for the command line.
  public func fix(in language: Language, at place: FixPlace) -> String? {
    switch place {
    case .commandLine: return fix(in: language)
    case .webForm: return nil
    }
  }
}

extension Language {
  /// This language's wording of one sentence; every call gives all three.
  public func say(en: String, fi: String, nl: String) -> String {
    switch self {
    case .en: return en
    case .fi: return fi
    case .nl: return nl
    }
  }

  /// `a, b or c` in this language.
  public func list(_ items: [String], or: Bool = true) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    let last = or ? say(en: "or", fi: "tai", nl: "of") : say(en: "and", fi: "ja", nl: "en")
    return items.dropLast().joined(separator: ", ") + " \(last) " + items[items.count - 1]
  }
}

extension String {
  /// A clause as a sentence: a capital first, a full stop last (unless it ends with one).
  public var asSentence: String {
    guard let first else { return self }
    let capital = first.uppercased() + dropFirst()
    return capital.last.map { ".!?".contains($0) } == true ? capital : capital + "."
  }
}
