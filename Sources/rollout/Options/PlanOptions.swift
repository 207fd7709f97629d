import ArgumentParser
import RolloutKit

/// `--plan`, shared by every command.
struct PlanOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The plan file. Default: $ROLLOUT_PLAN, else the single plan in ./Plans/.",
      valueName: "path"),
    completion: .planFile)
  var plan: String?

  func validate() throws {
    try refuseEmpty(plan, "--plan")
  }

  /// Finds and loads the plan; errors are printed by `run`.
  func workspace() throws(DiagnosticsError) -> Workspace {
    try Workspace.open(planOption: plan)
  }
}
