import Foundation
import Testing

@testable import RolloutKit

/// The shell: finding the plan and its journal (`--plan`, `ROLLOUT_PLAN`, `./Plans/`),
/// today, and writing a file so that no reader sees it half-written.
@Suite struct WorkspaceTests {
  /// A fresh folder holding `files` (path → text).
  func folder(_ files: [String: String] = [:], function: String = #function) throws -> String {
    let path =
      NSTemporaryDirectory() + "rollout-workspace-\(function.prefix(30))-\(UUID().uuidString)"
    for (name, text) in files {
      let file = (path as NSString).appendingPathComponent(name)
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func locate(_ explicit: String?, _ env: [String: String], in dir: String) throws -> String {
    try PlanLocator.locate(explicit: explicit, environment: env, directory: dir)
  }

  @Test func theSinglePlanInPlansIsFoundAndJournalsAreNotPlans() throws {
    let dir = try folder([
      "Plans/web.yaml": "x", "Plans/web.journal.yaml": "", "Plans/.hidden.yaml": "",
      "Plans/notes.txt": "",
    ])
    #expect(try locate(nil, [:], in: dir) == "Plans/web.yaml")
  }

  @Test func morethanOnePlanIsAnErrorThatListsThem() throws {
    let dir = try folder(["Plans/a.yaml": "", "Plans/b.yml": ""])
    #expect {
      try locate(nil, [:], in: dir)
    } throws: { error in
      let message = (error as? DiagnosticsError)?.diagnostics.first?.message ?? ""
      return message == "more than one plan in ./Plans/: Plans/a.yaml, Plans/b.yml"
    }
  }

  @Test func noPlanAtAllSuggestsInit() throws {
    let dir = try folder()
    #expect {
      try locate(nil, [:], in: dir)
    } throws: { error in
      (error as? DiagnosticsError)?.diagnostics.first?.suggestion?.contains("rollout init") == true
    }
  }

  /// docs/languages.md: `--plan` first, then `ROLLOUT_PLAN`, then `./Plans/`.
  @Test func theOptionWinsOverTheEnvironmentWhichWinsOverPlans() throws {
    let dir = try folder(["Plans/a.yaml": "", "b.yaml": "", "c.yaml": ""])
    let b = (dir as NSString).appendingPathComponent("b.yaml")
    let c = (dir as NSString).appendingPathComponent("c.yaml")
    #expect(try locate(b, ["ROLLOUT_PLAN": c], in: dir) == b)
    #expect(try locate(nil, ["ROLLOUT_PLAN": c], in: dir) == c)
    #expect(try locate("", ["ROLLOUT_PLAN": ""], in: dir) == "Plans/a.yaml")
  }

  @Test func aMissingFileOrAFolderIsNamedWithWhereItCameFrom() throws {
    let dir = try folder(["Plans/a.yaml": ""])
    let missing = (dir as NSString).appendingPathComponent("nope.yaml")
    #expect {
      try locate(nil, ["ROLLOUT_PLAN": missing], in: dir)
    } throws: { error in
      (error as? DiagnosticsError)?.diagnostics.first?.message
        == "the plan file named by ROLLOUT_PLAN does not exist"
    }
    #expect {
      try locate((dir as NSString).appendingPathComponent("Plans"), [:], in: dir)
    } throws: { error in
      (error as? DiagnosticsError)?.diagnostics.first?.message
        == "--plan names a folder, not a plan file"
    }
  }

  /// docs/languages.md: beside the plan as `<stem>.journal.yaml`, or the plan's `journal:` key,
  /// relative to the plan.
  @Test(
    arguments: [
      ("Plans/web.yaml", nil, "Plans/web.journal.yaml"),
      ("web.YML", nil, "web.journal.yaml"),
      ("Plans/web.yaml", "log/web.yaml", "Plans/log/web.yaml"),
      ("Plans/web.yaml", "/srv/web.yaml", "/srv/web.yaml"),
      ("web.yaml", "other.yaml", "other.yaml"),
    ] as [(String, String?, String)])
  func theJournalIsBesideThePlan(_ plan: String, _ key: String?, _ journal: String) {
    #expect(PlanLocator.journalPath(planPath: plan, journalKey: key) == journal)
  }

  @Test func todayIsTheEnvironmentsDayElseTheClocks() throws {
    #expect(
      try Today.resolve(environment: ["ROLLOUT_TODAY": "2026-11-25"])
        == CalendarDate(year: 2026, month: 11, day: 25))
    let noon = Date(timeIntervalSince1970: 1_764_072_000)  // 2025-11-25T12:00:00Z
    let clock = try Today.resolve(environment: [:], now: noon)
    #expect(clock.year == 2025 && clock.month == 11 && (24...26).contains(clock.day))
    #expect(try Today.resolve(environment: ["ROLLOUT_TODAY": ""], now: noon) == clock)
  }

  @Test(arguments: ["25.11.2026x", "2026-02-30", "tomorrow"])
  func aTodayThatIsNotADateIsAnError(_ text: String) {
    #expect {
      try Today.resolve(environment: ["ROLLOUT_TODAY": text])
    } throws: { error in
      (error as? DiagnosticsError)?.diagnostics.first?.message.contains("is not a date") == true
    }
  }

  @Test func anAtomicWriteReplacesTheFileAndLeavesNothingBehind() throws {
    let dir = try folder(["report.md": "old"])
    let path = (dir as NSString).appendingPathComponent("report.md")
    try AtomicFile.write("new ä\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new ä\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.md"])
  }

  @Test func anAtomicWriteIntoAMissingFolderIsAnErrorThatSaysWhy() throws {
    let dir = try folder()
    let path = (dir as NSString).appendingPathComponent("no/such/folder/report.md")
    #expect {
      try AtomicFile.write("x", to: path)
    } throws: { error in
      let d = (error as? DiagnosticsError)?.diagnostics.first
      return d?.file == path && d?.message.hasSuffix("No such file or directory") == true
    }
  }
}
