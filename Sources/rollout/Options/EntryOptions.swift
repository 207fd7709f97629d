import ArgumentParser
import Foundation
import RolloutKit

/// `--week`/`--date`, `--author` and `--plan`, shared by every writing command
/// (docs/journal.md). Each command has its own `--force` (`ForceHelp`), since what it lets
/// through differs.
struct EntryOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The week the entry is about: 2026-W47, W47 or 47 (this year), 47/2026, vko 47/2026, wk 47 2026. Default: this week.",
      valueName: "week"))
  var week: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A day in the week the entry is about (2026-11-20, 20.11.2026 or 20-11-2026), for backfills.",
      valueName: "date"))
  var date: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Who logs it. Default: $ROLLOUT_AUTHOR, else git's user.name, else $USER.",
      valueName: "name"))
  var author: String?

  @OptionGroup var planOptions: PlanOptions

  func validate() throws {
    if week != nil && date != nil {
      throw usageError(UsageProblem.eitherOr("--week", "--date"))
    }
    _ = try checkedWeek(week)
    _ = try checkedDate(date)
  }

  /// The week the entry is about: `--week`, the week of `--date`, else this week.
  func entryWeek(_ workspace: Workspace) -> ISOWeek {
    if let week, let w = try? WrittenTime.week(week, today: workspace.today) { return w }
    if let date, let d = try? WrittenTime.date(date) { return ISOWeek(d) }
    return workspace.thisWeek
  }

  /// Whether the user named a week (`--week` or `--date`).
  var weekGiven: Bool { week != nil || date != nil }

  func recording(_ workspace: Workspace, force: Bool, again: Bool = false) -> Recording {
    Recording(
      author: Recorder.author(option: author, environment: workspace.environment),
      at: Recorder.timestamp(today: workspace.today), force: force, again: again)
  }

  /// Logs one entry about the week these options name, for the commands that log exactly
  /// one (assess, decide).
  func logOne(_ body: Entry.Body, force: Bool, again: Bool = false) throws {
    try log(force: force, again: again) { _, week in [EntryDraft(week: week, body: body)] }
  }

  /// Logs the entries that `drafts` makes for the plan and the week these options name, and
  /// prints each new id with what it logged; problems are printed and exit 1.
  func log(
    force: Bool, again: Bool = false, _ drafts: (Workspace, ISOWeek) throws -> [EntryDraft]
  ) throws {
    try planOptions.withWorkspace { workspace in
      let entries = try Capture.record(
        drafts(workspace, entryWeek(workspace)), in: workspace,
        recording: recording(workspace, force: force, again: again))
      for entry in entries {
        print(EntrySummary.logged(entry, language: workspace.language))
        if let notice = EntrySummary.breakNotice(
          entry, plan: workspace.plan, language: workspace.language)
        {
          print(notice)
        }
      }
    }
  }
}

/// The help of `--again`, on the commands that log metric values.
let againHelp = ArgumentHelp(
  "Log a metric value even when the same value (week, metric, channel) is already logged.")
