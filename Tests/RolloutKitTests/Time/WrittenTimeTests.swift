import Testing

@testable import RolloutKit

/// docs/languages.md: dates and weeks as people write them, and what a wrong one says.
@Suite struct WrittenTimeTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 25)!  // 2026-W48

  @Test(
    "every date form reads as the same day",
    arguments: [
      ("2026-11-20", "2026-11-20"),
      ("20.11.2026", "2026-11-20"),  // fi
      ("20-11-2026", "2026-11-20"),  // nl
      ("8.9.2026", "2026-09-08"),
      ("08.09.2026", "2026-09-08"),
      ("8-9-2026", "2026-09-08"),
      ("2026-9-8", "2026-09-08"),
      (" 20.11.2026 ", "2026-11-20"),
      ("20. 11. 2026", "2026-11-20"),
      ("20.11.2026.", "2026-11-20"),
      ("29.2.2028", "2028-02-29"),  // a leap day
    ])
  func dates(_ text: String, _ iso: String) throws {
    #expect(try WrittenTime.date(text).description == iso)
  }

  @Test(
    "a text that is not a date says which forms work",
    arguments: [
      "20/11/2026", "2026.11.20", "20.11.26", "next friday", "", "2026-11", "1.1.1.2026",
      "２０.11.2026", "20.11.20266", "202-11-20",
    ])
  func notDates(_ text: String) {
    #expect(throws: WrittenTime.Problem.notADate(text)) { try WrittenTime.date(text) }
    #expect(WrittenTime.Problem.notADate(text).fix(in: .en)?.contains("20.11.2026") == true)
  }

  @Test(
    "a date in the right form but not in the calendar is named as such",
    arguments: ["31.2.2026", "2026-02-29", "32-1-2026", "0.1.2026", "1.13.2026", "2026-00-10"])
  func noSuchDay(_ text: String) {
    #expect(throws: WrittenTime.Problem.noSuchDay(text)) { try WrittenTime.date(text) }
  }

  @Test(
    "every week form reads as the same week",
    arguments: [
      ("2026-W47", "2026-W47"),
      ("2026-w47", "2026-W47"),
      ("2026W47", "2026-W47"),
      ("2026 - W 47", "2026-W47"),
      ("W47", "2026-W47"),  // this week-year
      ("w 47", "2026-W47"),
      ("47", "2026-W47"),
      ("7", "2026-W07"),
      ("47/2026", "2026-W47"),
      ("47 / 2026", "2026-W47"),
      ("vko 47/2026", "2026-W47"),  // fi
      ("VKO 47/2026", "2026-W47"),
      ("vko47/2026", "2026-W47"),
      ("vko. 47/2026", "2026-W47"),
      ("viikko 47", "2026-W47"),
      ("vko 47", "2026-W47"),
      ("wk 47 2026", "2026-W47"),  // nl
      ("WK 47 2026", "2026-W47"),
      ("wk 47", "2026-W47"),
      ("week 47 2026", "2026-W47"),
      ("53/2026", "2026-W53"),  // 2026 has 53 weeks
      ("1/2027", "2027-W01"),
    ])
  func weeks(_ text: String, _ iso: String) throws {
    #expect(try WrittenTime.week(text, today: Self.today).description == iso)
  }

  @Test("a week without a year is in today's ISO week-year, not its calendar year")
  func weekYearOfToday() throws {
    // 2027-01-01 is a Friday in 2026-W53, so "2" there means 2026-W02.
    let newYearsDay = try #require(CalendarDate(year: 2027, month: 1, day: 1))
    #expect(try WrittenTime.week("2", today: newYearsDay).description == "2026-W02")
    #expect(try WrittenTime.week("W53", today: newYearsDay).description == "2026-W53")
    let monday = try #require(CalendarDate(year: 2027, month: 1, day: 4))
    #expect(try WrittenTime.week("2", today: monday).description == "2027-W02")
  }

  @Test(
    "a text that is not a week says which forms work",
    arguments: [
      "foo", "", "W", "vko", "2026", "47/26", "47/2026/1", "2026-47", "2026-W",
      "2026-W470", "470", "47 2026 1", "wk47x", "-1", "4 7", "vko 47//2026", "/2026", "47/",
    ])
  func notWeeks(_ text: String) {
    #expect(throws: WrittenTime.Problem.notAWeek(text)) {
      try WrittenTime.week(text, today: Self.today)
    }
    #expect(WrittenTime.Problem.notAWeek(text).fix(in: .en)?.contains("2026-W47") == true)
  }

  @Test(
    "week 0, week 54 and week 53 of a 52-week year are refused with the year's count",
    arguments: [
      ("2026-W54", 54, 2026, 53), ("54", 54, 2026, 53), ("53/2027", 53, 2027, 52),
      ("2027-W53", 53, 2027, 52), ("wk 0 2026", 0, 2026, 53), ("W00", 0, 2026, 53),
    ])
  func noSuchWeek(_ text: String, _ week: Int, _ year: Int, _ weeks: Int) {
    #expect(throws: WrittenTime.Problem.noSuchWeek(text, week: week, year: year, weeks: weeks)) {
      try WrittenTime.week(text, today: Self.today)
    }
  }

  @Test("a week in a file must name its year")
  func weekWithYear() throws {
    #expect(try WrittenTime.weekWithYear("vko 47/2026").description == "2026-W47")
    #expect(throws: WrittenTime.Problem.weekNeedsYear("47", week: 47)) {
      try WrittenTime.weekWithYear("47")
    }
  }

  @Test("each problem is worded in the reader's language, with the forms")
  func wordings() {
    let p = WrittenTime.Problem.noSuchWeek("54", week: 54, year: 2026, weeks: 53)
    #expect(p.message(in: .en) == "'54' is not a week: 2026 has 53 weeks, so there is no week 54")
    #expect(p.message(in: .fi).contains("vuodessa 2026 on 53 viikkoa"))
    #expect(p.message(in: .nl).contains("2026 heeft 53 weken"))
    #expect(p.fix(in: .fi)?.contains("vko 47/2026") == true)
    #expect(p.fix(in: .nl)?.contains("wk 47 2026") == true)
    #expect(WrittenTime.Problem.notADate("x").fix(in: .fi)?.contains("20.11.2026") == true)
    #expect(WrittenTime.Problem.notADate("x").fix(in: .nl)?.contains("20-11-2026") == true)
  }
}
