import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout retract`: withdraws an earlier entry.
  struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Withdraw an entry; it is ignored from then on (the journal keeps it).")

    @Argument(help: "The id of the entry to withdraw (see 'rollout log').")
    var id: String

    @Option(help: "Why it is withdrawn.")
    var text: String

    @OptionGroup var entryOptions: EntryOptions
    @OptionGroup var planOptions: PlanOptions

    func validate() throws { try requireText(text) }

    func run() throws {
      try entryOptions.logOne(.retract(Retraction(target: id, text: text)), plan: planOptions)
    }
  }
}
