import RolloutKit
import Testing

/// docs/gates.md "Looking ahead": a least-squares line through the phase's weekly values,
/// continued one value per non-break week and judged by the goal's own rule; the first
/// week within 26 in which the goal would be met, or why there is none.
@Suite("Forecast")
struct ForecastTests {
  /// One goal, its weekly values from 2026-W10 on (consecutive weeks), the report week.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var target = ">= 20"
    var window = 1
    var rule = Measure.Rule.aggregate(.latest)
    var values: [Double]
    var breaks: [String] = []
    var at = "2026-W12"
    var trend: Double?
    var forecast: String?
    var reason: NoForecast?

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "exactly linear data meets the target in the expected week",
      values: [10, 12, 14], trend: 2, forecast: "2026-W15"),
    Case(
      name: "decimal steps reach the target exactly (values rounded to 9 decimals)",
      target: ">= 0.6", values: [0.1, 0.2, 0.3], trend: 0.1, forecast: "2026-W15"),
    Case(
      name: "lower is better: the line comes down to the target",
      target: "<= 24", values: [40, 36, 32], trend: -4, forecast: "2026-W14"),
    Case(
      name: "moving away from the target", values: [18, 16, 14], trend: -2,
      reason: .movingAway),
    Case(
      name: "a flat line short of the target is moving away", values: [5, 5, 5], trend: 0,
      reason: .movingAway),
    Case(
      name: "a flat line that meets the rule is forecast for the week the window fills",
      target: ">= 10", window: 4, rule: .aggregate(.mean), values: [12, 12, 12], trend: 0,
      forecast: "2026-W13"),
    Case(
      name: "too few weeks: no trend", values: [10, 12], at: "2026-W11",
      reason: .tooFewWeeks),
    Case(name: "no values at all", values: [], reason: .tooFewWeeks),
    Case(
      name: "met in exactly 26 weeks", target: ">= 28", values: [0, 1, 2], trend: 1,
      forecast: "2026-W38"),
    Case(
      name: "27 weeks is beyond the 26-week horizon", target: ">= 29", values: [0, 1, 2],
      trend: 1, reason: .notWithinHorizon),
    Case(
      name: "the window's mean catches up later than the latest value",
      window: 3, rule: .aggregate(.mean), values: [10, 12, 14], trend: 2, forecast: "2026-W16"),
    Case(
      name: "weeks-met: 3 of 4 projected weeks on target",
      target: ">= 10", window: 4, rule: .weeksMet(3), values: [8, 9, 10], trend: 1,
      forecast: "2026-W14"),
    Case(
      name: "== target hit on the line", target: "== 20", values: [10, 12, 14], trend: 2,
      forecast: "2026-W15"),
    Case(
      name: "== target approached from above", target: "== 20", values: [26, 24, 22],
      trend: -2, forecast: "2026-W13"),
    Case(
      name: "== target jumped over: heading for it, never on it", target: "== 20",
      values: [10, 13, 16], trend: 3, reason: .notWithinHorizon),
    Case(
      name: "== target left behind", target: "== 20", values: [16, 14, 12], trend: -2,
      reason: .movingAway),
    Case(
      name: "break weeks after W are skipped by the projection",
      values: [10, 12, 14], breaks: ["2026-W14"], trend: 2, forecast: "2026-W16"),
    Case(
      name: "a break inside the data: weeks are counted without it",
      values: [10, 999, 12, 14], breaks: ["2026-W11"], at: "2026-W13", trend: 2,
      forecast: "2026-W16"),
    Case(
      name: "the 26 weeks are non-break weeks", target: ">= 28", values: [0, 1, 2],
      breaks: ["2026-W20"], trend: 1, forecast: "2026-W39"),
  ]

  @Test(arguments: cases)
  func forecast(_ c: Case) throws {
    let goal = quant("g", "m", c.target, window: c.window, rule: c.rule)
    var p = plan([phase("a", weeks: 40, [goal])])
    p.breaks = c.breaks.map { Break(weeks: wk($0)...wk($0), reason: "break") }
    var j = TestJournal()
    j.series(from: "2026-W10", c.values)
    let result = p.evaluate(j, at: c.at).goal("g")
    #expect(result.status != .met)
    let outlook = try #require(result.outlook)
    #expect(outlook.trend == c.trend)
    #expect(outlook.forecast == c.forecast.map(wk))
    #expect(outlook.reason == c.reason)
  }

  @Test("the reasons are worded as the JSON carries them")
  func reasonWords() {
    #expect(NoForecast.tooFewWeeks.description == "3 weeks of data needed for a trend")
    #expect(NoForecast.movingAway.description == "moving away from the target")
    #expect(NoForecast.notWithinHorizon.description == "not within 26 weeks at this pace")
  }

  /// The weeks-met budget: if every week from W+1 on met the target.
  @Test(
    "earliest week a weeks-met goal could be met",
    arguments: [
      // values from W10 to W13, window, weeks-met, earliest, weeks needed
      ([10, 10, 5, 10] as [Double], 4, 4, "2026-W16", 3),
      ([10, 10, 5, 5], 4, 3, "2026-W16", 3),
      ([5, 5, 5, 5], 4, 1, "2026-W14", 1),
      ([5], 4, 2, "2026-W16", 3),  // the window must fill first
    ])
  func earliest(_ values: [Double], window: Int, needed: Int, earliest: String, weeks: Int)
    throws
  {
    let goal = quant("g", "m", ">= 10", window: window, rule: .weeksMet(needed))
    let p = plan([phase("a", weeks: 40, [goal])])
    var j = TestJournal()
    j.series(from: "2026-W10", values)
    let result = p.evaluate(j, at: "2026-W13").goal("g")
    let outlook = try #require(result.outlook)
    #expect(outlook.earliest == wk(earliest))
    #expect(outlook.weeksNeeded == weeks)
  }

  @Test("earliest skips break weeks and is only given for weeks-met goals")
  func earliestAndBreaks() throws {
    var p = plan([
      phase(
        "a", weeks: 40,
        [
          quant("g", "m", ">= 10", window: 2, rule: .weeksMet(2)), quant("h", "m", ">= 10"),
        ])
    ])
    p.breaks = [Break(weeks: wk("2026-W14")...wk("2026-W15"), reason: "Easter")]
    var j = TestJournal()
    j.series(from: "2026-W10", [5, 5, 5, 5])
    let e = p.evaluate(j, at: "2026-W13")
    #expect(e.goal("g").outlook?.earliest == wk("2026-W17"))
    #expect(e.goal("g").outlook?.weeksNeeded == 2)
    #expect(e.goal("h").outlook != nil)
    #expect(e.goal("h").outlook?.earliest == nil)
  }

  @Test("no outlook for a met goal, a passed phase or a locked one")
  func onlyWhereItIsDue() {
    let p = plan([
      phase("a", weeks: 4, [quant("met", "m", ">= 10")]),
      phase("b", weeks: 4, [quant("later", "m", ">= 99")]),
    ])
    var j = TestJournal()
    j.series(from: "2026-W10", [1, 5, 12])
    let passed = p.evaluate(j, at: "2026-W12")
    #expect(passed.state("a") == .passed)
    #expect(passed.goal("met").outlook == nil)
    #expect(passed.goal("later").outlook == nil)  // locked in W12
    #expect(passed.phase("a")?.forecastPass == nil)
  }
}
