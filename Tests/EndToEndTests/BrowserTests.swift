import Foundation
import RolloutKit
import Testing

/// docs/reports.md `--format html`, in a real browser: the HTML report of every shipped example
/// plan printed to PDF by headless Chromium, its text read back with pdftotext (verdict,
/// titles, values, page footers) and its pages rendered to check that none is blank.
/// `ROLLOUT_BROWSER_PNG=folder` keeps a PNG of every page there, to look at.
@Suite(
  .enabled(
    if: Browser.shouldRun,
    "SKIPPED: chromium or poppler-utils is not installed, so the HTML reports were not printed to PDF; install the Debian packages chromium and poppler-utils (.ci/run does)"
  ))
struct BrowserTests {
  static let cases: [(plan: String, lang: String)] = [
    ("verkkostrategia", "fi"), ("verkkostrategia", "en"), ("verkkostrategia", "nl"),
    ("medewerkersstem", "nl"), ("multichannel-service", "en"),
  ]

  static func pageFooter(_ lang: String, _ page: Int, of pages: Int) -> String {
    switch lang {
    case "fi": return "Sivu \(page)/\(pages)"
    case "nl": return "Pagina \(page) van \(pages)"
    default: return "Page \(page) of \(pages)"
    }
  }

  /// The report's data, for what the PDF must show.
  static func model(_ arguments: [String]) throws -> Report {
    let json = try runRollout(arguments + ["--format", "json"])
    return try JSONDecoder().decode(Report.self, from: Data(json.stdout.utf8))
  }

  /// Markdown escapes off, spaces collapsed: the text as a reader sees it.
  static func plain(_ s: String) -> String {
    Browser.squeeze(s.replacingOccurrences(of: "\\", with: ""))
  }

  @Test(arguments: cases)
  func theHTMLReportPrintsToCleanA4Pages(plan: String, lang: String) throws {
    let dir = try makeScratchFolder("browser-\(plan)-\(lang)")
    let html = dir.appendingPathComponent("report.html")
    let pdf = dir.appendingPathComponent("report.pdf")
    let arguments = [
      "report", "--plan", packageRoot.appendingPathComponent("Plans/\(plan).yaml").path,
      "--lang", lang,
    ]
    let written = try runRollout(arguments + ["--format", "html", "--out", html.path])
    #expect(written.status == 0, "\(written.stderr)")
    let report = try Self.model(arguments)
    try Browser.printToPDF(html, pdf, in: dir)

    let text = try Browser.text(pdf, in: dir)
    var shown: [String] = [report.verdict.word, report.plan, report.phase.title, report.weekLabel]
    shown += report.qualitative.map(\.title) + report.quantitative.map(\.title)
    for goal in report.quantitative where goal.hasValue { shown += [goal.value, goal.target] }
    shown += report.due.map(\.text)
    for expected in shown {
      #expect(text.contains(Self.plain(expected)), "the PDF does not show '\(expected)'")
    }

    let pages = try Browser.pageCount(pdf, in: dir)
    #expect(pages >= 1)
    for page in 1...max(1, pages) {
      let pageText = try Browser.text(pdf, page: page, in: dir)
      #expect(
        pageText.contains(Self.pageFooter(lang, page, of: pages)),
        "page \(page): \(pageText.suffix(120))")
      #expect(pageText.contains(Self.plain(report.plan)), "page \(page) has no plan in its footer")
    }
    let ink = try Browser.inkPerPage(pdf, in: dir)
    #expect(ink.count == pages)
    for (i, share) in ink.enumerated() {
      #expect(share > 0.003, "page \(i + 1) of \(plan) (\(lang)) is blank")
    }
    if let keep = ProcessInfo.processInfo.environment["ROLLOUT_BROWSER_PNG"], !keep.isEmpty {
      try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
      try Browser.pngs(pdf, to: URL(fileURLWithPath: keep), name: "\(plan).\(lang)")
    }
  }

  /// Every chart of the shipped Finnish example lies whole on one page: its legend (at its
  /// top) and its caption (under it) are on the same page.
  @Test func noChartIsSplitAcrossPages() throws {
    let dir = try makeScratchFolder("browser-charts")
    let html = dir.appendingPathComponent("report.html")
    let pdf = dir.appendingPathComponent("report.pdf")
    let plan = packageRoot.appendingPathComponent("Plans/verkkostrategia.yaml").path
    let written = try runRollout(["report", "--plan", plan, "--format", "html", "--out", html.path])
    #expect(written.status == 0)
    try Browser.printToPDF(html, pdf, in: dir)
    let charts = try Self.model(["report", "--plan", plan]).quantitative.filter(\.hasChart).count
    var legends = 0
    for page in 1...(try Browser.pageCount(pdf, in: dir)) {
      let text = try Browser.text(pdf, page: page, in: dir)
      let here = text.components(separatedBy: "Viikon arvo").count - 1
      legends += here
      #expect(text.components(separatedBy: "Viikoittain, vko").count - 1 == here, "page \(page)")
    }
    #expect(legends == charts)
  }
}
