import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout check`: validates the plan (and the journal).
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate the plan and the journal; print every problem with its line.")

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
      try reporting {
        let workspace = try planOptions.workspace()
        let phases = workspace.plan.phases.count
        print("\(workspace.planPath): the plan is valid (\(phases) phase\(phases == 1 ? "" : "s"))")
      }
    }
  }
}
