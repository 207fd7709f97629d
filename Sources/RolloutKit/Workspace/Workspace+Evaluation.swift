extension Workspace {
  /// The journal's entries, validated against the plan.
  public func entries() throws(DiagnosticsError) -> [Entry] {
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
    let weeks = overflow.weeks.map(\.description).joined(separator: ", ")
    let what =
      overflow.window
      ? "the values of '\(overflow.metric)' in \(weeks) add up"
      : "the values of '\(overflow.metric)' logged for \(weeks) add up"
    let first = overflow.weeks.first.map { " --since \($0)" } ?? ""
    return Diagnostic(
      file: journalPath,
      message: what + " to more than the largest number (about 1.8e308); no verdict is given",
      suggestion: "find the wrong value with 'rollout log --kind metric\(first)' "
        + "and retract it ('rollout retract ID --text …')")
  }
}

extension Workspace {
  /// docs/journal.md: an evaluating command asked about a week after this week is refused as a
  /// probable typo (`--week 2062-W48` for 2026-W48), unless `force`.
  public func checkReportWeek(_ week: ISOWeek, force: Bool) throws(DiagnosticsError) {
    guard !force, week > thisWeek else { return }
    throw DiagnosticsError(
      Diagnostic(
        message: "\(week) is after this week (\(thisWeek)): nothing about it is known yet",
        suggestion: "check --week/--as-of; add --force if you really mean a week to come"))
  }
}
