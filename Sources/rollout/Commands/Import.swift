import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout import`: metric values in bulk from a CSV export or an Excel workbook.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Log metric values in bulk from a CSV file or Excel workbook; all rows or none.",
      discussion: """
        A long file has one value per row: week (2026-W48) or date (2026-11-25, 25.11.2026, \
        25-11-2026 or 20261125), metric, value, and optionally channel and text; the \
        Finnish and Dutch names (viikko, päivämäärä, mittari, arvo, kanava, teksti; week, \
        datum, metriek, waarde, kanaal, tekst) work too. A wide file, as analytics tools \
        export, has a date or week column and one column per metric: a column gives the \
        metric that --map or the metric's 'import:' in the plan names, or the metric of \
        the same name; other columns are listed and left out. Commas, semicolons or tabs \
        separate the values; decimal commas, thousands separators, % signs, comment lines \
        before the header and totals rows are handled. An .xlsx workbook is read from its \
        first sheet, or from --sheet. Every row is checked first; if any is wrong, nothing \
        is logged and each bad row is named. --week or --date gives the week of a file \
        that has no week or date column.
        """)

    @Argument(
      help: "The CSV file or Excel workbook (.xlsx).",
      completion: .file(extensions: ["csv", "tsv", "txt", "xlsx"]))
    var file: String

    @Option(
      name: .customLong("map"),
      help: ArgumentHelp(
        "Read a column as a metric, e.g. --map 'Sessions=visits'; repeatable.",
        valueName: "COLUMN=METRIC"))
    var maps: [String] = []

    @Option(help: "The channel of every value in the file.", completion: .plan(.channels))
    var channel: String?

    @Option(help: "The sheet of a workbook to read (default: the first).")
    var sheet: String?

    @Flag(help: "Show what would be logged, per metric and week, and log nothing.")
    var dryRun = false

    @Flag(help: againHelp)
    var again = false

    @Flag(help: ForceHelp.importFile)
    var force = false

    @OptionGroup var entryOptions: EntryOptions

    /// `--week`/`--date` name the week of a file without one; for a file with a week or
    /// date column they would be silently ignored, so they are a usage error.
    func validate() throws {
      try refuseEmpty(file, .emptyFile(.importFile))
      if let channel { try refuseEmpty(channel, "--channel") }
      guard entryOptions.weekGiven, let data = FileManager.default.contents(atPath: file),
        let column = try? ImportFile.grid([UInt8](data), file: file, sheet: sheet).weekColumn
      else { return }
      throw usageError(UsageProblem.weekForDatedFile(file: file, column: column))
    }

    func run() throws {
      try entryOptions.planOptions.withWorkspace { workspace in
        guard let data = FileManager.default.contents(atPath: file) else {
          throw DiagnosticsError(Diagnostic(file: file, ImportFileProblem.unreadable))
        }
        let grid = try ImportFile.grid([UInt8](data), file: file, sheet: sheet)
        let options = ImportOptions(
          maps: maps, channel: channel,
          fallbackWeek: entryOptions.weekGiven ? entryOptions.entryWeek(workspace) : nil)
        let rows = try grid.rows(metrics: workspace.plan.metrics, options: options)
        let language = workspace.language
        if !rows.ignored.isEmpty { print(ImportSummary.ignored(rows.ignored, language: language)) }
        let entries = try Capture.record(
          rows.drafts, in: workspace,
          recording: entryOptions.recording(workspace, force: force, again: again),
          problems: rows.problems, partial: rows.partial, dryRun: dryRun)
        if dryRun {
          print(
            ImportSummary.table(entries, plan: workspace.plan, language: language), terminator: "")
          print(ImportSummary.dryRun(count: entries.count, language: language))
        } else {
          for entry in entries { print(EntrySummary.logged(entry, language: language)) }
          print(ImportSummary.logged(count: entries.count, file: file, language: language))
        }
        for notice in EntrySummary.breakNotices(entries, plan: workspace.plan, language: language) {
          print(notice)
        }
      }
    }
  }
}
