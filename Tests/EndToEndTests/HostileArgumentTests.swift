import Foundation
import Testing

/// Whatever is typed on the command line, every command answers with a clear message
/// and exit 1 (data) or 64 (usage), or does the job; never a crash.
@Suite struct HostileArgumentTests {
  /// A scratch folder with the journal tests' plan, `plan.yaml` (pilot open from 2026-W45).
  func workspace(_ name: String = #function) throws -> URL {
    let folder = try makeScratchFolder(name)
    try FileManager.default.copyItem(
      at: fixture("journal/plan.yaml"), to: folder.appendingPathComponent("plan.yaml"))
    return folder
  }

  @Test(arguments: [
    // Weeks and dates at the ends of the calendar (9999-W52 + 1 week once crashed).
    (["status", "--week", "9999-W52", "--force"], 0, ""),
    (["status", "--as-of", "9999-12-31", "--force"], 0, ""),
    (["status", "--week", "9999-W52"], 1, "error: 9999-W52 is after this week (2026-W48)"),
    (["status", "--week", "0001-W01"], 0, ""),
    (["due", "--week", "9999-W52", "--force"], 0, ""),
    (["report", "--week", "9999-W52", "--force"], 0, ""),
    (["note", "x", "--week", "9999-W52"], 1, "error: 9999-W52 is after this week (2026-W48)"),
    (["note", "x", "--date", "9999-12-31"], 1, "error: 9999-W52 is after this week (2026-W48)"),
    (
      ["note", "x", "--week", "9999-W99"], 64,
      "Error: '9999-W99' is not a week: 9999 has 52 weeks, so there is no week 99. Write a week like 2026-W47, W47 or 47 (this year), 47/2026 or wk 47 2026."
    ),
    (
      ["note", "x", "--date", "0000-00-00"], 64,
      "Error: '0000-00-00' is not a day in the calendar. Write a date like 2026-11-20, 20.11.2026 or 20-11-2026."
    ),
    (
      ["status", "--week", ""], 64,
      "Error: '' is not a week. Write a week like 2026-W47, W47 or 47 (this year), 47/2026 or wk 47 2026."
    ),
    (
      ["log", "--since", "9999-W99"], 64,
      "Error: '9999-W99' is not a week: 9999 has 52 weeks, so there is no week 99. Write a week like 2026-W47, W47 or 47 (this year), 47/2026 or wk 47 2026."
    ),
    // Numbers a metric cannot be.
    (["metric", "csat", "1e400"], 1, "error: '1e400' is not a number rollout can use"),
    (["metric", "csat", "nan"], 1, "error: 'nan' is not a number rollout can use"),
    (["metric", "csat", "-inf"], 1, "error: '-inf' is not a number rollout can use"),
    (["metric", "csat", ""], 1, "error: the value is empty"),
    // A negative value is the value, not an unknown option (it was a usage error).
    (["metric", "csat", "-0"], 0, ""),
    (["metric", "csat", "-5,5", "--channel", "chat"], 0, ""),
    (
      ["metric", "csat"], 64,
      "Error: The value is missing. Give a number after the metric's name, such as 18.5."
    ),
    (["metric", "csat", "4", "5"], 64, "Error: Give one value, not 2: 4 5"),
    (["metric", "csat", "4", "--bogus"], 64, "Error: Unknown option '--bogus'."),
    // Empty strings.
    (["note", ""], 1, "error: the note is empty\n"),
    (["note", "x", "--phase", ""], 1, "error: the plan has no phase ''"),
    (["note", "x", "--tag", ""], 64, "Error: --tag is empty."),
    (["note", "x", "--channel", " "], 64, "Error: --channel is empty."),
    (["metric", "csat", "4", "--channel", ""], 64, "Error: --channel is empty."),
    (["metric", "", "4"], 1, "error: the plan has no metric ''"),
    (["assess", "personas", "met", "--text", ""], 64, "Error: --text is empty."),
    (["decide", "", "go", "--text", "x"], 1, "error: the plan has no phase ''"),
    (["retract", "", "--text", "x"], 1, "error: there is no entry '' to withdraw"),
    (["report", "--out", ""], 64, "Error: --out is empty."),
    (["report", "--template", ""], 64, "Error: --template is empty."),
    (["report", "--lang", ""], 64, "Error: '' is not a report language."),
    (["import", ""], 64, "Error: The file's name is empty."),
    (["status", "--plan", ""], 64, "Error: --plan is empty."),
    (["init", ""], 64, "Error: The plan's path is empty."),
  ])
  func hostileArguments(_ arguments: [String], _ status: Int32, _ firstLine: String) throws {
    let folder = try workspace()
    let plan =
      arguments.contains("--plan") || arguments.first == "init" ? [] : ["--plan", "plan.yaml"]
    let result = try runRollout(arguments + plan, in: folder, timeout: 30)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.hasPrefix(firstLine), "\(result.stderr)")
  }

  @Test func aTenMegabyteNoteOnStandardInputIsLogged() throws {
    let folder = try workspace()
    let text = String(repeating: "ääkköset ", count: 1_000_000)  // 11 MB
    let note = try runRollout(
      ["note", "-", "--plan", "plan.yaml"], in: folder, stdin: text, timeout: 180)
    #expect(note.status == 0, "\(note.stderr.prefix(300))")
    let check = try runRollout(["check", "--plan", "plan.yaml"], in: folder, timeout: 180)
    #expect(
      check.stdout.contains("the journal is valid (1 entries)"), "\(check.stderr.prefix(300))")
  }

  @Test func aBinaryCSVIsRefusedWithoutLoggingAnything() throws {
    let folder = try workspace()
    var generator = SystemRandomNumberGenerator()
    let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    try Data([0xFF, 0xFE, 0x00] + noise).write(to: folder.appendingPathComponent("data.csv"))
    let result = try runRollout(["import", "data.csv", "--plan", "plan.yaml"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("data.csv: error: the file is not UTF-8 text"))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("plan.journal.yaml").path))
  }

  @Test(.enabled(if: scaleTestsEnabled, "a scale test: ROLLOUT_SCALE_TESTS=1"))
  func aCSVOfAHundredThousandRowsIsImportedAndReadBack() throws {
    let folder = try workspace()
    var csv = "week;metric;value\n"
    // Every value differs: the same value twice in one week is refused without --again.
    for row in 0..<100_000 { csv += "2026-W46;csat;\(row / 10),\(row % 10)\n" }
    try Data(csv.utf8).write(to: folder.appendingPathComponent("data.csv"))
    let result = try runRollout(
      ["import", "data.csv", "--plan", "plan.yaml"], in: folder, timeout: 300)
    #expect(result.status == 0, "\(result.stderr.prefix(300))")
    #expect(result.stdout.hasSuffix("100000 metric values logged from data.csv.\n"))
    let check = try runRollout(["check", "--plan", "plan.yaml"], in: folder, timeout: 300)
    #expect(
      check.stdout.contains("the journal is valid (100000 entries)"), "\(check.stderr.prefix(300))")
  }

  @Test func aCSVWithBadNumbersNamesEveryBadRowAndLogsNothing() throws {
    let folder = try workspace()
    let csv = "week,metric,value\n2026-W46,csat,1e400\n2026-W46,csat,nan\n2026-W46,csat,-0\n"
    try Data(csv.utf8).write(to: folder.appendingPathComponent("data.csv"))
    let result = try runRollout(["import", "data.csv", "--plan", "plan.yaml"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("data.csv:2: error: '1e400' is not a number rollout can use"))
    #expect(result.stderr.contains("data.csv:3: error: 'nan' is not a number rollout can use"))
    #expect(!result.stderr.contains("data.csv:4:"), "-0 is a number: \(result.stderr)")
  }

  /// The plan's eight weeks end in 9999-W51: the last weeks a plan can reach (a plan
  /// that would end later is refused: `HostileRecordTests`).
  @Test func aPlanAtTheEndOfTheCalendarIsEvaluated() throws {
    let folder = try workspace()
    let plan = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "starts: 2026-11-02", with: "starts: 9999-11-01")
    try Data(plan.utf8).write(to: folder.appendingPathComponent("far.yaml"))
    for command in [["status"], ["due"], ["report"], ["note", "Last week of the calendar"]] {
      let result = try runRollout(
        command + ["--plan", "far.yaml"], in: folder, today: "9999-12-31", timeout: 30)
      #expect(result.status == 0, "\(command): \(result.stderr)")
    }
  }
}
