import Foundation
import Testing

/// The quality bar: rollout never crashes on any input; it answers with a diagnostic and
/// exit 1 (or accepts what is valid).
@Suite struct HostilePlanTests {
  @Test(arguments: [
    ("empty.yaml", 1, "empty.yaml:1:1: error: the plan is empty"),
    ("whitespace.yaml", 1, "whitespace.yaml:1:1: error: the plan is empty"),
    ("binary.yaml", 1, "binary.yaml:1:8: error: the file contains a NUL byte"),
    ("latin1.yaml", 1, "latin1.yaml:1:10: error: the file is not valid UTF-8 text (byte 0xE9)"),
    ("bom-crlf.yaml", 0, ""),
    ("tabs.yaml", 1, "tabs.yaml:4:1: error: this character cannot start a value here"),
    ("alias-bomb.yaml", 1, "alias-bomb.yaml:1:4: error: anchors and aliases"),
    ("deep-nesting.yaml", 1, "deep-nesting.yaml:1:70: error: the nesting is deeper than 64 levels"),
    ("numbers.yaml", 1, "numbers.yaml:8:12: error: 'weeks' must be a whole number"),
    ("duplicate-keys.yaml", 1, "duplicate-keys.yaml:2:1: error: 'plan' is given twice in the plan"),
  ])
  func hostilePlanFiles(_ name: String, _ status: Int32, _ firstLine: String) throws {
    let result = try runRollout(
      ["check", "--plan", name], in: fixture("hostile/plans"), timeout: 20)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.hasPrefix(firstLine), "\(result.stderr)")
  }

  @Test func numbersThatAreNotFiniteAreEachReported() throws {
    let result = try runRollout(["check", "--plan", "numbers.yaml"], in: fixture("hostile/plans"))
    #expect(result.stderr.contains("numbers.yaml:13:17: error: '<= 1e400' is not a target"))
    #expect(result.stderr.contains("numbers.yaml:18:17: error: '>= .nan' is not a target"))
    #expect(result.stderr.contains("numbers.yaml:19:19: error: 'baseline' must be a finite number"))
  }

  @Test func aTenMegabyteScalarIsReadWithoutTrouble() throws {
    let folder = try makeScratchFolder()
    let huge = String(repeating: "ä", count: 5_000_000)  // 10 MB of UTF-8
    let plan = """
      plan: "\(huge)"
      starts: 2026-08-31
      phases:
        - id: a
          title: A
          weeks: 2
          goals:
            - id: g
              title: G

      """
    try Data(plan.utf8).write(to: folder.appendingPathComponent("huge.yaml"))
    let result = try runRollout(["check", "--plan", "huge.yaml"], in: folder, timeout: 60)
    #expect(result.status == 0, "\(result.stderr.prefix(300))")
  }
}
