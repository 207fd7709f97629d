import Foundation
import Testing

@testable import RolloutKit

/// `--format html` (docs/reports.md): one self-contained page, user text escaped exactly once by
/// the template engine, the same sections as the Markdown report, and templates that
/// cannot turn the escaping off by mistake.
struct HTMLReportTests {
  static func html(_ language: Language = .en) throws -> String {
    try ReportFixture.render(language: language, format: .html)
  }

  @Test(arguments: ReportEscapingTests.hostile)
  func userTextIsEscapedOnceAndNeverBecomesMarkup(text: String) throws {
    for language in Language.allCases {
      let page = try ReportEscapingTests.hostileReport(text, language: language, format: .html)
      #expect(!page.contains("<script"))
      #expect(
        !page.contains("&amp;lt;") && !page.contains("&amp;quot;") && !page.contains("&amp;amp;"))
      #expect(!page.contains("\\|") && !page.contains("\\`"), "Markdown escapes leaked into HTML")
      if text.hasPrefix("<script>") {
        #expect(page.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
      }
      // The footer of the printed pages is one CSS string, whatever the plan's title.
      let footer = page.split(separator: "\n").first { $0.contains("@bottom-left") } ?? ""
      #expect(footer.filter { $0 == "\"" }.count == 2, "\(footer)")
    }
  }

  @Test(arguments: Language.allCases)
  func thePageIsSelfContained(language: Language) throws {
    let page = try Self.html(language)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
    for outside in ["<link", "<script", "src=", "@import", "@font-face", "url(http", "url(//"] {
      #expect(!page.contains(outside), "\(outside)")
    }
    let addresses = page.components(separatedBy: "http").count - 1
    let svgNamespaces =
      page.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1
    #expect(addresses == svgNamespaces, "only the SVG namespace may name an address")
  }

  @Test func theSectionsComeInTheMarkdownReportsOrder() throws {
    let page = try Self.html(.en)
    let markdown = try ReportFixture.render(language: .en)
    let headings = [
      "Qualitative goals", "Quantitative goals", "This week", "Decisions and overrides",
      "What is missing", "Objectives served", "Next phase",
    ]
    for (a, b) in zip(headings, headings.dropFirst()) {
      for text in [page, markdown] {
        let first = try #require(text.range(of: a)).lowerBound
        let second = try #require(text.range(of: b)).lowerBound
        #expect(first < second, "\(a) before \(b)")
      }
    }
  }

  @Test func eachChartIsAnInlineSVGWithTheGoalsNumbers() throws {
    let page = try Self.html(.fi)
    #expect(page.contains("<figure class=\"figure\">\n<svg xmlns="))
    #expect(page.contains("<title id=\"chart-first-response-title\">"))
    let report = ReportBuilder.build(
      evaluation: ReportFixture.evaluation(), entries: ReportFixture.entries(), phase: "pilot",
      language: .fi, markup: .html)
    for goal in report.quantitative where goal.hasChart {
      #expect(page.contains(goal.chart?.svg ?? "-"))
    }
  }

  /// docs/gates.md breaks: a break week inside the chart, and one after the last value up to
  /// the report week, are hatched and named in the chart's description.
  @Test func breakWeeksAreHatchedInTheChart() throws {
    var plan = ReportFixture.plan(language: .fi)
    let w45 = ReportFixture.week("2026-W45")
    let w48 = ReportFixture.week("2026-W48")
    plan.breaks = [
      Break(weeks: w45...w45, reason: "Syyslomaviikko"), Break(weeks: w48...w48, reason: ""),
    ]
    let report = ReportBuilder.build(
      evaluation: ReportFixture.evaluation(plan: plan, entries: ReportFixture.entries()),
      entries: ReportFixture.entries(), phase: "pilot", language: .fi, markup: .html)
    let svg = try #require(report.quantitative.first?.chart?.svg)
    #expect(svg.components(separatedBy: "class=\"break\"").count - 1 == 2)
    #expect(svg.contains(">vko 48</text>"), "the chart runs on to the break in the report week")
    #expect(svg.contains("Tauot: vko 45 (Syyslomaviikko), vko 48."))
    #expect(svg.contains(">Tauko</text>"))
    let plain = ReportBuilder.build(
      evaluation: ReportFixture.evaluation(), entries: ReportFixture.entries(), phase: "pilot",
      language: .fi, markup: .html)
    let unbroken = try #require(plain.quantitative.first?.chart?.svg)
    #expect(unbroken.contains("class=\"break\"") == false)
  }

  @Test func theVerdictIsAWordOnAColouredBadge() throws {
    let page = try Self.html(.nl)
    #expect(page.contains("<div class=\"verdict state-"))
    #expect(page.contains("<span class=\"label\">Poort</span>"))
    #expect(page.contains(".state-passed, .state-ready { --state: var(--met); }"))
  }

  @Test func markdownReportsAndJSONCarryNoHTMLParts() throws {
    let report = ReportBuilder.build(
      evaluation: ReportFixture.evaluation(), entries: ReportFixture.entries(), phase: "pilot",
      language: .en)
    #expect(report.printFooter.isEmpty)
    #expect(report.quantitative.allSatisfy { ($0.chart?.svg ?? "").isEmpty })
  }

  @Test func aMarkdownTemplateIsRefusedForHTMLWhereItTurnsEscapingOff() throws {
    let markdown = ReportRenderer.defaultTemplate(for: .en)
    let report = ReportBuilder.build(
      evaluation: ReportFixture.evaluation(), entries: ReportFixture.entries(), phase: "pilot",
      language: .en, markup: .html)
    let error = try #require(throws: DiagnosticsError.self) {
      try ReportRenderer.html(report, template: markdown, file: "mine.mustache")
    }
    let d = try #require(error.diagnostics.first)
    #expect(d.file == "mine.mustache" && d.line == 1 && d.column == 1)
    #expect(d.message.contains("turns HTML escaping off"))
    #expect(d.suggestion?.contains("--print-template --format html") == true)
  }

  @Test func anHTMLTemplateIsRefusedForMarkdown() throws {
    let html = "<p>{{plan}}</p>\n  {{% CONTENT_TYPE: HTML}}\n"
    let report = ReportBuilder.build(
      evaluation: ReportFixture.evaluation(), entries: ReportFixture.entries(), phase: "pilot",
      language: .en)
    let error = try #require(throws: DiagnosticsError.self) {
      try ReportRenderer.markdown(report, template: html, file: "mine.mustache")
    }
    let d = try #require(error.diagnostics.first)
    #expect(d.line == 2 && d.column == 3)
    #expect(d.message.contains("looks like an HTML template"))
  }

  @Test func aUsersHTMLTemplateIsEscapedByTheEngine() throws {
    var plan = ReportFixture.plan()
    plan.title = "Q&A <b>bold</b>"
    let evaluation = ReportFixture.evaluation(plan: plan, entries: ReportFixture.entries())
    let report = ReportBuilder.build(
      evaluation: evaluation, entries: ReportFixture.entries(), phase: "pilot", language: .en,
      markup: .html)
    let page = try ReportRenderer.html(report, template: "<h1>{{plan}}</h1>", file: "t")
    #expect(page == "<h1>Q&amp;A &lt;b&gt;bold&lt;/b&gt;</h1>")
  }

  @Test func cssStringsCannotBeEnded() {
    #expect(CSSEscape.string("a\"b\\c</style>") == "a\\22 b\\5c c\\3c /style\\3e ")
    #expect(CSSEscape.string("two\nlines") == "two lines")
  }
}
