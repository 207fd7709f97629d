import Foundation
import TestSupport
import Testing

/// `rollout import` of Excel workbooks, made in the test by a real xlsx writer (Python's
/// openpyxl, which `.ci/run` installs): serial dates, shared and inline strings, numbers,
/// yes/no values and error cells, `--sheet`, and files that are not workbooks.
@Suite struct ImportWorkbookTests {
  /// Runs a Python script that writes files into `folder`; fails the test when it fails.
  static func python(_ script: String, in folder: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    process.currentDirectoryURL = folder
    let err = Pipe()
    process.standardError = err
    try launch(process)
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(
      process.terminationStatus == 0, "python3 failed (is openpyxl installed?): \(message)")
  }

  /// Two sheets: daily figures with Finnish headers, dates as Excel stores them and a
  /// totals row; and a long sheet of weekly values.
  static let book = """
    import datetime, openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Päivittäin"
    ws.append(["Päivämäärä", "Istunnot", "Klikkaukset", "Huomio"])
    ws.append([datetime.date(2026, 9, 8), 1310, 66, "uutiskirje"])
    ws.append([datetime.date(2026, 9, 7), 1287, 58.5, None])
    ws.append([datetime.datetime(2026, 9, 13, 14, 30), 1204, None, None])
    ws.append(["Yhteensä", 3801, 124.5, None])
    notes = wb.create_sheet("Viikot")
    notes.append(["Viikkoluvut, syksy 2026"])
    notes.append([])
    notes.append(["Viikko", "Mittari", "Arvo", "Kanava"])
    notes.append(["2026-W37", "csat", 4.5, "chat"])
    notes.append(["2026-W38", "csat", 4, "chat"])
    wb.save("book.xlsx")
    """

  @Test func theFirstSheetIsReadWithDatesAsExcelStoresThem() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try Self.python(Self.book, in: folder)
    let dry = try ImportExportsTests.run(["import", "book.xlsx", "--dry-run"], in: folder)
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(
      dry.stdout == """
        ignored: Huomio (no metric; map one with --map 'COLUMN=METRIC' or the plan's 'import:')
        metric    week      values  week's value
        clicks    2026-W37       2  124.5 (sum)
        sessions  2026-W37       3  3801 (sum)
        5 values are valid; nothing was logged (--dry-run).

        """)
    let real = try ImportExportsTests.run(["import", "book.xlsx"], in: folder)
    #expect(real.status == 0, "\(real.stderr)")
    let text = String(decoding: contents(journal), as: UTF8.self)
    #expect(text.contains("metric: sessions, value: 1204, author: Tester, text: \"2026-09-13\""))
  }

  @Test func aNamedSheetIsReadAndAnUnknownOneGetsDidYouMean() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try Self.python(Self.book, in: folder)
    let dry = try ImportExportsTests.run(
      ["import", "book.xlsx", "--sheet", "viikot", "--dry-run"], in: folder)
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("csat    2026-W37  chat          1  4.5\n"), "\(dry.stdout)")
    let before = contents(journal)
    let wrong = try ImportExportsTests.run(
      ["import", "book.xlsx", "--sheet", "Viikko"], in: folder)
    #expect(wrong.status == 1)
    #expect(
      wrong.stderr == """
        book.xlsx: error: the workbook has no sheet 'Viikko' (its sheets: 'Päivittäin', 'Viikot')
          fix: did you mean 'Viikot'?

        """)
    #expect(contents(journal) == before)
  }

  @Test func everyBadCellIsNamedAsSheetAndCellAndNothingIsLogged() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try Self.python(
      """
      import datetime, openpyxl
      wb = openpyxl.Workbook()
      ws = wb.active
      ws.title = "Data"
      ws.append(["Date", "Sessions", "Clicks"])
      ws.append([datetime.date(2026, 9, 7), 1287, 58])
      ws.append([datetime.date(2026, 9, 8), "n/a", True])
      ws.append(["someday", 10, "#DIV/0!"])
      wb.save("bad.xlsx")
      """, in: folder)
    let before = contents(journal)
    let r = try ImportExportsTests.run(["import", "bad.xlsx"], in: folder)
    #expect(r.status == 1)
    let errors = r.stderr.split(separator: "\n").filter { !$0.hasPrefix("  ") }
    #expect(
      errors == [
        "bad.xlsx:Data!B3: error: 'n/a' is not a number rollout can use",
        "bad.xlsx:Data!C3: error: the cell holds TRUE, not a number",
        "bad.xlsx:Data!C4: error: the cell holds Excel's error #DIV/0!, not a number",
        "bad.xlsx:Data!A4: error: 'someday' is not a date",
      ], "\(r.stderr)")
    #expect(contents(journal) == before)
  }

  /// Inline strings and rich-text shared strings, as other tools than Excel write them.
  @Test func inlineAndRichTextStringsAreRead() throws {
    let (folder, _) = try ImportExportsTests.folder()
    try Self.python(
      #"""
      import zipfile
      ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
      rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      with zipfile.ZipFile("inline.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
          z.writestr("xl/workbook.xml", f'<workbook {ns} {rel}><sheets><sheet name="Export" sheetId="1" r:id="rId7"/></sheets></workbook>')
          z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>')
          z.writestr("xl/sharedStrings.xml", f'<sst {ns}><si><r><t>Sess</t></r><r><t xml:space="preserve">ions </t></r></si></sst>')
          z.writestr("xl/worksheets/data.xml", f'<worksheet {ns}><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>Week</t></is></c><c r="C1" t="s"><v>0</v></c></row>'
              '<row r="2"><c r="A2" t="inlineStr"><is><t>2026-W37</t></is></c><c r="C2"><v>1204</v></c></row>'
              '</sheetData></worksheet>')
      """#, in: folder)
    let dry = try ImportExportsTests.run(["import", "inline.xlsx", "--dry-run"], in: folder)
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("sessions  2026-W37       1  1204\n"), "\(dry.stdout)")
  }

  /// A cell formatted as a percentage shows 5,1 % and holds 0.051: it is read as 5.1, as
  /// the same number in a CSV export (`5,1 %`) is. A `%` written as literal text in the
  /// format (`0.0" %"`) shows the number as it is and is not scaled.
  @Test func percentCellsAreReadAsTheyShow() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try Self.python(
      """
      import openpyxl
      wb = openpyxl.Workbook()
      ws = wb.active
      ws.append(["Week", "CTR", "Position"])
      for week, ctr, fmt in [("2026-W37", 0.051, "0.0%"), ("2026-W38", 0.0495, "0.00%"),
                             ("2026-W39", 4.25, '0.00" %"')]:
          ws.append([week, ctr, 3])
          ws.cell(row=ws.max_row, column=2).number_format = fmt
      wb.save("pct.xlsx")
      """, in: folder)
    let real = try ImportExportsTests.run(["import", "pct.xlsx"], in: folder)
    #expect(real.status == 0, "\(real.stderr)")
    let text = String(decoding: contents(journal), as: UTF8.self)
    #expect(text.contains("metric: ctr, value: 5.1,"), "\(text)")
    #expect(text.contains("metric: ctr, value: 4.95,"), "\(text)")
    #expect(text.contains("metric: ctr, value: 4.25,"), "\(text)")
    #expect(text.contains("metric: position, value: 3,"), "\(text)")
  }

  @Test(arguments: [
    (
      "data.xlsx", Data("Date,Sessions\n2026-09-07,12\n".utf8),
      "it is plain text (a CSV file with an .xlsx name?)"
    ),
    (
      "broken.xlsx", Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]),
      "it is not a ZIP archive, as every .xlsx file is"
    ),
  ])
  func aFileThatIsNotAWorkbookGetsAClearError(name: String, bytes: Data, reason: String) throws {
    let (folder, journal) = try ImportExportsTests.folder(name)
    try bytes.write(to: folder.appendingPathComponent(name))
    let before = contents(journal)
    let r = try ImportExportsTests.run(["import", name], in: folder)
    #expect(r.status == 1)
    #expect(
      r.stderr == "\(name): error: the file is not an Excel workbook (.xlsx): \(reason)\n"
        + "  fix: open it in Excel and save it as an Excel workbook (.xlsx)\n")
    #expect(contents(journal) == before)
  }
}
