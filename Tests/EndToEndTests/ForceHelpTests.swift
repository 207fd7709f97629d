import Foundation
import Testing

/// Each writing command's `--force` says what it lets through there (docs/journal.md):
/// a value outside its range only where there are values, a locked phase only where the
/// phase's lock applies, and a repeat is `--again` everywhere.
@Suite struct ForceHelpTests {
  @Test(
    arguments: [
      ("metric", "outside the metric's 'range:'", "locked"),
      ("note", "its phase is locked", "range"),
      ("assess", "the goal's phase is locked", "channel"),
      ("decide", "comes before a later decision", "range"),
      ("retract", "the week is still to come", "locked"),
      ("import", "outside its metric's 'range:'", "locked"),
    ])
  func forceSaysWhatItForcesHere(command: String, says: String, never: String) throws {
    let help = try runRollout([command, "--help"])
    #expect(help.status == 0)
    let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("  --force ") }) else {
      Issue.record("no --force in: \(help.stdout)")
      return
    }
    // The option's help runs on until the next option.
    let rest = lines[(start + 1)...].prefix { $0.hasPrefix("                ") }
    let force = ([lines[start]] + rest).map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    #expect(force.contains(says), "\(command): \(force)")
    #expect(!force.contains(never), "\(command): \(force)")
  }
}
