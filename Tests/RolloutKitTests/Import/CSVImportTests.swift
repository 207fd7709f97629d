import Testing

@testable import RolloutKit

/// docs/journal.md `import`: spreadsheet exports as they come, all rows or none.
@Suite struct CSVImportTests {
  func drafts(_ text: String, bom: Bool = false, fallback: ISOWeek? = nil)
    -> Result<[EntryDraft], DiagnosticsError>
  {
    let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    do {
      let rows = try CSVImport.grid(bytes, file: "in.csv")
        .rows(metrics: [], options: ImportOptions(fallbackWeek: fallback))
      return rows.problems.isEmpty
        ? .success(rows.drafts) : .failure(DiagnosticsError(rows.problems))
    } catch {
      return .failure(error)
    }
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
    #expect(error.diagnostics[0].message.contains("'2026-W99' is not a week: 2026 has 53 weeks"))
    #expect(error.diagnostics[5].message.contains("more values than the header"))
  }

  @Test(arguments: [
    ("metric,value\ncsat,4\n", "no week or date column"),
    ("week,metric,valeu\n2026-W48,csat,4\n", "did you mean 'value'?"),
    ("week,date,metric,value\n", "both a week and a date column"),
    ("week,metric,value\n", "no rows with values"),
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

/// What a new user's spreadsheet looks like: Finnish or Dutch headers and dates, quoting
/// mistakes, and every problem reported in one run.
@Suite struct CSVImportReviewTests {
  func rows(_ text: String, fallback: ISOWeek? = nil) throws -> ImportRows {
    try CSVImport.grid(Array(text.utf8), file: "in.csv")
      .rows(metrics: [], options: ImportOptions(fallbackWeek: fallback))
  }

  func failure(_ text: String) -> [Diagnostic] {
    do {
      return try rows(text).problems
    } catch let error as DiagnosticsError {
      return error.diagnostics
    } catch {
      return []
    }
  }

  @Test(arguments: [
    ("2026-11-25", "2026-11-25"), ("25.11.2026", "2026-11-25"), ("1.2.2026", "2026-02-01"),
    ("25-11-2026", "2026-11-25"), ("05-01-2026", "2026-01-05"),
  ])
  func excelDatesAreRead(text: String, iso: String) {
    #expect(ImportDates.date(text)?.description == iso)
  }

  @Test(arguments: ["2026/11/25", "11/25/2026", "32.1.2026", "25.13.2026", "25.11.26", "x", ""])
  func otherDatesAreNot(text: String) {
    #expect(ImportDates.date(text) == nil)
  }

  @Test(arguments: [
    "Viikko;Mittari;Arvo;Kanava;Kommentti", "viikko;mittari;arvo;kanava;teksti",
    "Week;Metriek;Waarde;Kanaal;Opmerking", "week;meetwaarde;waarde;kanaal;tekst",
  ])
  func finnishAndDutchHeadersAreRead(header: String) throws {
    let read = try rows(header + "\n2026-W48;csat;4,5;chat;hyvä\n")
    #expect(read.problems.isEmpty)
    guard case .metric(let m)? = read.drafts.first?.body else {
      Issue.record("no row read")
      return
    }
    #expect(m == MetricValue(metric: "csat", value: 4.5, channel: "chat", text: "hyvä"))
  }

  @Test(arguments: ["pvm", "Päivämäärä", "datum"])
  func dateHeadersInEveryLanguage(header: String) throws {
    let read = try rows("\(header);mittari;arvo\n25.11.2026;csat;4\n")
    #expect(read.drafts.first?.week == w48)
  }

  @Test func twoNamesForOneColumnAreReported() {
    let found = failure("viikko;week;metric;value\n2026-W48;2026-W48;csat;4\n")
    #expect(found.map(\.message) == ["the columns 'viikko' and 'week' both give the week"])
  }

  @Test func anUnclosedQuoteIsNamedWhereItOpens() {
    let found = failure(
      "date;metric;value\n2026-11-23;csat;4\n2026-11-23;\"dialogit;4\n2026-11-24;csat;5\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 3)
    #expect(found.first?.message == "a quote opened here is never closed")
  }

  @Test func aQuoteClosedOnALaterLineWithTextAfterItIsNamed() {
    let found = failure("week,metric,value,text\n2026-W48,csat,4,\"open\n2026-W48,csat,\"5\",x\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 2)
    #expect(found.first?.message.contains("closed only on line 3") == true)
  }

  /// Spreadsheets quote a value that holds a quote; a bare one is a hand edit gone wrong,
  /// named on its line rather than guessed at.
  @Test func aQuoteInsideAnUnquotedValueIsNamed() {
    let found = failure(
      "week,metric,value,text\n2026-W48,csat,4,fine\n2026-W48,csat,4,5\" screen\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 3)
    #expect(found.first?.message == "a quote stands inside a value that does not start with one")
  }

  @Test func aBadRowKeepsWhatCanBeReadForTheOtherChecks() throws {
    let read = try rows("week,metric,value,channel\n2026-W48,cast,lots,Chat\n2026-W47,,1,\n")
    #expect(read.drafts.isEmpty)
    #expect(read.problems.map(\.line) == [2, 3])
    #expect(
      read.partial == [
        PartialDraft(week: w48, metric: "cast", channel: "Chat", file: "in.csv", line: 2),
        PartialDraft(week: w48 - 1, metric: nil, channel: nil, file: "in.csv", line: 3),
      ])
  }
}
