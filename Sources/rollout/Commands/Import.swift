import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout import`: metric values in bulk from a CSV export.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Log metric values in bulk from a CSV file; all rows or none.",
      discussion: """
        The first row names the columns: week (2026-W48) or date (2026-11-25, 25.11.2026 \
        or 25-11-2026), metric, value, and optionally channel and text; the Finnish and \
        Dutch names (viikko, päivämäärä, mittari, arvo, kanava, teksti; week, datum, \
        metriek, waarde, kanaal, tekst) work too. Commas, semicolons or tabs separate the \
        values (Excel's Finnish and Dutch exports work as they are, decimal commas \
        included). Every row is checked first; if any is wrong, nothing is logged and \
        each bad row is named with its line. --week or --date gives the week of a file \
        that has no week or date column.
        """)

    @Argument(help: "The CSV file.")
    var file: String

    @Flag(help: "Show what would be logged, and log nothing.")
    var dryRun = false

    @Flag(help: againHelp)
    var again = false

    @OptionGroup var entryOptions: EntryOptions
    @OptionGroup var planOptions: PlanOptions

    /// `--week`/`--date` name the week of a file without one; for a file with a week or
    /// date column they would be silently ignored, so they are a usage error.
    func validate() throws {
      try refuseEmpty(file, "The CSV file's name")
      guard entryOptions.weekGiven, let data = FileManager.default.contents(atPath: file),
        let column = try? CSVImport.table([UInt8](data), file: file).weekColumn
      else { return }
      throw ValidationError(
        "--week and --date are for a file without a week or date column, and \(file) "
          + "has one ('\(column)'). Leave --week/--date out, or remove the column.")
    }

    func run() throws {
      try reporting {
        let workspace = try planOptions.workspace()
        guard let data = FileManager.default.contents(atPath: file) else {
          throw DiagnosticsError(
            Diagnostic(
              file: file, message: "the CSV file cannot be read", suggestion: "check the path"))
        }
        let table = try CSVImport.table([UInt8](data), file: file)
        let fallback = entryOptions.weekGiven ? entryOptions.entryWeek(workspace) : nil
        let rows = try table.rows(fallbackWeek: fallback)
        let entries = try Capture.record(
          rows.drafts, in: workspace, recording: entryOptions.recording(workspace, again: again),
          problems: rows.problems, partial: rows.partial, dryRun: dryRun)
        for entry in entries {
          print(dryRun ? EntrySummary.wouldLog(entry) : EntrySummary.logged(entry))
        }
        let count = entries.count
        print(
          dryRun
            ? "\(count) \(count == 1 ? "row is" : "rows are") valid; "
              + "nothing was logged (--dry-run)."
            : "\(count) metric \(count == 1 ? "value" : "values") logged from \(file).")
      }
    }
  }
}
