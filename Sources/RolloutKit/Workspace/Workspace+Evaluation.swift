extension Workspace {
  /// The journal's entries, validated against the plan.
  public func entries() throws(DiagnosticsError) -> [Entry] {
    try Journal.load(path: journalPath, plan: plan)
  }
}

extension Workspace {
  /// Reads the journal and evaluates every gate at `week` (SPEC §4; `asOf` also ignores
  /// entries recorded after that day). What `status` and `due` show.
  public func evaluation(week: ISOWeek, asOf: CalendarDate?) throws(DiagnosticsError)
    -> Evaluation
  {
    GateEngine.evaluate(plan: plan, entries: try entries(), week: week, asOf: asOf)
  }
}

extension Workspace {
  /// SPEC §5: an evaluating command asked about a week after this week is refused as a
  /// probable typo (`--week 2062-W48` for 2026-W48), unless `force`.
  public func checkReportWeek(_ week: ISOWeek, force: Bool) throws(DiagnosticsError) {
    guard !force, week > thisWeek else { return }
    throw DiagnosticsError(
      Diagnostic(
        message: "\(week) is after this week (\(thisWeek)): nothing about it is known yet",
        suggestion: "check --week/--as-of; add --force if you really mean a week to come"))
  }
}
