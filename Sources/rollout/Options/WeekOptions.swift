import ArgumentParser
import RolloutKit

/// `--week` / `--as-of`, shared by every evaluating command (docs/gates.md).
struct WeekOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Evaluate this week (2026-W47, W47, 47/2026, vko 47/2026, wk 47 2026) with everything recorded so far.",
      valueName: "week"))
  var week: String?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Reproduce what was known on this day (2026-11-20, 20.11.2026 or 20-11-2026): its week, ignoring entries recorded later.",
      valueName: "date"))
  var asOf: String?

  @Flag(
    name: .long,
    help: "Evaluate a week after this week anyway (it is refused as a probable typo).")
  var force = false

  func validate() throws {
    if week != nil && asOf != nil {
      throw usageError(UsageProblem.eitherOr("--week", "--as-of"))
    }
    _ = try checkedWeek(week)
    _ = try checkedDate(asOf)
  }

  /// The report week and the as-of day, from the options and today. A week after this
  /// week is refused unless `--force` (docs/journal.md).
  func resolve(in workspace: Workspace) throws(DiagnosticsError)
    -> (week: ISOWeek, asOf: CalendarDate?)
  {
    let resolved = resolve(today: workspace.today)
    try workspace.checkReportWeek(resolved.week, force: force)
    return resolved
  }

  /// The report week and the as-of day, from the options and today.
  func resolve(today: CalendarDate) -> (week: ISOWeek, asOf: CalendarDate?) {
    if let asOf, let date = try? WrittenTime.date(asOf) { return (ISOWeek(date), date) }
    if let week, let w = try? WrittenTime.week(week, today: today) { return (w, nil) }
    return (ISOWeek(today), nil)
  }

  /// The gates at the week these options name, in the plan `plan` names, for the commands
  /// that show them; problems are printed and exit 1.
  func evaluation(plan: PlanOptions) throws -> Evaluation {
    try plan.withWorkspace { workspace in
      let (week, asOf) = try resolve(in: workspace)
      return try workspace.evaluation(week: week, asOf: asOf)
    }
  }
}
