/// docs/gates.md: entries for a locked phase are refused unless forced; decisions are refused
/// even when forced if their phase is locked, already passed, or the plan has stopped.
public enum PhaseLock {
  /// The refusal for `entry`, or `nil` when it may be written. The one place that asks
  /// the gate engine whether a phase is open.
  /// `evaluation` is used when it is the evaluation of `entries` at the entry's week.
  public static func refusal(
    for entry: Entry, plan: Plan, entries: EntryStore, force: Bool, again: Bool = false,
    evaluation given: Evaluation? = nil
  ) -> Diagnostic? {
    let isDecision: Bool
    let phase: String
    switch entry.body {
    case .note(let n): (phase, isDecision) = (n.phase, false)
    case .decide(let d): (phase, isDecision) = (d.phase, true)
    case .assess(let a):
      guard let owner = plan.goal(a.goal)?.phase.id else { return nil }
      (phase, isDecision) = (owner, false)
    case .metric, .retract: return nil
    }
    if force && !isDecision { return nil }
    let evaluation =
      given.flatMap { $0.week == entry.week ? $0 : nil }
      ?? GateEngine.evaluate(plan: plan, entries: entries, week: entry.week)
    let week = entry.week
    if isDecision {
      if let reason = evaluation.lockReason(phase: phase) {
        return Diagnostic(PhaseRefusal.decisionLocked(phase: phase, week: week, reason))
      }
      if let passed = evaluation.phase(phase)?.passedWeek, passed < week {
        let next = plan.phaseIndex(phase).flatMap { i in
          plan.phases.indices.contains(i + 1) ? plan.phases[i + 1].id : nil
        }
        return Diagnostic(
          PhaseRefusal.decisionAfterPass(phase: phase, week: week, passed: passed, next: next))
      }
      if let stopped = evaluation.stoppedWeek, stopped <= week {
        return Diagnostic(PhaseRefusal.decisionAfterStop(week: week, stopped: stopped))
      }
      if case .decide(let decision) = entry.body,
        let refusal = DecisionRefusal.check(decision, in: evaluation, again: again)
      {
        return Diagnostic(refusal)
      }
      if !force, let last = latestDecisionWeek(in: entries), last > week,
        let refusal = DecisionRefusal.checkOrder(
          phase: phase, week: week,
          record: GateEngine.evaluate(plan: plan, entries: entries, week: last))
      {
        return Diagnostic(refusal)
      }
      return nil
    }
    guard let reason = evaluation.lockReason(phase: phase) else { return nil }
    switch entry.body {
    case .assess(let a):
      // assess has no --phase: the goal decides the phase.
      return Diagnostic(PhaseRefusal.assessLocked(goal: a.goal, phase: phase, week: week, reason))
    case .note(let n) where n.goal != nil:
      return Diagnostic(
        PhaseRefusal.goalNoteLocked(
          phase: phase, week: week, reason, current: evaluation.currentPhase))
    default:
      return Diagnostic(PhaseRefusal.locked(phase: phase, week: week, reason))
    }
  }

  /// The week of the journal's latest decision, whichever phase it is about.
  static func latestDecisionWeek(in entries: EntryStore) -> ISOWeek? {
    var latest: UInt32?
    for k in entries.indices where entries.kind(k) == .decide {
      latest = max(latest ?? 0, entries.packedWeek(k))
    }
    return latest.map(EntryStore.week)
  }

  /// The phase of a new note without `--phase`: the goal's phase when it names a goal of
  /// the plan, else the current phase (docs/gates.md) of `evaluation`.
  public static func notePhase(goal: String?, plan: Plan, evaluation: Evaluation) -> String? {
    if let goal, let owner = plan.goal(goal)?.phase.id { return owner }
    return evaluation.currentPhase
  }
}

extension Workspace {
  /// The phase of a new note without `--phase` (docs/gates.md), with the evaluation at `week` it
  /// was read from (the check of the note uses it again). Throws when no phase is unlocked
  /// in `week`.
  public func notePhase(goal: String?, week: ISOWeek, entries: EntryStore) throws(DiagnosticsError)
    -> (phase: String, evaluation: Evaluation)
  {
    let evaluation = GateEngine.evaluate(plan: plan, entries: entries, week: week)
    guard let phase = PhaseLock.notePhase(goal: goal, plan: plan, evaluation: evaluation) else {
      throw DiagnosticsError(Diagnostic(PhaseRefusal.noDefaultPhase(week: week)))
    }
    return (phase, evaluation)
  }
}
