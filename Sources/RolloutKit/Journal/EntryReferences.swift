/// A name in an entry that the plan (or the journal) does not have.
public struct ReferenceProblem: Sendable, Hashable {
  /// The entry field that holds the name: `phase`, `goal`, `metric`, `target`.
  public var field: String
  public var message: String
  public var suggestion: String?
}

/// Checks the names an entry refers to against the plan; used by the reader (with a
/// location) and by the writing commands (before anything is written).
public enum EntryReferences {
  /// Every problem with the entry's names. `knownIDs` are the journal's ids, for `retract`.
  public static func problems(of entry: Entry, plan: Plan, knownIDs: Set<String>)
    -> [ReferenceProblem]
  {
    switch entry.body {
    case .note(let note):
      var out = phaseProblem(note.phase, plan).map { [$0] } ?? []
      if let goal = note.goal, let p = goalProblem(goal, plan) {
        out.append(p)
      } else if let goal = note.goal, let (phase, _) = plan.goal(goal), phase.id != note.phase,
        plan.phase(note.phase) != nil
      {
        out.append(
          ReferenceProblem(
            field: "goal",
            message: "the goal '\(goal)' belongs to phase '\(phase.id)', "
              + "not to '\(note.phase)'",
            suggestion: "log the note for phase '\(phase.id)', or link a goal of '\(note.phase)'"))
      }
      return out
    case .metric(let m):
      guard plan.metric(m.metric) == nil else { return [] }
      return [
        ReferenceProblem(
          field: "metric", message: "the plan has no metric '\(m.metric)'",
          suggestion: suggestion(for: m.metric, among: plan.metrics.map(\.id))
            ?? listing("metrics", plan.metrics.map(\.id)))
      ]
    case .assess(let a):
      if let p = goalProblem(a.goal, plan) { return [p] }
      if let (_, goal) = plan.goal(a.goal), !goal.isQualitative {
        return [
          ReferenceProblem(
            field: "goal",
            message: "the goal '\(a.goal)' is measured by a metric, so it cannot be assessed",
            suggestion: "log its metric with 'rollout metric'; assess only qualitative goals")
        ]
      }
      return []
    case .decide(let d):
      return phaseProblem(d.phase, plan).map { [$0] } ?? []
    case .retract(let r):
      guard !knownIDs.contains(r.target) else { return [] }
      return [
        ReferenceProblem(
          field: "target", message: "there is no entry '\(r.target)' to withdraw",
          suggestion: suggestion(for: r.target, among: Array(knownIDs))
            ?? "see the ids with 'rollout log'")
      ]
    }
  }

  static func phaseProblem(_ id: String, _ plan: Plan) -> ReferenceProblem? {
    guard plan.phase(id) == nil else { return nil }
    let ids = plan.phases.map(\.id)
    return ReferenceProblem(
      field: "phase", message: "the plan has no phase '\(id)'",
      suggestion: suggestion(for: id, among: ids) ?? listing("phases", ids))
  }

  static func goalProblem(_ id: String, _ plan: Plan) -> ReferenceProblem? {
    guard plan.goal(id) == nil else { return nil }
    return ReferenceProblem(
      field: "goal", message: "the plan has no goal '\(id)'",
      suggestion: suggestion(for: id, among: plan.goalIDs) ?? listing("goals", plan.goalIDs))
  }

  /// The fix for a name in a line already logged: the journal is the record, so a name
  /// the plan lost was most likely renamed or removed in the plan, and is mended there.
  public static func journalFix(_ problem: ReferenceProblem) -> String? {
    guard problem.message.hasPrefix("the plan has no "), problem.field != "target" else {
      return problem.suggestion
    }
    let renamed = problem.suggestion.flatMap { s in
      s.hasPrefix("did you mean ") ? " (renamed to \(s.dropFirst("did you mean ".count).dropLast())?)" : nil
    } ?? ""
    return "if the name was changed in the plan\(renamed), change it back there: "
      + "the journal keeps names as they were logged"
  }

  static func listing(_ what: String, _ ids: [String]) -> String {
    ids.isEmpty
      ? "the plan has no \(what)"
      : "the plan's \(what) are: "
        + ids.joined(separator: ", ")
  }
}
