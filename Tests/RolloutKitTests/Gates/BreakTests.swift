import RolloutKit
import Testing

/// docs/gates.md "Breaks": a break week has no weekly value; windows and staleness skip it as if
/// it were not in the calendar, and planned spans hold their weeks without it.
@Suite("Breaks")
struct BreakTests {
  static func plan(breaks: [(String, String)], _ phases: [Phase]) -> Plan {
    var p = RolloutKitTests.plan(phases)
    p.breaks = breaks.map { Break(weeks: wk($0.0)...wk($0.1), reason: "holiday") }
    return p
  }

  @Test("a break inside the window: the window reaches back past it")
  func breakInsideWindow() {
    let goal = quant("g", "m", ">= 25", window: 3, rule: .aggregate(.mean))
    var j = TestJournal()
    j.series(from: "2026-W10", [10, 20, 999, 999, 30, 40])
    let without = Self.plan(breaks: [], [phase("a", weeks: 20, [goal])])
    let mean: Double = (999 + 30 + 40) / 3
    #expect(without.evaluate(j, at: "2026-W15").goal("g").value == mean)
    let with = Self.plan(breaks: [("2026-W12", "2026-W13")], [phase("a", weeks: 20, [goal])])
    let result = with.evaluate(j, at: "2026-W15").goal("g")
    #expect(result.value == 30)
    #expect(result.weeksOfData == 3)
    #expect(result.status == .met)
    #expect(result.weekly.map(\.week) == ["2026-W10", "2026-W11", "2026-W14", "2026-W15"].map(wk))
  }

  @Test(
    "staleness: the newest value may be as old as the last non-break week before W",
    arguments: [
      // last value, break, report week, stale?
      ("2026-W13", ("2026-W14", "2026-W14"), "2026-W15", false),
      ("2026-W12", ("2026-W14", "2026-W14"), "2026-W15", true),
      ("2026-W13", ("2026-W14", "2026-W15"), "2026-W16", false),
      ("2026-W13", ("2026-W14", "2026-W14"), "2026-W14", false),  // W itself a break
      ("2026-W12", ("2026-W13", "2026-W13"), "2026-W13", false),
      ("2026-W11", ("2026-W13", "2026-W13"), "2026-W13", true),
    ])
  func staleness(last: String, breakWeeks: (String, String), at: String, stale: Bool) {
    let p = Self.plan(breaks: [breakWeeks], [phase("a", weeks: 20, [quant("g", "m", ">= 99")])])
    var j = TestJournal()
    j.metric("2026-W10", 1)
    j.metric(last, 5)
    let result = p.evaluate(j, at: at).goal("g")
    #expect(result.reason == (stale ? .stale(lastValue: wk(last)) : nil))
    #expect(result.status == (stale ? .pending : .notMet))
  }

  @Test(
    "a planned span holds its weeks without the breaks; the next phase starts the week after",
    arguments: [
      // breaks, then planned start and end of phases a (4 weeks) and b (2 weeks)
      ([] as [(String, String)], "2026-W10", "2026-W13", "2026-W14", "2026-W15"),
      ([("2026-W12", "2026-W12")], "2026-W10", "2026-W14", "2026-W15", "2026-W16"),
      ([("2026-W10", "2026-W11")], "2026-W10", "2026-W15", "2026-W16", "2026-W17"),
      ([("2026-W14", "2026-W15")], "2026-W10", "2026-W13", "2026-W14", "2026-W17"),
      (
        [("2026-W11", "2026-W11"), ("2026-W13", "2026-W14")], "2026-W10", "2026-W16",
        "2026-W17", "2026-W18"
      ),
    ])
  func plannedSpans(
    breaks: [(String, String)], aStart: String, aEnd: String, bStart: String, bEnd: String
  ) {
    let p = Self.plan(
      breaks: breaks, [phase("a", weeks: 4, [qual("x")]), phase("b", weeks: 2, [qual("y")])])
    #expect(p.plannedWeeks(of: 0) == (wk(aStart), wk(aEnd)))
    #expect(p.plannedWeeks(of: 1) == (wk(bStart), wk(bEnd)))
    let e = p.evaluate(TestJournal(), at: "2026-W10")
    #expect(e.phase("a")?.plannedEnd == wk(aEnd))
    #expect(e.phase("b")?.plannedStart == wk(bStart))
  }

  @Test(
    "a break never makes a phase overdue; only non-break weeks past the end count",
    arguments: [
      // breaks, report week, overdue weeks (phase a: 4 weeks from 2026-W10)
      ([] as [(String, String)], "2026-W14", 1),
      ([("2026-W12", "2026-W12")], "2026-W14", 0),
      ([("2026-W14", "2026-W15")], "2026-W15", 0),
      ([("2026-W14", "2026-W15")], "2026-W16", 1),
      ([("2026-W11", "2026-W11"), ("2026-W16", "2026-W16")], "2026-W17", 2),
    ])
  func overdue(breaks: [(String, String)], at: String, weeks: Int) {
    let p = Self.plan(breaks: breaks, [phase("a", weeks: 4, [qual("x")])])
    let a = p.evaluate(TestJournal(), at: at).phase("a")
    #expect(a?.overdue == (weeks > 0))
    #expect(a?.overdueWeeks == weeks)
  }

  @Test("values logged in a break week count again once the break is removed")
  func valuesStayInTheJournal() {
    var j = TestJournal()
    j.metric("2026-W12", 50)
    let goal = quant("g", "m", ">= 10")
    let with = Self.plan(breaks: [("2026-W12", "2026-W12")], [phase("a", weeks: 9, [goal])])
    #expect(with.evaluate(j, at: "2026-W12").goal("g").status == .pending)
    let without = Self.plan(breaks: [], [phase("a", weeks: 9, [goal])])
    #expect(without.evaluate(j, at: "2026-W12").goal("g").status == .met)
  }
}
