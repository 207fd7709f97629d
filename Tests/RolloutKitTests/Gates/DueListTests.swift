import RolloutKit
import Testing

/// `rollout due` (docs/journal.md): what the active phase still lacks this week.
@Suite("Due list")
struct DueListTests {
  let p = plan(
    metrics: [Metric(id: "m", title: "M"), Metric(id: "n", title: "N")],
    [
      phase(
        "a", weeks: 2,
        [
          quant("g1", "m"), quant("g2", "m", ">= 5", window: 2, rule: .aggregate(.mean)),
          quant("g3", "m", channel: "chat"), quant("g4", "n"),
          qual("q1"), qual("q2", evidence: 2),
        ]),
      phase("b", [qual("qb")]),
    ])

  @Test("metrics with no value this week, grouped by metric and channel, in goal order")
  func missingValues() {
    var j = TestJournal()
    j.metric("2026-W10", 1, "n")
    j.metric("2026-W10", 1, "m", channel: "email")
    let items = DueList(p.evaluate(j, at: "2026-W10")).items
    #expect(items.contains(.metricValue(phase: "a", metric: "m", channel: "chat", goals: ["g3"])))
    #expect(!items.contains { if case .metricValue(_, "n", _, _) = $0 { true } else { false } })
    #expect(!items.contains { if case .metricValue(_, "m", nil, _) = $0 { true } else { false } })
    j = TestJournal()
    let none = DueList(p.evaluate(j, at: "2026-W10")).items
    #expect(none.first == .metricValue(phase: "a", metric: "m", channel: nil, goals: ["g1", "g2"]))
  }

  @Test("qualitative goals not assessed or short of notes")
  func qualitative() {
    var j = TestJournal()
    j.assess("2026-W10", "q2", .met)
    j.note("2026-W10", phase: "a", goal: "q2")
    let items = DueList(p.evaluate(j, at: "2026-W10")).items
    #expect(items.contains(.assessment(phase: "a", goal: "q1")))
    #expect(items.contains(.evidence(phase: "a", goal: "q2", have: 1, need: 2)))
    #expect(
      DueList.Item.evidence(phase: "a", goal: "q2", have: 1, need: 2).description
        == "link 1 more supporting note to 'q2' (1 of 2)")
  }

  @Test("a hold to lift, a go awaited in decision mode, and overdue phases")
  func decisionsAndOverdue() {
    var j = TestJournal()
    j.decide("2026-W11", "a", .hold)
    let held = DueList(p.evaluate(j, at: "2026-W12")).items
    #expect(held.contains(.onHold(phase: "a", since: wk("2026-W11"))))
    #expect(held.contains(.overdue(phase: "a", weeks: 1, plannedEnd: wk("2026-W11"))))

    let q = plan(unlock: .decision, [phase("a", [quant("g")]), phase("b", [quant("h")])])
    var k = TestJournal()
    k.metric("2026-W10", 12)
    #expect(DueList(q.evaluate(k, at: "2026-W10")).items == [.goDecision(phase: "a")])
  }

  @Test("nothing is due in the week a phase passes, before the start, or after a stop")
  func nothingActive() {
    var j = TestJournal()
    j.decide("2026-W10", "a", .go)
    #expect(DueList(p.evaluate(j, at: "2026-W10")).items.isEmpty)
    #expect(DueList(p.evaluate(TestJournal(), at: "2026-W01")).items.isEmpty)
    var s = TestJournal()
    s.decide("2026-W10", "a", .stop)
    #expect(DueList(p.evaluate(s, at: "2026-W11")).items.isEmpty)
  }
}
