import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout init`: writes a starter plan.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a starter plan to edit.",
      discussion: """
        The plan starts this week; edit its phases and goals, then run 'rollout check'. \
        Starter plans: \(StarterPlan.names.joined(separator: ", ")).
        """)

    @Argument(help: "Where to write the plan.", completion: .file(extensions: ["yaml", "yml"]))
    var path: String = "Plans/plan.yaml"

    @Option(
      help: ArgumentHelp(
        "The starter plan to use (basic, basic-fi, basic-nl); the default is the one in your"
          + " language (ROLLOUT_LANG or the locale).", valueName: "template"),
      completion: .list(StarterPlan.names))
    var template: String?

    /// The starter asked for, else the one in the user's language.
    var starter: String { template ?? StarterPlan.basic(for: Shell.language) }

    @Flag(help: "Replace an existing file.")
    var force = false

    func validate() throws {
      try refuseEmpty(path, .emptyFile(.plan))
      guard let template, !StarterPlan.names.contains(template) else { return }
      throw usageError(
        UsageProblem.unknownStarter(
          template, suggestion: closest(to: template, among: StarterPlan.names),
          names: StarterPlan.names))
    }

    func run() throws {
      try reporting {
        let today = try Today.resolve(environment: ProcessInfo.processInfo.environment)
        try StarterPlan.write(named: starter, to: path, today: today, force: force)
        let lines = StarterPlanProblem.written(
          path: path, starter: starter, schema: StarterPlan.schemaPath(besidePlan: path),
          in: Shell.language)
        for line in lines { print(line) }
      }
    }
  }
}
