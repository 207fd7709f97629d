import Foundation
import Testing

/// Breaks and the forecast through the built binary (docs/gates.md "Breaks" and "Looking
/// ahead", §5 `status --json`, `due`, `check`), on `Tests/Fixtures/ahead/`: a pilot that
/// runs across Christmas.
@Suite struct LookingAheadTests {
  func run(_ arguments: [String], today: String = "2027-01-13") throws -> RolloutResult {
    try runRollout(arguments + ["--plan", fixture("ahead/ahead.yaml").path], today: today)
  }

  func status(week: String) throws -> [String: Any] {
    let result = try run(["status", "--json", "--week", week])
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  func goal(_ json: [String: Any], _ id: String) throws -> [String: Any] {
    let phases = try #require(json["phases"] as? [[String: Any]])
    let goals = phases.flatMap { $0["goals"] as? [[String: Any]] ?? [] }
    return try #require(goals.first { $0["id"] as? String == id })
  }

  @Test func statusJSONCarriesTheForecastAndThePhasesForecastPass() throws {
    let json = try status(week: "2026-W53")
    let phases = try #require(json["phases"] as? [[String: Any]])
    #expect(phases[0]["forecastPass"] as? String == "2027-W03")
    #expect(phases[0]["plannedEnd"] as? String == "2027-W02")  // 8 weeks + 3 break weeks
    #expect(phases[1]["plannedStart"] as? String == "2027-W03")
    #expect(phases[1]["forecastPass"] is NSNull)
    let response = try goal(json, "first-response")
    #expect(response["forecast"] as? String == "2027-W02")
    #expect(response["forecastReason"] is NSNull)
    #expect(response["earliest"] is NSNull)
    #expect((response["trend"] as? Double).map { abs($0 + 2.178571429) < 1e-9 } == true)
    let csat = try goal(json, "csat-weeks")
    #expect(csat["earliest"] as? String == "2027-W03")
    #expect(csat["forecast"] as? String == "2027-W03")
    let tone = try goal(json, "tone")
    #expect(tone["forecast"] == nil)  // qualitative goals have no forecast keys
  }

  @Test func theForecastKeysComeLastInTheirOrder() throws {
    let result = try run(["status", "--json", "--week", "2027-W02"])
    let text = result.stdout
    let keys = ["\"progress\"", "\"trend\"", "\"forecast\"", "\"forecastReason\"", "\"earliest\""]
    let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == keys.count)
    #expect(positions == positions.sorted())
    #expect(text.contains("\"forecastReason\": \"moving away from the target\""))
    let goalsEnd = try #require(text.range(of: "\"forecastPass\""))
    #expect(text[..<goalsEnd.lowerBound].contains("\"goals\""))
  }

  @Test func dueSaysNothingIsDueForMetricsInABreakWeek() throws {
    let result = try run(["due", "--week", "2026-W52"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "Nothing is missing for 2026-W52 (2026-12-21 – 2026-12-27).\n"
        + "2026-W52 is a break (Christmas and New Year, holiday rota): no metric values are\n"
        + "due this week.\n")
    let after = try run(["due", "--week", "2027-W03"], today: "2027-01-20")
    #expect(after.stdout.contains("log a value of 'response_time_h' for this week"))
  }

  @Test func statusSaysWhenTheGoalWouldBeMet() throws {
    let result = try run(["status", "--week", "2026-W53"])
    #expect(result.stdout.contains("a break: Christmas and New Year, holiday rota"))
    #expect(result.stdout.contains("at this pace passes in 2027-W03"))
    #expect(result.stdout.contains("      at this pace met in 2027-W02\n"))
    #expect(
      result.stdout.contains(
        "      needs the next 2 weeks on target · at this pace met in 2027-W03\n"))
  }

  @Test func anEntryInABreakWeekStaysInTheLog() throws {
    let result = try run(["log", "--kind", "metric", "--since", "2026-W52", "--until", "2026-W52"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("99"))
  }

  @Test func aValueLoggedInABreakWeekIsConfirmedWithANote() throws {
    // A reviewer logged a value in the autumn holiday and believed it counted.
    let folder = try makeScratchFolder()
    let plans = folder.appendingPathComponent("Plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: fixture("ahead/ahead.yaml"), to: plans.appendingPathComponent("ahead.yaml"))
    let journal = plans.appendingPathComponent("ahead.journal.yaml").path
    let inBreak = try runRollout(
      ["metric", "response_time_h", "20", "--week", "2026-W52"], in: folder, today: "2027-01-13")
    #expect(inBreak.status == 0, "\(inBreak.stderr)")
    #expect(
      inBreak.stdout.hasSuffix(
        "\n  note: 2026-W52 is a break (Christmas and New Year, holiday rota): no goal counts a "
          + "value of that week\n"))
    let logged = contents(journal)
    #expect(!logged.isEmpty)
    let open = try runRollout(
      ["metric", "response_time_h", "20", "--week", "2026-W50"], in: folder, today: "2027-01-13")
    #expect(open.status == 0 && !open.stdout.contains("note:"))
    // An import says it once per break week, in the reader's language, dry run or not.
    let csv = folder.appendingPathComponent("weeks.csv")
    try "week;metric;value\n51/2026;csat;4\n52/2026;csat;4\n52/2026;csat;5\n1/2027;csat;4\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    let dry = try runRollout(
      ["import", csv.path, "--dry-run"], in: folder, environment: ["LANG": "fi_FI.UTF-8"],
      today: "2027-01-13")
    #expect(dry.status == 0, "\(dry.stderr)")
    let notes = dry.stdout.split(separator: "\n").filter { $0.hasPrefix("  huom: ") }
    #expect(
      notes == [
        "  huom: viikko 2026-W52 on tauko (Christmas and New Year, holiday rota): mikään "
          + "tavoite ei laske sen viikon arvoja",
        "  huom: viikko 2027-W01 on tauko (Christmas and New Year, holiday rota): mikään "
          + "tavoite ei laske sen viikon arvoja",
      ])
    #expect(contents(journal).count > logged.count)  // the second metric, not the dry run
    let dutch = try runRollout(
      ["metric", "csat", "4,5", "--week", "wk 1 2027"], in: folder,
      environment: ["LANG": "nl_NL.UTF-8"], today: "2027-01-13")
    #expect(dutch.status == 0, "\(dutch.stderr)")
    #expect(
      dutch.stdout.hasSuffix(
        "\n  let op: 2027-W01 is een pauze (Christmas and New Year, holiday rota): geen doel "
          + "telt waarden van die week mee\n"))
  }

  @Test func checkLocatesEveryBreakProblem() throws {
    let folder = try makeScratchFolder()
    let plan = """
      plan: Breaks
      starts: 2026-11-02
      breaks:
        - weeks: 2026-W52..2026-W50
          reason: Backwards
        - weeks: 2026-W51
        - {weeks: 2026-W51, reason: Twice}
        - {week: 2027-W02, reason: Typo}
      phases:
        - id: a
          title: A
          weeks: 2
          goals:
            - id: g
              title: G

      """
    try Data(plan.utf8).write(to: folder.appendingPathComponent("p.yaml"))
    let result = try runRollout(["check", "--plan", "p.yaml"], in: folder)
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(
      lines == [
        "p.yaml:4:12: error: the break '2026-W52..2026-W50' ends in 2026-W50, before it starts in 2026-W52",
        "p.yaml:6:5: error: a break is missing 'reason'",
        "p.yaml:8:5: error: a break is missing 'weeks'",
        "p.yaml:8:6: error: unknown key 'week' in a break",
      ])
    #expect(result.stderr.contains("fix: did you mean 'weeks'?"))
  }

  @Test func overlappingBreaksAreRefused() throws {
    let folder = try makeScratchFolder()
    let plan = """
      plan: Breaks
      starts: 2026-11-02
      breaks:
        - {weeks: 2026-W51..2026-W53, reason: Holidays}
        - {weeks: 2026-W53..2027-W01, reason: New Year}
      phases:
        - {id: a, title: A, weeks: 2, goals: [{id: g, title: G}]}

      """
    try Data(plan.utf8).write(to: folder.appendingPathComponent("p.yaml"))
    let result = try runRollout(["check", "--plan", "p.yaml"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "p.yaml:5:13: error: the break 2026-W53..2027-W01 overlaps the break 2026-W51..2026-W53 on line 4"
      ), "\(result.stderr)")
  }
}
