import Foundation
import Testing

@testable import RolloutKit

/// docs/reports.md with §4 "Looking ahead" and "Breaks": the forecast beside each value, the
/// forecast pass in the verdict line, the breaks listed and marked in the charts — on the
/// fixture in `Tests/Fixtures/ahead/`, compared with committed snapshots.
@Suite struct ReportOutlookTests {
  static let fixture = ReportSnapshotTests.testsFolder
    .appendingPathComponent("Fixtures/ahead/ahead.yaml").path

  static func render(week: String, language: Language, format: ReportFormat = .markdown)
    throws -> String
  {
    try ReportSnapshotTests.render(
      week: week, language: language, format: format, fixture: fixture)
  }

  /// 2027-W02: just after the Christmas break; one goal forecast, one moving away.
  @Test(arguments: Language.allCases)
  func afterTheBreak(language: Language) throws {
    try ReportSnapshotTests.assertSnapshot(
      Self.render(week: "2027-W02", language: language),
      named: "ahead-w2027-02.\(language.rawValue).md")
  }

  /// 2026-W53: inside the break; every required goal forecast, so the phase is too.
  @Test(arguments: Language.allCases)
  func insideTheBreak(language: Language) throws {
    try ReportSnapshotTests.assertSnapshot(
      Self.render(week: "2026-W53", language: language),
      named: "ahead-w53.\(language.rawValue).md")
  }

  @Test func theReportSaysWhatTheEngineForecasts() throws {
    let text = try Self.render(week: "2026-W53", language: .en)
    #expect(
      text.contains(
        "**Gate: NOT YET** — 1 of 3 required goals met · at this pace passes in W3/2027"))
    #expect(
      text.contains(
        "| 27\u{A0}h | ≤ 24\u{A0}h | latest week | not met | 81% | at this pace met in W2/2027 |"))
    #expect(text.contains("needs the next 2 weeks on target · at this pace met in W3/2027"))
    #expect(text.contains("- W52 – W1/2027: Christmas and New Year, holiday rota"))
    #expect(
      text.contains(
        "W53 is a break (Christmas and New Year, holiday rota): no metric values are due this week")
    )
    #expect(!text.contains("Move to the new ticket system"))  // after the phase's weeks
  }

  @Test func breakWeeksAreMarkedInTheTrendAndTheChart() throws {
    let text = try Self.render(week: "2027-W02", language: .en)
    // The target (24 h) is part of the scale: the last value, 27 h, stays above the bottom.
    #expect(text.contains("Trend W45/2026 – W2: █▇▅▄▄▃▂‖‖‖▂"))
    #expect(text.contains("\"‖ W2\""))
    #expect(!text.contains("99"))  // the value logged in the break week does not count
  }
}
