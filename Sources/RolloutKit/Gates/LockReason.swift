extension Evaluation {
  /// Why a new entry for `phaseID` is refused at this week, or `nil` when the phase is
  /// unlocked: "phase 'scale' is locked: 'pilot' has 2 of 4 required goals met".
  public func lockReason(phase phaseID: String) -> String? {
    guard let target = phase(phaseID) else { return "the plan has no phase '\(phaseID)'" }
    guard target.state == .locked else { return nil }
    return "phase '\(phaseID)' is locked: " + blockingReason(for: phaseID)
  }

  /// SPEC §4 / §2: the phase a new note or a report is about when none is named: the
  /// current phase, or phase 1 before the plan starts.
  public var defaultPhase: String? { currentPhase ?? plan.phases.first?.id }

  /// What keeps the phases after the current one locked, in the user's words.
  private func blockingReason(for phaseID: String) -> String {
    if let stoppedWeek { return "the plan was stopped in \(stoppedWeek)" }
    guard let currentID = currentPhase, let current = phase(currentID) else {
      return "the plan starts in \(plan.startWeek)"
    }
    let name = "'\(currentID)'"
    if let passed = current.passedWeek {
      let next = plan.phaseIndex(currentID).flatMap { i in
        plan.phases.indices.contains(i + 1) ? plan.phases[i + 1].id : nil
      }
      let unlocks = next.map { "; '\($0)' unlocks in \(passed + 1)" } ?? ""
      return "\(name) passed in \(passed)\(unlocks)"
    }
    if current.onHold { return "\(name) is on hold" }
    let (met, of) = current.requiredMet
    if plan.unlock == .decision, met == of { return "\(name) waits for a go decision" }
    return "\(name) has \(met) of \(of) required \(of == 1 ? "goal" : "goals") met"
  }
}
