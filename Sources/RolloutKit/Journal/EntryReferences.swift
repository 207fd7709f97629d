/// A name in an entry that the plan (or the journal) does not have, as a value; worded in
/// `EntryReferenceWords.swift`.
public enum ReferenceProblem: Sendable, Hashable {
  /// The plan has no phase, goal or metric of that name; `nearest` is a likely typo's
  /// correction, `known` the names there are.
  case noSuch(NameKind, String, nearest: String?, known: [String])
  /// A note's goal belongs to another phase than the note's.
  case goalOfOtherPhase(goal: String, owner: String, phase: String)
  /// `assess` of a goal that a metric measures.
  case measuredGoal(String)
  /// `retract` of an id the journal does not have.
  case noEntry(String, nearest: String?)

  /// The plan's kinds of names an entry refers to.
  public enum NameKind: String, Sendable, Hashable {
    case phase, goal, metric
  }

  /// The entry field that holds the name: `phase`, `goal`, `metric`, `target`.
  public var field: String {
    switch self {
    case .noSuch(let kind, _, _, _): return kind.rawValue
    case .goalOfOtherPhase, .measuredGoal: return "goal"
    case .noEntry: return "target"
    }
  }
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
        out.append(.goalOfOtherPhase(goal: goal, owner: phase.id, phase: note.phase))
      }
      return out
    case .metric(let m):
      guard plan.metric(m.metric) == nil else { return [] }
      return [noSuch(.metric, m.metric, among: plan.metrics.map(\.id))]
    case .assess(let a):
      if let p = goalProblem(a.goal, plan) { return [p] }
      if let (_, goal) = plan.goal(a.goal), !goal.isQualitative { return [.measuredGoal(a.goal)] }
      return []
    case .decide(let d):
      return phaseProblem(d.phase, plan).map { [$0] } ?? []
    case .retract(let r):
      guard !knownIDs.contains(r.target) else { return [] }
      return [.noEntry(r.target, nearest: closest(to: r.target, among: Array(knownIDs)))]
    }
  }

  static func phaseProblem(_ id: String, _ plan: Plan) -> ReferenceProblem? {
    plan.phase(id) == nil ? noSuch(.phase, id, among: plan.phases.map(\.id)) : nil
  }

  static func goalProblem(_ id: String, _ plan: Plan) -> ReferenceProblem? {
    plan.goal(id) == nil ? noSuch(.goal, id, among: plan.goalIDs) : nil
  }

  /// The plan has no `name` of this kind; with did-you-mean among `ids`.
  public static func noSuch(_ kind: ReferenceProblem.NameKind, _ name: String, among ids: [String])
    -> ReferenceProblem
  {
    .noSuch(kind, name, nearest: closest(to: name, among: ids), known: ids)
  }
}
