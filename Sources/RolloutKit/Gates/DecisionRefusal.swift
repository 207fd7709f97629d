/// Why a new decision about a phase would say nothing the journal does not already say
/// (docs/gates.md): a `go` for a phase that has already passed in its week, or the same decision
/// as the phase's latest one that still counts, in the same week. An outcome as a value,
/// worded in `DecisionRefusalWords.swift`.
public enum DecisionRefusal: Sendable, Hashable {
  /// A `go` for a phase that passed in `week` already: by its goals, or by the `go` entry
  /// `decision`. Refused even with `--again` or `--force`.
  case alreadyPassed(phase: String, week: ISOWeek, by: PassedBy, decision: Entry?)
  /// The same decision as `earlier`, the phase's latest non-retracted decision at or
  /// before the week, recorded for the same week. Refused unless `--again`.
  case repeated(phase: String, decision: DecisionKind, earlier: Entry)
  /// A decision dated before `later`, a decision about the same phase already on record:
  /// written in between, it would change what followed (docs/gates.md). Refused unless
  /// `--force`.
  case beforeLaterDecision(phase: String, week: ISOWeek, later: Entry)

  /// The refusal of a new `decision` about its phase for `evaluation.week`, or `nil`.
  /// `again` lifts the repeat, never the redundant `go`.
  public static func check(_ decision: Decision, in evaluation: Evaluation, again: Bool)
    -> DecisionRefusal?
  {
    guard let phase = evaluation.phase(decision.phase) else { return nil }
    let week = evaluation.week
    if decision.decision == .go, phase.state == .passed, let passed = phase.passedWeek,
      passed == week, let by = phase.passedBy
    {
      let go = phase.decisions.last { $0.week == week && $0.decisionBody?.decision == .go }
      return .alreadyPassed(
        phase: decision.phase, week: week, by: by, decision: by == .decision ? go : nil)
    }
    // docs/gates.md: the repeat check compares with the latest non-retracted decision at or
    // before W; only one of the same week repeats it.
    if !again, let latest = phase.decisions.last, latest.week == week,
      latest.decisionBody?.decision == decision.decision
    {
      return .repeated(phase: decision.phase, decision: decision.decision, earlier: latest)
    }
    return nil
  }

  /// The refusal of a decision about `phase` for `week` when `record`, the evaluation at the
  /// journal's latest decision, holds a decision about that phase for a later week.
  public static func checkOrder(phase: String, week: ISOWeek, record: Evaluation)
    -> DecisionRefusal?
  {
    guard let later = record.phase(phase)?.decisions.first(where: { $0.week > week }) else {
      return nil
    }
    return .beforeLaterDecision(phase: phase, week: week, later: later)
  }
}
