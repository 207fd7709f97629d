import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout check`: validates the plan (and the journal).
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Validate the plan and the journal; print every problem with its line.")

    @OptionGroup var planOptions: PlanOptions

    @Flag(help: "Move a cut-short last journal line to <journal>.rejected, keeping every byte.")
    var repair = false

    func run() throws {
      try planOptions.withWorkspace { workspace in
        let l = workspace.language
        print(
          "\(workspace.planPath): " + CheckReport.planValid(phases: workspace.plan.phases.count, l))
        let journal = try JournalCheck.run(
          path: workspace.journalPath, plan: workspace.plan, repair: repair)
        if let moved = journal.repaired {
          print(
            "\(workspace.journalPath): "
              + CheckReport.moved(
                line: moved.line, bytes: moved.bytes, to: moved.rejectedPath, batch: moved.batch,
                l))
        }
        guard journal.diagnostics.isEmpty else { throw DiagnosticsError(journal.diagnostics) }
        print(
          "\(workspace.journalPath): " + CheckReport.journalValid(entries: journal.entryCount, l))
      }
    }
  }
}
