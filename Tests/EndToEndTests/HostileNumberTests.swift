import Foundation
import Testing

/// Any number a user can log formats everywhere, and a weekly value beyond the largest
/// number is an error that names the metric and its weeks, never a verdict.
@Suite struct HostileNumberTests {
  static let huge: [String] = [
    "1e17", "-1e17", "123456789012345678", "1.7976931348623157e308",
    "-1.7976931348623157e308", "5e-324", "-0.004", "999999999999999.9",
  ]

  /// The journal test plan with `response_time_h` combined by `combine`.
  func workspace(combine: String? = nil, _ name: String = #function) throws -> URL {
    let (folder, _) = try EndToEndTests.workspace(name)
    guard let combine else { return folder }
    let plan = folder.appendingPathComponent("Plans/plan.yaml")
    let text = try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(
      of: "    better: lower\n", with: "    better: lower\n    combine: \(combine)\n")
    try Data(text.utf8).write(to: plan)
    return folder
  }

  @Test(arguments: huge)
  func everyOutputFormatsAHugeValue(_ value: String) throws {
    let folder = try workspace()
    for (week, v) in [("2026-W46", value), ("2026-W47", "-" + value), ("2026-W48", value)] {
      let v = v.hasPrefix("--") ? String(v.dropFirst(2)) : v
      let logged = try runRollout(
        ["metric", "response_time_h", v, "--week", week, "--again"], in: folder)
      #expect(logged.status == 0, "\(logged.stderr)")
    }
    for arguments in [
      ["status"], ["status", "--json"], ["due"], ["log"], ["log", "--json"], ["report"],
      ["report", "--lang", "fi"], ["report", "--lang", "nl"], ["report", "--format", "json"],
    ] {
      let run = try runRollout(arguments, in: folder)
      #expect(run.status == 0, "\(arguments) \(value): \(run.stderr)")
      #expect(!run.stdout.contains("inf") && !run.stdout.contains("nan"), "\(arguments)")
    }
  }

  @Test func aWeeklySumBeyondTheLargestNumberIsAnErrorNamingTheMetricAndWeek() throws {
    let folder = try workspace(combine: "sum")
    for _ in 0..<2 {
      let run = try runRollout(["metric", "response_time_h", "1e308", "--again"], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
    }
    for arguments in [["status"], ["status", "--json"], ["due"], ["report"]] {
      let run = try runRollout(arguments, in: folder)
      #expect(run.status == 1, "\(arguments): \(run.stdout)")
      #expect(
        run.stderr.contains(
          "error: the values of 'response_time_h' logged for 2026-W48 add up to more than "
            + "the largest number"), "\(arguments): \(run.stderr)")
      #expect(!run.stdout.contains("met"), "\(arguments)")
    }
  }

  @Test func aWeeklyMeanOfHugeValuesIsTheirMeanNotAnOverflow() throws {
    let folder = try workspace(combine: "mean")
    for _ in 0..<2 {
      let run = try runRollout(["metric", "response_time_h", "1e308", "--again"], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let status = try runRollout(["status", "--json"], in: folder)
    #expect(status.status == 0, "\(status.stderr)")
    #expect(status.stdout.contains("\"value\": 1e+308"), "\(status.stdout)")
  }
}
