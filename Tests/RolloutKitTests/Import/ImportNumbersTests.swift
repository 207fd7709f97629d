import Testing

@testable import RolloutKit

/// Numbers as exports write them, read by the file's decimal convention (docs/import.md
/// "Which mark is the decimal one").
@Suite struct ImportNumbersTests {
  @Test(
    arguments: [
      (["1,234.5", "12"], ",", DecimalConvention.point),
      (["18,5"], ",", .comma),
      (["1.234,5"], "\t", .comma),
      (["1,234,567"], "\t", .point),
      (["1.234.567"], "\t", .comma),
      (["1234", "1 234"], ";", .comma),
      (["1234"], ",", .unknown),
      (["1.200", "12"], ",", .unknown),
      (["1,234"], "\t", .unknown),
    ] as [([String], Character, DecimalConvention)])
  func theNumbersDecideThenTheDelimiter(
    samples: [String], delimiter: Character, expected: DecimalConvention
  ) throws {
    #expect(try DecimalConvention.of(samples, delimiter: delimiter).get() == expected)
  }

  @Test func numbersThatSayBothAreRefused() {
    #expect(
      throws: ImportProblem.mixedDecimalMarks(point: "2.5", comma: "1,5"),
      performing: { try DecimalConvention.of(["1,5", "2.5"], delimiter: ";").get() })
  }

  @Test(
    arguments: [
      (DecimalConvention.point, "1,234", 1234.0), (.point, "1,234.5", 1234.5),
      (.point, "1.234", 1.234), (.point, "\"2,310\"", 2310), (.point, "1.8%", 1.8),
      (.comma, "1.234", 1234), (.comma, "1 234,5", 1234.5), (.comma, "3,2 %", 3.2),
      (.comma, "1\u{00A0}523", 1523), (.comma, "1\u{202F}050", 1050), (.comma, "-0,5", -0.5),
      (.unknown, "18,5", 18.5), (.unknown, "1 234", 1234), (.unknown, "1,234.5", 1234.5),
      (.point, "1e3", 1000),
    ] as [(DecimalConvention, String, Double)])
  func aNumberIsReadByItsFilesConvention(
    convention: DecimalConvention, text: String, value: Double
  ) throws {
    #expect(try convention.number(text).get() == value)
  }

  @Test(
    arguments: [
      (DecimalConvention.unknown, "1,234", ImportProblem.ambiguousNumber("1,234")),
      (.unknown, "1.234", .ambiguousNumber("1.234")),
      (.comma, "18.5", .wrongDecimalMark("18.5", expected: ",")),
      (.point, "1.234,5", .wrongDecimalMark("1.234,5", expected: ".")),
      (.point, "12,34,567", .notANumber("12,34,567")),
      (.point, "1 23", .notANumber("1 23")),
      (.point, "n/a", .notANumber("n/a")),
      (.point, "12.5.3", .notANumber("12.5.3")),
      (.point, "%", .notANumber("%")),
    ] as [(DecimalConvention, String, ImportProblem)])
  func aNumberThatCannotBeReadSafelyIsRefused(
    convention: DecimalConvention, text: String, problem: ImportProblem
  ) {
    #expect(throws: problem, performing: { try convention.number(text).get() })
  }

  @Test(
    arguments: [
      (60.0, nil), (61, "1900-03-01"), (46_272, "2026-09-07"), (46_277.6, "2026-09-12"),
    ] as [(Double, String?)])
  func excelSerialDaysSkipTheLeapDayThatNeverWas(serial: Double, date: String?) {
    #expect(ImportDates.excelSerial(serial)?.description == date)
  }

  @Test(arguments: ["Total", "Grand total", "TOTALS:", " Yhteensä ", "Totaal"])
  func totalsRowsAreKnownInEveryLanguage(word: String) {
    #expect(ImportDates.isTotal(.text(word)))
  }

  @Test func gaDatesAreRead() {
    #expect(ImportDates.date("20260907")?.description == "2026-09-07")
    #expect(ImportDates.date("20261307") == nil)
  }
}

/// An Excel number format shows a percentage when it has a `%` that is not literal text.
struct WorkbookPercentTests {
  @Test(arguments: [
    ("0%", true), ("0.0%", true), ("#,##0.00\" \"%", true), ("0.0\" %\"", false),
    ("0\\%", false), ("General", false), ("0.00", false),
  ])
  func formatsThatShowPercent(code: String, percent: Bool) {
    #expect(XLSXParts.StyleSheet.showsPercent(code) == percent)
  }

  @Test(arguments: [("0.051", 5.1), ("0.0495", 4.95), ("5.1E-2", 5.1), ("1", 100), ("-0.5", -50)])
  func aPercentCellIsAHundredfold(text: String, value: Double) {
    #expect(XLSXReader.hundredfold(text) == value)
  }
}

/// A number that reads two ways gets a fix with both readings, each written so that it
/// reads one way only, with the reader's decimal mark (review 3: "1,250.0" in a Dutch
/// message was an English number).
struct AmbiguousNumberFixTests {
  @Test(arguments: [
    ("1,250", ",", "1,25"), ("1.250", ",", "1,25"), ("1,000", ",", "1"), ("1,234", ",", "1,2340"),
    ("12.500", ".", "12.5"),
  ])
  func theDecimalReading(text: String, mark: String, written: String) {
    #expect(ImportProblem.decimalReading(text, mark: Character(mark)) == written)
  }

  @Test func theFixInEachLanguage() {
    let p = ImportProblem.ambiguousNumber("1,250")
    #expect(p.fix(in: .nl) == "schrijf 1250, of 1,25 als het een decimaal getal is")
    #expect(p.fix(in: .fi) == "kirjoita 1250, tai 1,25, jos se on desimaaliluku")
    #expect(p.fix(in: .en) == "write 1250, or 1.25 if it is a decimal number")
  }
}
