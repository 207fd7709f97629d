import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout init`: writes a starter plan.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a starter plan to edit.",
      discussion: """
        The plan starts this week; edit its phases and goals, then run 'rollout check'. \
        Starter plans: \(StarterPlan.names.joined(separator: ", ")).
        """)

    @Argument(help: "Where to write the plan.", completion: .file(extensions: ["yaml", "yml"]))
    var path: String = "Plans/plan.yaml"

    @Option(
      help: "The starter plan to use (basic, basic-fi, basic-nl).",
      completion: .list(StarterPlan.names))
    var template: String = "basic"

    @Flag(help: "Replace an existing file.")
    var force = false

    func validate() throws {
      try refuseEmpty(path, .emptyFile(.plan))
      guard StarterPlan.names.contains(template) else {
        throw usageError(
          UsageProblem.unknownStarter(
            template, suggestion: closest(to: template, among: StarterPlan.names),
            names: StarterPlan.names))
      }
    }

    func run() throws {
      try reporting {
        let today = try Today.resolve(environment: ProcessInfo.processInfo.environment)
        try StarterPlan.write(named: template, to: path, today: today, force: force)
        print("Wrote \(path) from the '\(template)' starter plan.")
        print("Wrote \(StarterPlan.schemaPath(besidePlan: path)) for editors that check YAML.")
        print("Next: edit it, then run 'rollout check --plan \(path)'.")
      }
    }
  }
}
