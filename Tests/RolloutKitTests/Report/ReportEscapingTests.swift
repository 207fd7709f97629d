import Testing

@testable import RolloutKit

/// Hostile user text in every place the report shows it: tables keep their columns, no
/// HTML gets through, Mermaid blocks stay intact (docs/reports.md).
struct ReportEscapingTests {
  static let hostile = [
    "pipe | in | text",
    "two\nlines\r\nand\u{2028}more",
    "<script>alert('x')</script>",
    "`tick` and ```fence```",
    "quote\"] --> B[\"boom",
    "%%{init: {'theme':'dark'}}%%\nline [1, 2]",
    "Hyvä, Ölkki, één 😀",
    "# heading\n> quote\n- list",
    "trailing backslash \\",
  ]

  static func hostileReport(_ text: String, language: Language, format: ReportFormat = .markdown)
    throws -> String
  {
    var plan = ReportFixture.plan(language: language)
    plan.title = text
    plan.owner = text
    plan.objectives[0].title = text
    plan.metrics[0].title = text
    plan.metrics[0].unit = text
    plan.phases[1].title = text
    plan.phases[1].summary = text
    plan.phases[1].goals[0].title = text
    plan.phases[1].goals[0].description = text
    plan.phases[1].goals[2].title = text
    var entries = ReportFixture.entries(noteText: text)
    entries = entries.map { e in
      var e = e
      e.author = text
      if case .decide(var d) = e.body {
        d.text = text
        e.body = .decide(d)
      }
      if case .note(var n) = e.body {
        n.tags = n.tags.map { _ in text }
        n.channel = n.channel.map { _ in text }
        e.body = .note(n)
      }
      return e
    }
    var evaluation = ReportFixture.evaluation(plan: plan, entries: entries)
    evaluation.phases[1].decisions = entries.filter { $0.kind == .decide }
    evaluation.phases[1].goals[0].latestAssessment?.author = text
    return try ReportFixture.render(
      evaluation, entries: entries, language: language, format: format)
  }

  @Test(arguments: hostile)
  func tablesKeepTheirColumns(text: String) throws {
    for language in Language.allCases {
      let report = try Self.hostileReport(text, language: language)
      var columns: Int?
      for line in report.split(separator: "\n", omittingEmptySubsequences: false) {
        guard line.hasPrefix("|") else {
          columns = nil
          continue
        }
        let n = tableColumns(String(line))
        if let columns {
          #expect(n == columns, "\(line)")
        } else {
          columns = n
        }
      }
    }
  }

  @Test(arguments: hostile)
  func noHTMLAndNoStrayBlocks(text: String) throws {
    let report = try Self.hostileReport(text, language: .en)
    #expect(!report.contains("<script"))
    #expect(!report.contains("</script"))
    for line in report.split(separator: "\n") {
      #expect(!line.hasPrefix("# heading"), "user text became a heading")
      #expect(!line.hasPrefix("- list"), "user text became a list item")
    }
  }

  @Test(arguments: hostile)
  func mermaidBlocksStayIntact(text: String) throws {
    let report = try Self.hostileReport(text, language: .en)
    let fences = report.split(separator: "\n").filter { $0.hasPrefix("```") }
    #expect(fences.count % 2 == 0)
    var inChart = false
    for line in report.split(separator: "\n") {
      if line == "```mermaid" {
        inChart = true
        continue
      }
      if line == "```" {
        inChart = false
        continue
      }
      guard inChart else { continue }
      let allowed = ["xychart-beta", "  title \"", "  x-axis [", "  y-axis \"", "  line ["]
      #expect(allowed.contains { line.hasPrefix($0) }, "unexpected chart line: \(line)")
      if line.hasPrefix("  title \"") || line.hasPrefix("  y-axis \"") {
        #expect(line.filter { $0 == "\"" }.count == 2, "\(line)")
      }
    }
  }
}
