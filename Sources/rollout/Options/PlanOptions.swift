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

  /// Finds and loads the plan and runs `body` with it: the one way into a command's work.
  /// The problems of either are printed and the command exits 1 (`reporting`).
  func withWorkspace<T>(_ body: (Workspace) throws -> T) throws -> T {
    try reporting { try body(Workspace.open(planOption: plan)) }
  }
}
