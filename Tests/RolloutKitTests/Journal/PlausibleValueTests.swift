import Testing

@testable import RolloutKit

/// docs/plan.md `range:`: a value outside a metric's plausible values is refused as a
/// probable typo unless `--force`; the refusal names the value and the range in the
/// reader's numbers.
@Suite struct PlausibleValueTests {
  /// The journal test plan, with satisfaction scored 1…5.
  var plan: Plan {
    var plan = journalTestPlan
    plan.metrics[1].range = 1...5
    return plan
  }

  func problems(_ values: [Double], force: Bool = false) -> [Diagnostic] {
    let drafts = values.enumerated().map { i, v in
      EntryDraft(
        week: w48, body: .metric(MetricValue(metric: "csat", value: v)), file: "in.csv",
        line: i + 2)
    }
    return Capture.check(
      drafts, plan: plan, existing: [], thisWeek: w48,
      recording: Recording(author: "Aino", at: "2026-11-25T10:02:11+02:00", force: force),
      phaseLock: { _ in nil }
    ).problems
  }

  @Test(arguments: [1, 4.5, 5]) func aValueInsideTheRangeOrOnItsEdgeIsLogged(_ value: Double) {
    #expect(problems([value]).isEmpty)
  }

  @Test func aValueOutsideIsRefusedAtItsRowAndForceLetsItThrough() {
    let found = problems([4, 45, 0.5])
    #expect(found.map(\.line) == [3, 4])
    #expect(found.first?.message == "csat 45 is outside 1…5, the plausible values in the plan")
    #expect(found.first?.suggestion?.contains("--force") == true)
    #expect(problems([45, 0.5], force: true).isEmpty)
  }

  @Test func theRefusalWritesNumbersAsTheReaderDoes() {
    let refusal = CaptureRefusal.outsideRange(metric: "csat", value: 62.5, range: 0.5...4.25)
    #expect(
      refusal.message(in: .fi)
        == "csat 62,5 on uskottavan välin 0,5…4,25 ulkopuolella (suunnitelman 'range')")
    #expect(
      refusal.message(in: .nl)
        == "csat 62,5 valt buiten 0,5…4,25, de aannemelijke waarden volgens het plan")
    #expect(refusal.message(in: .en).hasPrefix("csat 62.5 is outside 0.5…4.25"))
  }

  @Test func aMetricWithoutARangeTakesAnyValue() {
    var plan = self.plan
    plan.metrics[1].range = nil
    let found = Capture.check(
      [EntryDraft(week: w48, body: .metric(MetricValue(metric: "csat", value: 4500)))],
      plan: plan, existing: [], thisWeek: w48,
      recording: Recording(author: "Aino", at: "2026-11-25T10:02:11+02:00", force: false),
      phaseLock: { _ in nil }
    ).problems
    #expect(found.isEmpty)
  }
}
