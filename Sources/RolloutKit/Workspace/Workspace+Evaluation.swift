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
