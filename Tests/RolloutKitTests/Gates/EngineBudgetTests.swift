import Foundation
import RolloutKit
import Testing

/// The gate engine alone against its time budget (BENCHMARKS: < 50 ms at 10k entries,
/// < 0.5 s at 100k), without reading a journal. Off by default; run it optimised:
/// `ROLLOUT_BENCH=1 swift test -c release --filter EngineBudget`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ROLLOUT_BENCH"] != nil))
struct EngineBudgetTests {
  @Test(arguments: [(10_000, 0.05), (100_000, 0.5), (1_000_000, 5.0)])
  func evaluateWithinBudget(_ count: Int, _ seconds: Double) {
    let p = plan(
      starts: "2026-W45",
      metrics: [
        Metric(id: "m", title: "M", combine: .max), Metric(id: "n", title: "N", combine: .sum),
      ],
      [
        phase(
          "a", weeks: 2,
          [
            qual("qa", evidence: 1),
            quant("ga", "m", "<= 24", window: 2, rule: .aggregate(.median)),
          ]),
        phase(
          "b", weeks: 4,
          [
            qual("qb", evidence: 2),
            quant("gb", "m", "<= 1", window: 3, rule: .weeksMet(2), channel: "chat"),
          ]),
        phase(
          "c", weeks: 4,
          [qual("qc"), quant("gc", "n", ">= 100", window: 4, rule: .aggregate(.sum))]),
      ])
    var j = TestJournal()
    j.entries.reserveCapacity(count)
    let goals = ["qa", "qa", "qa", "qb", "qb", "qb", "qb", "qc", "qc"]
    for i in 0..<count {
      let w = i * 9 / count
      let week = (wk("2026-W45") + w).description
      switch i % 10 {
      case 0..<4: j.metric(week, Double(i % 30), "m", channel: i % 4 == 0 ? "chat" : "email")
      case 4..<6: j.metric(week, Double(i % 7), "n")
      case 6..<9: j.note(week, phase: "a", goal: goals[w])
      default: j.assess(week, goals[w], i % 3 == 0 ? .notMet : .met)
      }
    }
    let clock = ContinuousClock()
    var best = Duration.seconds(1000)
    for _ in 0..<3 {
      let elapsed = clock.measure { _ = p.evaluate(j, at: "2026-W53") }
      best = min(best, elapsed)
    }
    print("gate engine, \(count) entries: \(best)")
    #expect(best < .seconds(seconds))
  }
}
