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
      throw usageError(UsageProblem.notAChoice(text, Value.choice))
    }
    return value
  }
}

/// The sets of words the commands take, each read in any of rollout's languages
/// (`TypedChoice`).
protocol TypedWord: TypedChoice {
  static var choice: UsageProblem.Choice { get }
}

extension Verdict: TypedWord {
  static var choice: UsageProblem.Choice { .verdict }
}
extension Sentiment: TypedWord {
  static var choice: UsageProblem.Choice { .sentiment }
}
extension DecisionKind: TypedWord {
  static var choice: UsageProblem.Choice { .decision }
}
extension Entry.Kind: TypedWord {
  static var choice: UsageProblem.Choice { .kind }
}
