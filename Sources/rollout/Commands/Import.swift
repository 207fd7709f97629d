import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout import`: metric values in bulk from a CSV export.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Log metric values in bulk from a CSV file; all rows or none.",
      discussion: """
        The first row names the columns: week (2026-W48) or date (2026-11-25), metric, value, \
        and optionally channel and text. Commas, semicolons or tabs separate the values \
        (Excel's Finnish and Dutch exports work as they are, decimal commas included). \
        Every row is checked first; if any is wrong, nothing is logged and each bad row is \
        named with its line.
        """)

    @Argument(help: "The CSV file.")
    var file: String

    @Flag(help: "Show what would be logged, and log nothing.")
    var dryRun = false

    @OptionGroup var entryOptions: EntryOptions
    @OptionGroup var planOptions: PlanOptions

    func validate() throws {
      try refuseEmpty(file, "The CSV file's name")
    }

    func run() throws {
      try reporting {
        let workspace = try planOptions.workspace()
        guard let data = FileManager.default.contents(atPath: file) else {
          throw DiagnosticsError(
            Diagnostic(
              file: file, message: "the CSV file cannot be read", suggestion: "check the path"))
        }
        let fallback = entryOptions.weekGiven ? entryOptions.entryWeek(workspace) : nil
        let drafts = try CSVImport.drafts([UInt8](data), file: file, fallbackWeek: fallback).get()
        let entries = try Capture.record(
          drafts, in: workspace, recording: entryOptions.recording(workspace), dryRun: dryRun)
        for entry in entries {
          print((dryRun ? "would log  " : "") + EntrySummary.logged(entry))
        }
        print(
          dryRun
            ? "\(entries.count) rows are valid; nothing was logged (--dry-run)."
            : "\(entries.count) metric values logged from \(file).")
      }
    }
  }
}
