import ArgumentParser
import RolloutKit

/// `--week` / `--as-of`, shared by every evaluating command (SPEC §4).
struct WeekOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Evaluate this ISO week (e.g. 2026-W47) with everything recorded so far.",
      valueName: "week"))
  var week: String?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Reproduce what was known on this day (YYYY-MM-DD): its week, ignoring entries recorded later.",
      valueName: "date"))
  var asOf: String?

  @Flag(
    name: .long,
    help: "Evaluate a week after this week anyway (it is refused as a probable typo).")
  var force = false

  func validate() throws {
    if week != nil && asOf != nil {
      throw ValidationError("Give either --week or --as-of, not both.")
    }
    if let week, ISOWeek(week) == nil {
      throw ValidationError("'\(week)' is not an ISO week. Write it like 2026-W48.")
    }
    if let asOf, CalendarDate(asOf) == nil {
      throw ValidationError("'\(asOf)' is not a date. Write it like 2026-11-25.")
    }
  }

  /// The report week and the as-of day, from the options and today. A week after this
  /// week is refused unless `--force` (SPEC §5).
  func resolve(in workspace: Workspace) throws(DiagnosticsError)
    -> (week: ISOWeek, asOf: CalendarDate?)
  {
    let resolved: (week: ISOWeek, asOf: CalendarDate?)
    if let asOf, let date = CalendarDate(asOf) {
      resolved = (ISOWeek(date), date)
    } else if let week, let w = ISOWeek(week) {
      resolved = (w, nil)
    } else {
      resolved = (workspace.thisWeek, nil)
    }
    try workspace.checkReportWeek(resolved.week, force: force)
    return resolved
  }

  /// The gates at the week these options name, for the commands that show them.
  func evaluation(in workspace: Workspace) throws(DiagnosticsError) -> Evaluation {
    let (week, asOf) = try resolve(in: workspace)
    return try workspace.evaluation(week: week, asOf: asOf)
  }
}
