import ArgumentParser
import RolloutKit

/// Shell completions that know the plan: its phase, goal and metric ids, read when the
/// person presses TAB (nothing on any problem), and the fixed choices.
extension CompletionKind {
  static func plan(_ names: PlanCompletion.Names) -> CompletionKind {
    .custom { words, _, prefix in PlanCompletion.names(names, words: words, prefix: prefix) }
  }

  static let planFile = CompletionKind.file(extensions: ["yaml", "yml"])
  static let languages = CompletionKind.list(Language.allCases.map(\.rawValue))
}
