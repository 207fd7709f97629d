/// The gate engine (SPEC §4): a pure function of the plan, the entries and the report
/// week. No clock, files or environment inside.
public enum GateEngine {
  /// Evaluates every phase at `week`. With `asOf`, entries recorded (`at`) after that day
  /// are ignored too; entries with a later `week` are always ignored.
  public static func evaluate(
    plan: Plan, entries: [Entry], week: ISOWeek, asOf: CalendarDate? = nil
  ) -> Evaluation {
    fatalError("STUB: replaced by the gate engine")
  }
}

extension Evaluation {
  /// Why a new entry for `phaseID` is refused at this week, or `nil` when the phase is
  /// unlocked: "phase 'scale' is locked: 'pilot' has 2 of 4 required goals met".
  public func lockReason(phase phaseID: String) -> String? {
    fatalError("STUB: replaced by the gate engine")
  }
}
