import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout retract`: withdraws an earlier entry.
  struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "retract",
      abstract: "Withdraw an entry; it is ignored from then on (the journal keeps it).")

    @Argument(
      help: ArgumentHelp(
        "The ids of the entries to withdraw (see 'rollout log'); several are withdrawn together"
          + " or not at all.", valueName: "id"))
    var ids: [String] = []

    @Option(help: "Why it is withdrawn (required).")
    var text: String?

    @Flag(help: ForceHelp.retract)
    var force = false

    @OptionGroup var entryOptions: EntryOptions

    func validate() throws {
      if ids.isEmpty { throw usageError(UsageProblem.missingEntryID) }
      _ = try reason()
    }

    func reason() throws -> String {
      try requireText(text, .retract, command: ["rollout", "retract"] + ids)
    }

    func run() throws {
      let text = try reason()
      try entryOptions.log(force: force) { _, week in
        // The same id twice withdraws it once.
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }.map {
          EntryDraft(week: week, body: .retract(Retraction(target: $0, text: text)))
        }
      }
    }
  }
}
