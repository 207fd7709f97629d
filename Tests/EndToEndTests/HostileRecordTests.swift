import Foundation
import Testing

/// Records that cannot be: a journal edited by hand or merged by git may say what the
/// tool would never write. `check` names each; evaluation never takes it at its word.
@Suite struct HostileRecordTests {
  static func line(_ id: String, _ rest: String, at: String = "2026-11-25T10:02:11+02:00")
    -> String
  {
    "- {id: \(id), at: \"\(at)\", week: 2026-W48, \(rest), author: Aino}"
  }

  func workspace(_ lines: [String], _ name: String = #function) throws -> (URL, String) {
    let (folder, journal) = try EndToEndTests.workspace(name)
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(
      to: URL(fileURLWithPath: journal))
    return (folder, journal)
  }

  @Test func aGoAfterAStopInTheSameWeekIsFlaggedAndTheStopStands() throws {
    let (folder, _) = try workspace([
      Self.line("a0000001", "kind: decide, phase: pilot, decision: stop, text: \"Budget cut\""),
      Self.line("a0000002", "kind: decide, phase: pilot, decision: go, text: \"Go anyway\""),
    ])
    let check = try runRollout(["check"], in: folder)
    #expect(check.status == 1)
    #expect(
      check.stderr.contains(
        "plan.journal.yaml:2:105: error: this 'go' about 'pilot' for 2026-W48 does not count: "
          + "the phase was stopped in 2026-W48 (line 1), and a stop is final"), "\(check.stderr)")
    let status = try runRollout(["status", "--json"], in: folder)
    #expect(status.status == 0, "\(status.stderr)")
    #expect(status.stdout.contains("\"stopped\": true"), "\(status.stdout)")
    #expect(status.stdout.contains("\"state\": \"stopped\""))
    #expect(!status.stdout.contains("\"passedBy\": \"decision\""))
  }

  @Test func aGoBeforeAStopInTheSameWeekLeavesThePlanStopped() throws {
    let (folder, _) = try workspace([
      Self.line("a0000002", "kind: decide, phase: pilot, decision: go, text: \"Go\""),
      Self.line("a0000001", "kind: decide, phase: pilot, decision: stop, text: \"Stop\""),
    ])
    #expect(try runRollout(["check"], in: folder).status == 0)
    let status = try runRollout(["status", "--json"], in: folder)
    #expect(status.stdout.contains("\"stopped\": true"), "\(status.stdout)")
  }

  @Test(arguments: [
    ("2026-11-25T10:02:11+99:00", 1), ("2026-11-25T10:02:11+24:00", 1),
    ("2026-11-25T10:02:11+00:60", 1), ("2026-11-25T24:00:00+02:00", 1),
    ("2026-11-25T10:60:00+02:00", 1), ("2026-11-25T10:02:61Z", 1),
    ("2026-11-25T23:59:60-23:59", 0), ("2026-11-25T00:00:00+14:00", 0),
  ])
  func anImpossibleTimeOrOffsetIsRefused(_ at: String, _ status: Int32) throws {
    let (folder, _) = try workspace([
      Self.line("a0000001", "kind: note, phase: pilot, text: \"Hello\"", at: at)
    ])
    let check = try runRollout(["check"], in: folder)
    #expect(check.status == status, "\(at): \(check.stderr)")
    if status == 1 {
      #expect(
        check.stderr.contains("plan.journal.yaml:1:22: error: '\(at)' is not a recording time"),
        "\(check.stderr)")
    }
  }

  @Test func anEntryThatRetractsItselfIsRefused() throws {
    let (folder, _) = try workspace([
      Self.line("a0000001", "kind: note, phase: pilot, text: \"Hello\""),
      Self.line("b0000001", "kind: retract, target: b0000001, text: \"Oops\""),
    ])
    let check = try runRollout(["check"], in: folder)
    #expect(check.status == 1)
    #expect(
      check.stderr.contains(
        "plan.journal.yaml:2:90: error: the entry 'b0000001' withdraws itself"), "\(check.stderr)")
    #expect(try runRollout(["status"], in: folder).status == 1)
  }

  @Test func aScheduleThatLeavesYear9999IsAPlanError() throws {
    let folder = try makeScratchFolder()
    let plan = """
      plan: Far future
      starts: 9999-06-01
      phases:
        - id: one
          title: One
          weeks: 20
          goals: [{id: a, title: A}]
        - id: two
          title: Two
          weeks: 20
          goals: [{id: b, title: B}]
      """
    try Data(plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
    for arguments in [["check"], ["status", "--json"]] {
      let run = try runRollout(arguments + ["--plan", "plan.yaml"], in: folder)
      #expect(run.status == 1, "\(run.stdout)")
      #expect(
        run.stderr.contains(
          "plan.yaml:8:9: error: the phase 'two' would end after 9999-W52, the last week a "
            + "plan can reach"), "\(run.stderr)")
      #expect(!run.stdout.contains("10000"))
    }
  }
}
