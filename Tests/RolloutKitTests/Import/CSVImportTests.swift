import Testing

@testable import RolloutKit

/// SPEC §5 `import`: spreadsheet exports as they come, all rows or none.
@Suite struct CSVImportTests {
  func drafts(_ text: String, bom: Bool = false, fallback: ISOWeek? = nil)
    -> Result<[EntryDraft], DiagnosticsError>
  {
    CSVImport.drafts(
      (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), file: "in.csv", fallbackWeek: fallback)
  }

  func metric(_ d: EntryDraft) -> MetricValue? {
    if case .metric(let m) = d.body { return m }
    return nil
  }

  @Test func finnishExcelExportReads() throws {
    let text =
      "Week;Metric;Value;Channel\r\n"
      + "2026-W47;response_time_h;18,5;chat\r\n2026-W48;csat;4,25;\r\n"
    let rows = try drafts(text, bom: true).get()
    #expect(rows.map(\.week) == [w48 - 1, w48])
    #expect(rows.map { metric($0)?.value } == [18.5, 4.25])
    #expect(rows.map { metric($0)?.channel } == ["chat", nil])
    #expect(rows.map(\.line) == [2, 3])
  }

  @Test(arguments: [",", "\t", ";"])
  func delimiterIsFoundFromTheHeader(delimiter: String) throws {
    let text =
      ["date", "metric", "value", "text"].joined(separator: delimiter) + "\n"
      + ["2026-11-25", "csat", "4", "\"quoted, with delimiter; and tab\""].joined(
        separator: delimiter) + "\n"
    let rows = try drafts(text).get()
    #expect(rows.count == 1)
    #expect(rows.first?.week == w48)
    #expect(metric(rows[0])?.text == "quoted, with delimiter; and tab")
  }

  @Test func everyBadRowIsNamedWithItsLine() {
    let text = """
      week,metric,value
      2026-W48,csat,4
      2026-W99,csat,4

      2026-W48,,abc
      "2026-W48","csat","multi
      line"
      2026-W48,csat,nan
      2026-W48,csat,3,extra

      """
    guard case .failure(let error) = drafts(text) else {
      Issue.record("bad rows were accepted")
      return
    }
    #expect(error.diagnostics.map(\.line) == [3, 5, 5, 6, 8, 9])
    #expect(error.diagnostics.allSatisfy { $0.file == "in.csv" })
    #expect(error.diagnostics[0].message.contains("'2026-W99' is not an ISO week"))
    #expect(error.diagnostics[5].message.contains("more values than the header"))
  }

  @Test(arguments: [
    ("metric,value\ncsat,4\n", "no 'week' or 'date'"),
    ("week,metric,valeu\n2026-W48,csat,4\n", "did you mean 'value'?"),
    ("week,date,metric,value\n", "both 'week' and 'date'"),
    ("week,metric,value\n", "no rows"),
    ("", "empty"),
  ])
  func headerProblemsAreReported(text: String, fragment: String) {
    guard case .failure(let error) = drafts(text) else {
      Issue.record("accepted: \(text)")
      return
    }
    let all = error.diagnostics.map { $0.message + " " + ($0.suggestion ?? "") }.joined()
    #expect(all.contains(fragment), "\(all)")
  }

  @Test func aFallbackWeekServesFilesWithoutAWeekColumn() throws {
    let rows = try drafts("metric,value\ncsat,4\n", fallback: w48).get()
    #expect(rows.first?.week == w48)
  }
}
