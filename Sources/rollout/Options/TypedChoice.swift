import ArgumentParser
import RolloutKit

/// A word of a fixed set, as the user typed it: rollout reads it in `validate()` instead
/// of the argument parser, so that a wrong one (`assess csat mett`) is refused in the
/// user's language, with "did you mean" and the words to use. Completion and help offer
/// the same words as before.
struct Typed<Value: TypedWord>: ExpressibleByArgument, Sendable {
  var text: String

  init?(argument: String) { text = argument }

  static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }
  static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

  /// The word read, or a usage error (exit 64) in the user's language.
  func value() throws -> Value {
    guard let value = Value(typed: text) else {
      throw usageError(
        UsageProblem.notAChoice(text, Value.choice, choices: Self.allValueStrings))
    }
    return value
  }
}

/// The sets of words the commands take.
protocol TypedWord: CaseIterable, RawRepresentable<String>, Sendable {
  static var choice: UsageProblem.Choice { get }
  /// The word, or its Finnish or Dutch form where the set has one (docs/journal.md).
  init?(typed: String)
}

extension Verdict: TypedWord {
  static var choice: UsageProblem.Choice { .verdict }
}
extension Sentiment: TypedWord {
  static var choice: UsageProblem.Choice { .sentiment }
}
extension DecisionKind: TypedWord {
  static var choice: UsageProblem.Choice { .decision }
  init?(typed: String) { self.init(rawValue: typed.lowercased()) }
}
extension Entry.Kind: TypedWord {
  static var choice: UsageProblem.Choice { .kind }
  init?(typed: String) { self.init(rawValue: typed.lowercased()) }
}
