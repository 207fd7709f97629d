import Testing

@testable import RolloutKit

/// Numbers, weeks and dates as each language writes them, independent of the machine.
struct ReportLocaleTests {
  static let w48 = ISOWeek("2026-W48")!

  @Test(arguments: [
    (Language.en, 18.5, "18.5"), (.fi, 18.5, "18,5"), (.nl, 18.5, "18,5"),
    (.en, 4.0, "4"), (.en, 4.236, "4.24"), (.fi, 0.9, "0,9"), (.en, -3.25, "−3.25"),
    (.en, 1234, "1234"), (.en, 12500, "12,500"), (.nl, 12500.5, "12.500,5"),
    (.fi, 1_250_000, "1\u{A0}250\u{A0}000"), (.en, -0.001, "0"),
  ])
  func numbers(language: Language, value: Double, expected: String) {
    #expect(ReportLocale(language: language, year: 2026).number(value) == expected)
  }

  @Test(arguments: [
    (Language.en, "2026-W48", "week 48 (23–29 Nov 2026)"),
    (.fi, "2026-W48", "vko 48/2026 (23.–29.11.2026)"),
    (.nl, "2026-W48", "week 48 (23–29 nov 2026)"),
    (.en, "2026-W49", "week 49 (30 Nov – 6 Dec 2026)"),
    (.fi, "2026-W49", "vko 49/2026 (30.11.–6.12.2026)"),
    (.nl, "2026-W10", "week 10 (2–8 mrt 2026)"),
    (.en, "2026-W53", "week 53 (28 Dec 2026 – 3 Jan 2027)"),
    (.fi, "2026-W53", "vko 53/2026 (28.12.2026–3.1.2027)"),
  ])
  func weekWithDates(language: Language, week: String, expected: String) {
    #expect(
      ReportLocale(language: language, year: 2026).weekWithDates(ISOWeek(week)!) == expected)
  }

  @Test(arguments: [
    (Language.en, "2026-W36", "2026-W41", "W36–W41"),
    (.fi, "2026-W36", "2026-W41", "vko 36–41"),
    (.nl, "2026-W36", "2026-W41", "wk 36–41"),
    (.en, "2026-W50", "2027-W02", "W50 – W2/2027"),
    (.en, "2026-W40", "2026-W40", "W40"),
  ])
  func weekSpans(language: Language, from: String, to: String, expected: String) {
    let locale = ReportLocale(language: language, year: 2026)
    #expect(locale.weekSpan(ISOWeek(from)!, ISOWeek(to)!) == expected)
  }

  @Test(arguments: [
    (Language.en, "h", "18.5\u{A0}h"), (.en, "/5", "4.2/5"), (.en, "%", "92%"),
    (.fi, "%", "92\u{A0}%"), (.nl, "", "3"),
  ])
  func quantities(language: Language, unit: String, expected: String) {
    let locale = ReportLocale(language: language, year: 2026)
    let value = unit == "h" ? 18.5 : unit == "/5" ? 4.2 : unit == "%" ? 92 : 3
    #expect(locale.quantity(value, unit: unit) == expected)
  }

  @Test func targetsUseMathSigns() {
    let locale = ReportLocale(language: .fi, year: 2026)
    #expect(locale.target(Target(.lessOrEqual, 24), unit: "h") == "≤ 24\u{A0}h")
    #expect(locale.target(Target(.greaterOrEqual, 4.2), unit: "/5") == "≥ 4,2/5")
  }

  @Test(arguments: [
    ([1.0, 2, 3, 4, 5, 6, 7, 8], "▁▂▃▄▅▆▇█"), ([5.0, 5, 5], "▄▄▄"), ([], ""), ([30.0, 18.5], "█▁"),
  ])
  func sparklines(values: [Double], expected: String) {
    #expect(Builder.sparkline(values) == expected)
  }
}
