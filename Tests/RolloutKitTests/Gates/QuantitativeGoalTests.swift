import RolloutKit
import Testing

/// docs/gates.md "Quantitative goal": the last `window` weeks with a value, from the phase's
/// unlock to W; pending when short or stale; else the aggregate (or weeks-met) vs target.
@Suite("Quantitative goals")
struct QuantitativeGoalTests {
  /// Phase 1 starts in 2026-W10 and lasts long enough for every case.
  func evaluate(_ goal: Goal, _ values: [(String, Double)], at week: String) -> GoalEvaluation {
    let p = plan([phase("a", weeks: 20, [goal])])
    var j = TestJournal()
    for (w, v) in values { j.metric(w, v) }
    return p.evaluate(j, at: week).goal(goal.id)
  }

  @Test(
    "aggregate over the window's weekly values is compared with the target",
    arguments: [
      (Aggregate.latest, 40.0, GoalStatus.notMet), (.mean, 30, .met), (.median, 30, .met),
      (.min, 20, .met), (.max, 40, .notMet), (.sum, 90, .notMet),
    ])
  func aggregates(_ aggregate: Aggregate, value: Double, status: GoalStatus) {
    let goal = quant("g", "m", "<= 30", window: 3, rule: .aggregate(aggregate))
    let result = evaluate(
      goal, [("2026-W10", 99), ("2026-W11", 30), ("2026-W12", 20), ("2026-W13", 40)],
      at: "2026-W13")
    #expect(result.value == value)
    #expect(result.status == status)
    #expect(result.reason == nil)
    #expect(result.weeksOfData == 3)
  }

  @Test("the median of an even number of weeks is the mean of the middle two")
  func evenMedian() {
    let goal = quant("g", "m", ">= 10", window: 4, rule: .aggregate(.median))
    let values = [("2026-W10", 1.0), ("2026-W11", 9), ("2026-W12", 11), ("2026-W13", 100)]
    #expect(evaluate(goal, values, at: "2026-W13").value == 10)
  }

  @Test(
    "fewer weeks with a value than the window: pending, '2 of 4 weeks of data'",
    arguments: [
      ([] as [String], 0), (["2026-W12"], 1), (["2026-W11", "2026-W12"], 2),
    ])
  func shortData(_ weeks: [String], have: Int) {
    let goal = quant("g", "m", ">= 10", window: 4, rule: .aggregate(.mean))
    let result = evaluate(goal, weeks.map { ($0, 50) }, at: "2026-W12")
    #expect(result.status == .pending)
    #expect(result.reason == .weeksOfData(have: have, need: 4))
    #expect(result.reason?.description == "\(have) of 4 weeks of data")
    #expect(result.weeksOfData == have)
  }

  @Test("weeks without a value are skipped: the window is the last N weeks that have one")
  func gapsSkipped() {
    let goal = quant("g", "m", ">= 10", window: 2, rule: .aggregate(.mean))
    let result = evaluate(
      goal, [("2026-W10", 1), ("2026-W12", 10), ("2026-W14", 20)], at: "2026-W15")
    #expect(result.value == 15)
    #expect(result.status == .met)
  }

  @Test(
    "the newest value must be from W or W−1, else pending 'stale: last value …'",
    arguments: [
      ("2026-W14", GoalStatus.met, nil as PendingReason?),
      ("2026-W15", .met, nil),
      ("2026-W16", .pending, PendingReason.stale(lastValue: wk("2026-W14"))),
      ("2026-W20", .pending, .stale(lastValue: wk("2026-W14"))),
    ])
  func staleness(_ week: String, status: GoalStatus, reason: PendingReason?) {
    let goal = quant("g", "m", ">= 10", window: 2, rule: .aggregate(.mean))
    let result = evaluate(goal, [("2026-W13", 20), ("2026-W14", 20)], at: week)
    #expect(result.status == status)
    #expect(result.reason == reason)
  }

  @Test("the stale reason names the last week with a value")
  func staleWording() {
    #expect(
      PendingReason.stale(lastValue: wk("2026-W44")).description == "stale: last value 2026-W44")
  }

  @Test(
    "weeks-met: at least K of the window's weekly values meet the target",
    arguments: [
      ([1.0, 1, 1, 5], GoalStatus.met, 3),
      ([1.0, 5, 1, 5], .notMet, 2),
      ([5.0, 5, 5, 5], .notMet, 0),
    ])
  func weeksMet(_ values: [Double], status: GoalStatus, met: Int) {
    let goal = quant("g", "m", "<= 1", window: 4, rule: .weeksMet(3))
    let weeks = values.enumerated().map { ((wk("2026-W10") + $0.offset).description, $0.element) }
    let result = evaluate(goal, weeks, at: "2026-W13")
    #expect(result.status == status)
    #expect(result.weeksMet == met)
    #expect(result.value == values.last, "with weeks-met the value is the latest weekly value")
  }

  @Test("weeks-met is pending while the window is short, even with K weeks met already")
  func weeksMetShort() {
    let goal = quant("g", "m", "<= 1", window: 4, rule: .weeksMet(3))
    let result = evaluate(
      goal, [("2026-W10", 1), ("2026-W11", 1), ("2026-W12", 1)], at: "2026-W12")
    #expect(result.status == .pending)
    #expect(result.reason == .weeksOfData(have: 3, need: 4))
    #expect(result.weeksMet == 3)
  }

  @Test("weeks-met goes stale like any goal: by its newest weekly value")
  func weeksMetStale() {
    let goal = quant("g", "m", "<= 1", window: 2, rule: .weeksMet(2))
    let result = evaluate(goal, [("2026-W10", 1), ("2026-W11", 1)], at: "2026-W13")
    #expect(result.reason == .stale(lastValue: wk("2026-W11")))
  }

  @Test("values before the phase was unlocked do not count")
  func beforeUnlock() {
    let goal = quant("g", "m", ">= 10", window: 2, rule: .aggregate(.mean))
    let result = evaluate(goal, [("2026-W09", 50), ("2026-W10", 50)], at: "2026-W10")
    #expect(result.reason == .weeksOfData(have: 1, need: 2))
    #expect(result.weekly.map(\.week) == [wk("2026-W10")])
  }

  @Test("weekly holds every value from the unlock to W, beyond the window, for charts")
  func weeklyForCharts() {
    let goal = quant("g", "m", ">= 10", window: 1)
    let values = [("2026-W10", 1.0), ("2026-W11", 2), ("2026-W13", 3)]
    let result = evaluate(goal, values, at: "2026-W13")
    #expect(result.weekly.map(\.value) == [1, 2, 3])
    #expect(result.weeksOfData == 1)
  }

  @Test(
    "progress = (value − baseline) / (target − baseline), clamped to 0…1",
    arguments: [
      // target, better, baseline, value, progress
      (">= 80", Direction.higher, 60.0, 70.0, 0.5),
      (">= 80", .higher, 60, 90, 1.0),
      (">= 80", .higher, 60, 50, 0.0),
      ("<= 24", .lower, 48, 30, 0.75),
      ("<= 24", .lower, 48, 12, 1.0),
      ("<= 24", .lower, 48, 60, 0.0),
      // target equals baseline: 1.0 if met, else 0.0
      (">= 80", .higher, 80, 85, 1.0),
      (">= 80", .higher, 80, 79, 0.0),
      // the baseline already on the good side: 1.0 if met, else 0.0
      ("<= 24", .lower, 10, 20, 1.0),
      ("<= 24", .lower, 10, 30, 0.0),
    ])
  func progress(
    _ targetText: String, better: Direction, baseline: Double, value: Double, expected: Double
  ) {
    let p = plan(
      metrics: [Metric(id: "m", title: "M", better: better)],
      [phase("a", [quant("g", "m", targetText, baseline: baseline)])])
    var j = TestJournal()
    j.metric("2026-W10", value)
    let result = p.evaluate(j, at: "2026-W10").goal("g")
    #expect(result.progress == expected)
    #expect(result.baseline == baseline)
  }

  @Test("without a baseline, the first weekly value in the phase is the baseline")
  func firstValueBaseline() {
    let goal = quant("g", "m", ">= 100", window: 1)
    let result = evaluate(
      goal, [("2026-W09", 0), ("2026-W10", 20), ("2026-W11", 60)], at: "2026-W11")
    #expect(result.baseline == 20)
    #expect(result.progress == 0.5)
  }

  @Test("a pending goal shows its provisional value and progress, but no verdict")
  func provisionalValue() {
    let goal = quant("g", "m", ">= 100", window: 3, rule: .aggregate(.mean), baseline: 0)
    let result = evaluate(goal, [("2026-W10", 40), ("2026-W11", 60)], at: "2026-W11")
    #expect(result.status == .pending)
    #expect(result.value == 50)
    #expect(result.progress == 0.5)
  }

  @Test("no value at all: value, progress and baseline are nil")
  func noValue() {
    let result = evaluate(quant("g"), [], at: "2026-W10")
    #expect(result.value == nil)
    #expect(result.progress == nil)
    #expect(result.baseline == nil)
  }
}
