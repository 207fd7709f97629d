extension Workspace {
  /// The journal's entries, validated against the plan.
  public func entries() throws(DiagnosticsError) -> EntryStore {
    try Journal.load(path: journalPath, plan: plan)
  }
}

extension Workspace {
  /// Reads the journal and evaluates every gate at `week` (docs/gates.md; `asOf` also ignores
  /// entries recorded after that day). What `status` and `due` show.
  public func evaluation(week: ISOWeek, asOf: CalendarDate?) throws(DiagnosticsError)
    -> Evaluation
  {
    try checked(GateEngine.evaluate(plan: plan, entries: try entries(), week: week, asOf: asOf))
  }

  /// The evaluation, unless a value in it is beyond the largest number: then no verdict,
  /// an error naming the metric and its weeks.
  func checked(_ evaluation: Evaluation) throws(DiagnosticsError) -> Evaluation {
    guard !evaluation.overflows.isEmpty else { return evaluation }
    throw DiagnosticsError(evaluation.overflows.map { overflowDiagnostic($0) })
  }

  func overflowDiagnostic(_ overflow: NumberOverflow) -> Diagnostic {
    Diagnostic(
      file: journalPath,
      WorkspaceProblem.overflow(
        metric: overflow.metric, weeks: overflow.weeks, window: overflow.window))
  }
}

extension Workspace {
  /// docs/journal.md: an evaluating command asked about a week after this week is refused as a
  /// probable typo (`--week 2062-W48` for 2026-W48), unless `force`.
  public func checkReportWeek(_ week: ISOWeek, force: Bool) throws(DiagnosticsError) {
    guard !force, week > thisWeek else { return }
    throw DiagnosticsError(Diagnostic(WorkspaceProblem.reportWeekAhead(week, thisWeek: thisWeek)))
  }
}
