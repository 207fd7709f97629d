/// Why a phase is locked at the evaluated week (docs/gates.md), as a value: the writing
/// commands word it in the user's language (`LockReasonWords.swift`), and nothing parses
/// or re-words another place's sentence.
public enum LockReason: Sendable, Hashable {
  /// The plan was stopped in that week.
  case planStopped(ISOWeek)
  /// No phase is unlocked yet: the plan starts in that week.
  case planStarts(ISOWeek)
  /// The current phase passed in `week`; `next` (if any) unlocks the week after.
  case passed(phase: String, week: ISOWeek, next: String?)
  /// The current phase is on hold.
  case onHold(phase: String)
  /// The current phase met its goals and waits for a go decision (`unlock: decision`).
  case waitsForGo(phase: String)
  /// The current phase has `met` of `of` required goals met.
  case goals(phase: String, met: Int, of: Int)
}

extension Evaluation {
  /// Why a new entry for `phaseID` is refused at this week, or `nil` when the phase is
  /// unlocked (or not in the plan: that is the reference check's to say).
  public func lockReason(phase phaseID: String) -> LockReason? {
    guard let target = phase(phaseID), target.state == .locked else { return nil }
    return blockingReason
  }

  /// docs/gates.md / §2: the phase a new note or a report is about when none is named: the
  /// current phase, or phase 1 before the plan starts.
  public var defaultPhase: String? { currentPhase ?? plan.phases.first?.id }

  /// What keeps the phases after the current one locked.
  private var blockingReason: LockReason {
    if let stoppedWeek { return .planStopped(stoppedWeek) }
    guard let currentID = currentPhase, let current = phase(currentID) else {
      return .planStarts(plan.startWeek)
    }
    if let passed = current.passedWeek {
      let next = plan.phaseIndex(currentID).flatMap { i in
        plan.phases.indices.contains(i + 1) ? plan.phases[i + 1].id : nil
      }
      return .passed(phase: currentID, week: passed, next: next)
    }
    if current.onHold { return .onHold(phase: currentID) }
    let (met, of) = current.requiredMet
    if plan.unlock == .decision, met == of { return .waitsForGo(phase: currentID) }
    return .goals(phase: currentID, met: met, of: of)
  }
}
