import Foundation
import TestSupport
import Testing

/// `rollout --help` and every command's `--help`, exactly, against the files in
/// `Tests/Fixtures/help/`. A command or option that changes its help text fails here:
/// re-record with `ROLLOUT_RECORD=1 swift test --filter HelpTests`, read the diff, run again.
@Suite struct HelpTests {
  /// The commands `rollout --help` lists, so that a new command gets its snapshot too.
  static func commands() throws -> [String] {
    let help = try runRollout(["--help"]).stdout
    guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [] }
    return help[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
      .prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      .compactMap { line -> String? in
        // A command's line is indented by two spaces; its wrapped abstract by more.
        guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
        return line.split(separator: " ").first.map(String.init)
      }
  }

  @Test func theToolsHelpIsAsRecorded() throws {
    let result = try runRollout(["--help"])
    #expect(result.status == 0)
    assertSnapshot(result.stdout, at: fixture("help/rollout.txt"))
  }

  @Test func everyCommandsHelpIsAsRecorded() throws {
    let commands = try Self.commands()
    #expect(commands.count >= 10, "\(commands)")
    for command in commands {
      let result = try runRollout([command, "--help"])
      #expect(result.status == 0, "\(command): \(result.stderr)")
      assertSnapshot(result.stdout, at: fixture("help/\(command).txt"))
    }
  }
}
