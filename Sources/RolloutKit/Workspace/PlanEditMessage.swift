/// What `rollout edit` says, each message a value worded once.
public enum PlanEditMessage: Sendable {
  case noEditor
  case editorFailed(EditorFailure)
  case noChanges(String)
  case saved(String)
  case savedWithErrors(String, errors: Int)
  case keptAside(plan: String, kept: String, errors: Int)
  case prompt(errors: Int)
  case resuming(String)

  public var text: String {
    switch self {
    case .noEditor:
      return "no editor: set VISUAL or EDITOR to the editor you use (for example EDITOR=nano), "
        + "or run 'rollout edit' in a terminal"
    case .editorFailed(let failure):
      return failure.text + "; the plan is unchanged"
    case .noChanges(let plan):
      return "\(plan): no changes"
    case .saved(let plan):
      return "\(plan): saved; the plan checks clean"
    case .savedWithErrors(let plan, let errors):
      return "\(plan): saved with \(Self.errors(errors)); 'rollout check' lists them again"
    case .keptAside(let plan, let kept, let errors):
      return "\(plan) is unchanged: your version has \(Self.errors(errors)). It is kept in "
        + "\(kept); 'rollout edit' goes on from it (delete it to start from the plan)."
    case .prompt(let errors):
      return "The plan has \(Self.errors(errors)). (e)dit again, (k)eep anyway, (q)uit? "
    case .resuming(let kept):
      return "going on from your version in \(kept), kept by an earlier edit"
    }
  }

  static func errors(_ n: Int) -> String { n == 1 ? "1 error" : "\(n) errors" }
}

/// The answer to `rollout edit`'s question after a copy with errors.
public enum PlanEditChoice: Sendable, Hashable {
  case editAgain, keepAnyway, quit

  /// `e`, `k` or `q` (or the whole word, any case); `nil` for anything else.
  public init?(answer: String) {
    switch answer.trimmingCharacters(in: " \t\r\n").lowercased() {
    case "e", "edit": self = .editAgain
    case "k", "keep": self = .keepAnyway
    case "q", "quit": self = .quit
    default: return nil
    }
  }
}
