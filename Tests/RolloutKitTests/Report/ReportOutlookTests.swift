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

/// docs/reports.md: the HTML page and the chat text say what the Markdown report says about
/// the weeks ahead and the week before — the forecast pass in the verdict, since last week,
/// the breaks and each goal's forecast — in the same order, in every language.
@Suite struct LookingAheadInEveryFormatTests {
  static func report(week: String, language: Language, markup: ReportMarkup) throws -> Report {
    let plan = try PlanLoader.load(path: ReportOutlookTests.fixture)
    let journal = PlanLocator.journalPath(
      planPath: ReportOutlookTests.fixture, journalKey: plan.journal)
    let entries = try Journal.load(path: journal, plan: plan)
    let evaluation = GateEngine.evaluate(plan: plan, entries: entries, week: ISOWeek(week)!)
    return ReportBuilder.build(
      evaluation: evaluation, entries: entries,
      phase: try ReportBuilder.phase(nil, in: evaluation), language: language, markup: markup)
  }

  /// Where `part` first occurs in `text`, failing the test when it does not.
  static func position(
    of part: String, in text: String, _ format: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String.Index {
    try #require(
      text.range(of: part)?.lowerBound, "\(format) lacks “\(part)”",
      sourceLocation: sourceLocation)
  }

  static let weeks = ["2026-W53", "2027-W02"]

  @Test(arguments: Language.allCases, weeks)
  func theHTMLPageHasTheMarkdownReportsOutlook(language: Language, week: String) throws {
    let model = try Self.report(week: week, language: language, markup: .html)
    let page = try ReportOutlookTests.render(week: week, language: language, format: .html)
    let markdown = try ReportOutlookTests.render(week: week, language: language)
    var parts: [String] = []
    if model.verdict.hasForecastPass { parts.append(model.verdict.forecastPass) }
    parts +=
      model.changes.hasChanges
      ? model.changes.items.map(\.text) : [model.changes.nothingChanged]
    parts += model.breaks.map(\.reason)
    parts += model.quantitative.filter(\.hasForecast).map(\.forecast)
    #expect(parts.count >= 4, "the fixture looks ahead at \(week)")
    for (format, text) in [("HTML", page), ("Markdown", markdown)] {
      var previous = text.startIndex
      for part in parts {
        let at = try Self.position(of: part, in: text, format)
        #expect(previous <= at, "\(format): “\(part)” is out of order")
        previous = at
      }
    }
  }

  @Test(arguments: Language.allCases, weeks)
  func theChatTextHasTheVerdictsForecastTheChangesAndEachOpenGoalsForecast(
    language: Language, week: String
  ) throws {
    let model = try Self.report(week: week, language: language, markup: .text)
    let text = ReportRenderer.text(model)
    var parts = [model.verdict.word]
    if model.verdict.hasForecastPass { parts.append(model.verdict.forecastPass) }
    parts +=
      model.changes.hasChanges
      ? model.changes.items.map(\.text) : [model.changes.nothingChanged]
    parts += model.quantitative.filter { $0.required && $0.status != "met" && $0.hasForecast }
      .map(\.forecast)
    var previous = text.startIndex
    for part in parts {
      let at = try Self.position(of: part, in: text, "text")
      #expect(previous <= at, "text: “\(part)” is out of order")
      previous = at
    }
    #expect(text.split(separator: "\n").count <= TextSummary.maxLines)
  }
}
