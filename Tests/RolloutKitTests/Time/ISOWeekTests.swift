import Testing

@testable import RolloutKit

@Suite struct ISOWeekTests {
  @Test(arguments: [
    ("2026-11-25", "2026-W48"),
    ("2026-01-01", "2026-W01"),  // a Thursday: week 1
    ("2027-01-01", "2026-W53"),  // a Friday: still 2026's last week
    ("2027-01-04", "2027-W01"),
    ("2024-12-30", "2025-W01"),  // a Monday that belongs to next year
    ("2021-01-03", "2020-W53"),
    ("2026-08-31", "2026-W36"),
  ])
  func weekOfADate(_ date: String, _ week: String) throws {
    let d = try #require(CalendarDate(date))
    #expect(ISOWeek(d).description == week)
  }

  @Test(arguments: [(2026, 53), (2027, 52), (2020, 53), (2025, 52), (2015, 53)])
  func weeksInAYear(_ year: Int, _ weeks: Int) {
    #expect(ISOWeek.weeks(in: year) == weeks)
  }

  @Test func arithmeticCrossesYearEnds() throws {
    let w53 = try #require(ISOWeek("2026-W53"))
    #expect((w53 + 1).description == "2027-W01")
    #expect((try #require(ISOWeek("2027-W01")) - 1).description == "2026-W53")
    #expect((try #require(ISOWeek("2027-W52")) + 1).description == "2028-W01")
    #expect(try #require(ISOWeek("2026-W48")).distance(to: try #require(ISOWeek("2027-W02"))) == 7)
    #expect(w53.monday.description == "2026-12-28")
    #expect(w53.sunday.description == "2027-01-03")
  }

  /// The calendar's ends: weeks a command may be given (9999-W52, 0001-W01) must survive
  /// the engine's arithmetic around them (this crashed on a force-unwrapped date).
  @Test func arithmeticPastTheCalendarsEndsDoesNotCrash() throws {
    let last = try #require(ISOWeek("9999-W52"))
    #expect((last + 1).year == 10_000)
    #expect((last + 1).week == 1)
    #expect(last.distance(to: last + 1) == 1)
    #expect(last.sunday.description == "10000-01-02")
    let first = try #require(ISOWeek("0001-W01"))
    #expect(first.distance(to: first - 1) == -1)
    #expect((first - 1) + 1 == first)
    #expect(ISOWeek(try #require(CalendarDate("9999-12-31"))) == last)
  }

  @Test(arguments: [
    "2027-W53", "2026-W00", "2026-W54", "2026W48", "26-W48", "2026-W4x", "", "2026-W048",
  ])
  func invalidWeeksAreRejected(_ text: String) {
    #expect(ISOWeek(text) == nil)
  }

  @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "abcd-ef-gh"])
  func invalidDatesAreRejected(_ text: String) {
    #expect(CalendarDate(text) == nil)
  }

  @Test func daysRoundTripThroughTheEpoch() {
    for days in stride(from: -800_000, through: 2_900_000, by: 997) {
      let date = CalendarDate(daysSinceEpoch: days)
      #expect(date.daysSinceEpoch == days)
    }
  }
}
