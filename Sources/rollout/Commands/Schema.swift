import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout schema`: prints the plan's JSON Schema for editors.
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Print the plan's JSON Schema, for editors that complete and check YAML.",
      discussion: """
        Save it beside your plan (rollout init does) and put this line at the top of the \
        plan: \(PlanSchema.editorHint) . Editors with a YAML language server (VS Code's \
        YAML extension, for one) then complete the plan's keys and flag mistakes as you \
        type. Only 'rollout check' sees everything, such as an id used twice.
        """)

    func run() {
      print(PlanSchema.text, terminator: "")
    }
  }
}
