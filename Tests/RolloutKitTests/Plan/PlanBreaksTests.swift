import Testing

@testable import RolloutKit

/// docs/plan.md `breaks:`: a week or `FROM..TO` in ISO form with a required reason; `check`
/// reports every mistake where it is, with a fix.
@Suite struct PlanBreaksTests {
  /// A valid plan with `breaks` (the text after `breaks:`) on line 3.
  static func plan(breaks: String) -> String {
    """
    plan: Test plan
    starts: 2026-08-31
    breaks:\(breaks)
    phases:
      - id: listen
        title: Listen
        weeks: 4
        goals:
          - id: g
            title: G

    """
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var breaks: String
    var line: Int
    var column: Int
    var message: String
    var fix: String
    /// How many diagnostics the plan gets in all.
    var count = 1

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "malformed range", breaks: "\n  - {weeks: 2026-W52...2027-W01, reason: Holidays}",
      line: 4, column: 13, message: "'2026-W52...2027-W01' is not a week or a range of weeks",
      fix: "write one week such as 2026-W52, or FROM..TO such as 2026-W52..2027-W01"),
    Case(
      name: "week without W", breaks: "\n  - weeks: 2026-52\n    reason: Holidays",
      line: 4, column: 12, message: "'2026-52' is not a week or a range of weeks",
      fix: "did you mean '2026-W52'? (weeks in the plan are written as YYYY-Www)"),
    Case(
      name: "one end of a range is not a week", breaks: "\n  - weeks: 2026-W52..W01\n    reason: x",
      line: 4, column: 12, message: "'W01' in '2026-W52..W01' is not a week",
      fix: "write one week such as 2026-W52, or FROM..TO such as 2026-W52..2027-W01"),
    Case(
      name: "a week the year does not have", breaks: "\n  - weeks: 2027-W53\n    reason: x",
      line: 4, column: 12, message: "'2027-W53' is not a week in the calendar: 2027 has 52 weeks",
      fix: "write one week such as 2026-W52, or FROM..TO such as 2026-W52..2027-W01"),
    Case(
      name: "FROM after TO", breaks: "\n  - weeks: 2027-W01..2026-W52\n    reason: Holidays",
      line: 4, column: 12,
      message: "the break '2027-W01..2026-W52' ends in 2026-W52, before it starts in 2027-W01",
      fix: "write the earlier week first: 2026-W52..2027-W01"),
    Case(
      name: "missing reason", breaks: "\n  - weeks: 2026-W52",
      line: 4, column: 5, message: "a break is missing 'reason'",
      fix: "add 'reason: Christmas and New Year'"),
    Case(
      name: "empty reason", breaks: "\n  - weeks: 2026-W52\n    reason: \"  \"",
      line: 5, column: 13, message: "'reason' is empty",
      fix: "write some text, or remove the key"),
    Case(
      name: "reason left blank", breaks: "\n  - weeks: 2026-W52\n    reason:",
      line: 5, column: 12, message: "'reason' must be text, but this is empty",
      fix: "write the text after the ':' on the same line"),
    Case(
      name: "missing weeks", breaks: "\n  - reason: Holidays",
      line: 4, column: 5, message: "a break is missing 'weeks'",
      fix: "add 'weeks: 2026-W52..2027-W01'"),
    Case(
      name: "unknown key", breaks: "\n  - week: 2026-W52\n    reason: Holidays",
      line: 4, column: 5, message: "unknown key 'week' in a break", fix: "did you mean 'weeks'?",
      count: 2),  // and 'weeks' is missing
    Case(
      name: "overlapping breaks",
      breaks:
        "\n  - {weeks: 2026-W52..2027-W01, reason: Holidays}\n  - {weeks: 2027-W01, reason: Outage}",
      line: 5, column: 13,
      message: "the break 2027-W01 overlaps the break 2026-W52..2027-W01 on line 4",
      fix: "merge them into one break, or make them end and start in different weeks"),
    Case(
      name: "not a list", breaks: " 2026-W52",
      line: 3, column: 9, message: "'breaks' must be a list, but this is '2026-W52'",
      fix: "start each break with '- weeks: 2026-W52..2027-W01' and give its 'reason' below it"),
  ]

  @Test(arguments: cases)
  func reportsTheProblemWhereItIs(_ c: Case) throws {
    let (_, diagnostics) = PlanLoader.decode(
      Array(Self.plan(breaks: c.breaks).utf8), file: "p.yaml")
    let match = try #require(
      diagnostics.first { $0.message == c.message },
      "no diagnostic '\(c.message)' among: \(diagnostics.map(\.message))")
    #expect(diagnostics.count == c.count)
    #expect(match.line == c.line)
    #expect(match.column == c.column)
    #expect(match.suggestion == c.fix)
  }

  @Test func breaksDecodeAsWeekRangesWithTheirReasons() throws {
    let yaml = Self.plan(
      breaks:
        "\n  - weeks: 2026-W52..2027-W01\n    reason: Christmas\n  - {weeks: 2027-W30, reason: Summer}"
    )
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let p = try #require(plan)
    #expect(
      p.breaks == [
        Break(weeks: wk("2026-W52")...wk("2027-W01"), reason: "Christmas"),
        Break(weeks: wk("2027-W30")...wk("2027-W30"), reason: "Summer"),
      ])
    #expect(p.breaks.map(\.weeksText) == ["2026-W52..2027-W01", "2027-W30"])
  }

  @Test func everyBreakProblemIsReportedAtOnce() {
    let yaml = Self.plan(
      breaks:
        "\n  - {weeks: 2026-W60, reason: a}\n  - {weeks: 2026-W40}\n  - {weeks: 2026-W41, raeson: b}"
    )
    let (_, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(diagnostics.map(\.line) == [4, 5, 6, 6])
  }
}
