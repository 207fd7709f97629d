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
