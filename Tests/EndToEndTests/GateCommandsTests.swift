import Foundation
import TestSupport
import Testing

/// `rollout status` and `rollout due` through the built binary, on the fixture plans and
/// journals in `Tests/Fixtures/gates/` (docs/gates.md, §5). Expected outputs are committed
/// beside them; run with `ROLLOUT_RECORD=1` to record them again, then read the diff.
@Suite struct GateCommandsTests {
  /// A fresh copy of a fixture folder, so that a test may add to the journal.
  func scratchCopy(_ name: String, function: String = #function) throws -> URL {
    let folder = try makeScratchFolder(function)
    for file in ["\(name).yaml", "\(name).journal.yaml"] {
      try FileManager.default.copyItem(
        at: fixture("gates/\(name)/\(file)"), to: folder.appendingPathComponent(file))
    }
    return folder
  }

  /// Compares with `Tests/Fixtures/gates/<name>/expected/<file>`, or records it.
  func expectSnapshot(_ actual: String, _ name: String, _ file: String) {
    assertSnapshot(actual, at: fixture("gates/\(name)/expected/\(file)"))
  }

  @Test(
    "status --json and due on the fixtures match the committed output",
    arguments: [
      ("web", "2026-12-30", [] as [String], "w53"),
      ("web", "2026-12-30", ["--week", "2026-W49"], "w49"),
      ("web", "2026-12-30", ["--week", "2027-W02", "--force"], "w2027-02"),
      ("web", "2026-12-30", ["--as-of", "2026-12-29"], "asof-2026-12-29"),
      ("decision", "2026-04-01", [], "w14"),
      ("decision", "2026-04-01", ["--week", "2026-W11"], "w11"),
    ])
  func snapshots(_ name: String, today: String, _ options: [String], _ label: String) throws {
    let folder = try scratchCopy(name)
    for (command, ext) in [(["status", "--json"], "json"), (["status"], "txt"), (["due"], "txt")] {
      let result = try runRollout(
        command + ["--plan", "\(name).yaml"] + options, in: folder, today: today)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr == "")
      let stem = command.map { $0.replacingOccurrences(of: "--", with: "") }.joined(separator: "-")
      expectSnapshot(result.stdout, name, "\(stem)-\(label).\(ext)")
    }
  }

  @Test("status --json parses as JSON, with the documented keys in the documented order")
  func jsonShape() throws {
    let folder = try scratchCopy("web")
    let result = try runRollout(
      ["status", "--json", "--plan", "web.yaml"], in: folder, today: "2026-12-30")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["week"] as? String == "2026-W53")
    #expect(object["activePhase"] as? String == "scale")
    #expect(object["stopped"] as? Bool == false)
    let phases = try #require(object["phases"] as? [[String: Any]])
    #expect(phases.map { $0["state"] as? String } == ["passed", "passed", "active"])
    // docs/gates.md: the go that lifted the hold came in a week whose goals were all met.
    #expect(phases[1]["passedBy"] as? String == "goals")
    #expect(phases.map { $0["override"] as? Bool } == [false, false, false])
    #expect(phases[2]["passedWeek"] is NSNull, "nulls are written, not left out")

    let keys = result.stdout.split(separator: "\n").compactMap { line -> String? in
      let t = line.drop { $0 == " " }
      guard t.hasPrefix("\""), let end = t.dropFirst().firstIndex(of: "\"") else { return nil }
      return t[t.index(after: t.startIndex)..<end].description
    }
    let phaseKeys = [
      "id", "title", "state", "overdue", "plannedStart", "plannedEnd", "unlockedWeek",
      "passedWeek", "passedBy", "goals",
    ]
    #expect(Array(keys.prefix(5)) == ["plan", "week", "activePhase", "stopped", "phases"])
    #expect(Array(keys.dropFirst(5).prefix(10)) == phaseKeys)
    let quantitative = [
      "id", "kind", "required", "status", "reason", "metric", "value", "target", "weeksOfData",
      "window", "weeksMet", "progress", "previousStatus", "previousValue", "trend", "forecast",
      "forecastReason", "earliest",
    ]
    let qualitative = [
      "id", "kind", "required", "status", "reason", "evidence", "evidenceRequired",
      "previousStatus", "counterEvidence",
    ]
    #expect(Array(keys.dropFirst(15).prefix(9)) == qualitative)
    #expect(Array(keys.dropFirst(24).prefix(18)) == quantitative)
    #expect(
      Array(keys.dropFirst(42).prefix(2)) == ["override", "forecastPass"],
      "added phase keys follow the goals")
  }

  @Test("status --week W is unchanged after entries for later weeks are added")
  func pastWeekIsStable() throws {
    let folder = try scratchCopy("web")
    let journal = folder.appendingPathComponent("web.journal.yaml")
    let full = try String(contentsOf: journal, encoding: .utf8)
    // The journal as it stood: only the lines about 2026-W49 or earlier.
    let later = ["2026-W50", "2026-W51", "2026-W52", "2026-W53"]
    let early = full.split(separator: "\n").filter { line in
      !later.contains { line.contains("week: \($0)") }
    }
    try (early.joined(separator: "\n") + "\n").write(to: journal, atomically: true, encoding: .utf8)
    let args = ["--plan", "web.yaml", "--week", "2026-W49"]
    let before = try runRollout(["status", "--json"] + args, in: folder, today: "2026-12-30")
    let beforeText = try runRollout(["status"] + args, in: folder, today: "2026-12-30")

    try full.write(to: journal, atomically: true, encoding: .utf8)
    let after = try runRollout(["status", "--json"] + args, in: folder, today: "2026-12-30")
    let afterText = try runRollout(["status"] + args, in: folder, today: "2026-12-30")
    #expect(before.status == 0)
    #expect(early.count < full.split(separator: "\n").count)
    #expect(after.stdout == before.stdout)
    #expect(afterText.stdout == beforeText.stdout)
  }

  @Test("--as-of reproduces the day: a note recorded the next day is not counted yet")
  func asOfDay() throws {
    let folder = try scratchCopy("web")
    let run = { (options: [String]) in
      try runRollout(
        ["status", "--json", "--plan", "web.yaml"] + options, in: folder, today: "2026-12-31")
    }
    let thatDay = try run(["--as-of", "2026-12-29"])
    let nextDay = try run(["--as-of", "2026-12-30"])
    #expect(thatDay.stdout.contains("\"week\": \"2026-W53\""))
    #expect(thatDay.stdout.contains("\"evidence\": 0,\n          \"evidenceRequired\": 1"))
    #expect(nextDay.stdout.contains("\"evidence\": 1,\n          \"evidenceRequired\": 1"))
  }

  @Test("the text status stays within 80 columns and has no colour without a terminal")
  func textLayout() throws {
    let folder = try scratchCopy("web")
    for environment in [["NO_COLOR": "1"], ["NO_COLOR": ""]] {
      let result = try runRollout(
        ["status", "--plan", "web.yaml"], in: folder, environment: environment, today: "2026-12-30")
      #expect(!result.stdout.contains("\u{1B}"))
      for line in result.stdout.split(separator: "\n") {
        #expect(line.count <= 80, "too wide: \(line)")
      }
    }
  }

  @Test("a damaged journal stops status and due with its line and column, exit 1")
  func damagedJournal() throws {
    let folder = try scratchCopy("web")
    let journal = folder.appendingPathComponent("web.journal.yaml")
    var text = try String(contentsOf: journal, encoding: .utf8)
    text +=
      "- {id: a1000099, at: \"2026-12-30T10:00:00+02:00\", week: 2026-W53, kind: metric, metric: nope, value: 1, author: X}\n"
    try text.write(to: journal, atomically: true, encoding: .utf8)
    for command in [["status"], ["status", "--json"], ["due"]] {
      let result = try runRollout(
        command + ["--plan", "web.yaml"], in: folder, today: "2026-12-30")
      #expect(result.status == 1)
      #expect(result.stdout == "")
      #expect(result.stderr.hasPrefix("web.journal.yaml:28:"), "\(result.stderr)")
    }
  }

  @Test(
    "a bad --week or --as-of is a usage error (exit 64)",
    arguments: [
      ["--week", "2027-W53"], ["--as-of", "2026-02-30"],
      ["--week", "2026-W01", "--as-of", "2026-01-01"],
    ])
  func usageErrors(_ options: [String]) throws {
    let folder = try scratchCopy("web")
    for command in ["status", "due"] {
      let result = try runRollout([command, "--plan", "web.yaml"] + options, in: folder)
      #expect(result.status == 64, "\(result.stderr)")
    }
  }
}
