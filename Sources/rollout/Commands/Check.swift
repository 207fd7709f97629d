import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout check`: validates the plan (and the journal).
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate the plan and the journal; print every problem with its line.")

    @OptionGroup var planOptions: PlanOptions

    @Flag(help: "Move a cut-short last journal line to <journal>.rejected, keeping every byte.")
    var repair = false

    func run() throws {
      try reporting {
        let workspace = try planOptions.workspace()
        print("\(workspace.planPath): the plan is valid (\(workspace.plan.phases.count) phases)")
        let journal = try JournalCheck.run(
          path: workspace.journalPath, plan: workspace.plan, repair: repair)
        if let moved = journal.repaired {
          print(
            "\(workspace.journalPath): moved the damaged line \(moved.line) (\(moved.bytes) bytes) "
              + "to \(moved.rejectedPath)")
        }
        guard journal.diagnostics.isEmpty else { throw DiagnosticsError(journal.diagnostics) }
        print("\(workspace.journalPath): the journal is valid (\(journal.entryCount) entries)")
      }
    }
  }
}
