import RolloutKit
import Testing

/// docs/gates.md as far as a verdict may claim it: a go is an override only with a required goal
/// unmet, a negative note is counter-evidence, a sum counts up from 0, and every goal
/// carries its status and value of the week before.
@Suite("Gates claim what the record shows")
struct TruthfulGateTests {
  /// a (goal ga: latest m >= 10, and optional qa) → b (goal gb on m).
  static func twoPhases(unlock: UnlockMode = .automatic) -> Plan {
    plan(
      unlock: unlock,
      [
        phase("a", weeks: 3, [quant("ga"), qual("qa", required: false)]),
        phase("b", weeks: 3, [quant("gb", "m", ">= 20")]),
      ])
  }

  enum Passed: Equatable {
    case no
    case byGoals
    case byDecision(override: Bool)
  }

  @Test(
    "how a phase passes in the go's week: by goals, by decision (a confirmation) or as an override",
    arguments: [
      // (unlock, the week's value, a go that week, how it passes)
      (UnlockMode.automatic, 12.0, false, Passed.byGoals),
      (.automatic, 12, true, .byGoals),
      (.automatic, 3, true, .byDecision(override: true)),
      (.automatic, 3, false, .no),
      (.decision, 12, false, .no),
      (.decision, 12, true, .byDecision(override: false)),
      (.decision, 3, true, .byDecision(override: true)),
    ])
  func howItPasses(unlock: UnlockMode, value: Double, go: Bool, expected: Passed) {
    var j = TestJournal()
    j.metric("2026-W10", value)
    if go { j.decide("2026-W10", "a", .go) }
    let a = Self.twoPhases(unlock: unlock).evaluate(j, at: "2026-W10").phase("a")
    let passed: Passed =
      switch (a?.state, a?.passedBy) {
      case (.passed?, .goals?): .byGoals
      case (.passed?, .decision?): .byDecision(override: a?.override ?? false)
      default: .no
      }
    #expect(passed == expected)
    #expect(a?.override == (expected == .byDecision(override: true)))
  }

  @Test(
    "a passed phase remembers which goals were met in its pass week, and only those can dip",
    arguments: [(12.0, true), (3, false)])
  func metAtThePass(value: Double, metThen: Bool) {
    var j = TestJournal()
    j.metric("2026-W10", value)
    j.decide("2026-W10", "a", .go)
    j.metric("2026-W11", 2)
    let a = Self.twoPhases().evaluate(j, at: "2026-W11").phase("a")
    #expect(a?.state == .passed)
    #expect(a?.metAtPass == (metThen ? ["ga"] : []))
    #expect(a?.requiredMetAtPass.met == (metThen ? 1 : 0))
    let ga = a?.goals.first { $0.goal.id == "ga" }
    #expect(ga?.status == .notMet)
    #expect(ga.map { a?.dipped($0) ?? false } == metThen)
  }

  @Test(
    "a hold or a stop in the week the goals are met counts: the phase does not pass in it",
    arguments: [DecisionKind.hold, .stop])
  func aDecisionInThePassWeekCounts(decision: DecisionKind) {
    var j = TestJournal()
    j.metric("2026-W10", 12)
    #expect(Self.twoPhases().evaluate(j, at: "2026-W10").phase("a")?.state == .passed)
    j.decide("2026-W10", "a", decision)
    let a = Self.twoPhases().evaluate(j, at: "2026-W10").phase("a")
    #expect(a?.passedWeek == nil)
    #expect(a?.state == (decision == .stop ? .stopped : .active))
  }

  @Test("a go after a hold, with the goals met in its week, passes by goals, not as an override")
  func goAfterHold() {
    var j = TestJournal()
    j.decide("2026-W10", "a", .hold)
    j.metric("2026-W10", 12)
    j.metric("2026-W11", 12)
    j.decide("2026-W11", "a", .go)
    let a = Self.twoPhases().evaluate(j, at: "2026-W11").phase("a")
    #expect(a?.passedWeek == wk("2026-W11"))
    #expect(a?.passedBy == .goals)
    #expect(a?.override == false)
  }

  struct Linked: Sendable, CustomTestStringConvertible {
    var sentiments: [Sentiment?]
    var evidence: Int
    var against: Int
    var status: GoalStatus
    var testDescription: String { "\(sentiments) → \(evidence) for, \(against) against" }
  }

  static let linked: [Linked] = [
    Linked(sentiments: [.positive, .neutral], evidence: 2, against: 0, status: .met),
    Linked(sentiments: [.positive, nil], evidence: 2, against: 0, status: .met),
    Linked(sentiments: [.positive, .negative], evidence: 1, against: 1, status: .pending),
    Linked(
      sentiments: [.negative, .negative, .positive, .neutral], evidence: 2, against: 2,
      status: .met),
    Linked(sentiments: [.negative], evidence: 0, against: 1, status: .pending),
  ]

  @Test(
    "a note with sentiment negative is counter-evidence: counted apart, never support",
    arguments: linked)
  func counterEvidence(_ row: Linked) {
    let (sentiments, evidence, against, status) = (
      row.sentiments, row.evidence, row.against, row.status
    )
    let p = plan([phase("a", weeks: 6, [qual("q", evidence: 2)])])
    var j = TestJournal()
    for s in sentiments {
      j.add("2026-W10", .note(Note(phase: "a", goal: "q", sentiment: s, text: "s")))
    }
    j.assess("2026-W10", "q", .met)
    let q = p.evaluate(j, at: "2026-W10").goal("q")
    #expect(q.evidence == evidence)
    #expect(q.counterEvidence == against)
    #expect(q.status == status)
    #expect(q.supportingNotes.count == evidence)
    #expect(q.counterNotes.count == against)
    #expect(
      q.supportingNotes.allSatisfy { note in
        if case .note(let n) = note.body { return n.sentiment != .negative }
        return false
      })
  }

  @Test("a retracted negative note is no counter-evidence; a recycle starts the count again")
  func counterEvidenceRetractedAndRecycled() {
    let p = plan([phase("a", weeks: 6, [qual("q", evidence: 1)])])
    var j = TestJournal()
    let bad = j.add("2026-W10", .note(Note(phase: "a", goal: "q", sentiment: .negative, text: "x")))
    j.add("2026-W10", .note(Note(phase: "a", goal: "q", sentiment: .negative, text: "y")))
    #expect(p.evaluate(j, at: "2026-W10").goal("q").counterEvidence == 2)
    j.retract("2026-W10", bad)
    #expect(p.evaluate(j, at: "2026-W10").goal("q").counterEvidence == 1)
    j.decide("2026-W11", "a", .recycle)
    #expect(p.evaluate(j, at: "2026-W12").goal("q").counterEvidence == 0)
  }

  @Test(
    "the progress grade of a sum counts from 0 without a baseline",
    arguments: [
      // (aggregate, baseline, progress of 10 + 20 + 30 against >= 100 over 3 weeks)
      (Aggregate.sum, nil as Double?, 0.6),
      (.sum, 30, 30.0 / 70),
      (.latest, nil, 20.0 / 90),  // latest 30 from the first weekly value 10
      (.mean, nil, 10.0 / 90),  // mean 20 from 10
    ])
  func sumProgress(aggregate: Aggregate, baseline: Double?, progress: Double) {
    let p = plan([
      phase(
        "a", weeks: 6,
        [quant("s", "m", ">= 100", window: 3, rule: .aggregate(aggregate), baseline: baseline)])
    ])
    var j = TestJournal()
    j.series(from: "2026-W10", [10, 20, 30])
    let s = p.evaluate(j, at: "2026-W12").goal("s")
    #expect(abs((s.progress ?? -1) - progress) < 1e-9)
  }

  @Test("since last week: each goal carries its status and value at W−1, evaluated the same way")
  func previousWeek() {
    let p = Self.twoPhases()
    var j = TestJournal()
    j.metric("2026-W10", 5)
    j.metric("2026-W11", 12)
    j.metric("2026-W12", 15)
    let w11 = p.evaluate(j, at: "2026-W11")
    #expect(w11.goal("ga").status == .met)
    #expect(w11.goal("ga").previousStatus == .notMet)
    #expect(w11.goal("ga").previousValue == 5)
    #expect(w11.goal("gb").previousStatus == .pending, "b was locked in W10")
    let w12 = p.evaluate(j, at: "2026-W12")
    #expect(w12.goal("gb").status == .notMet, "15 against >= 20")
    #expect(w12.goal("gb").previousStatus == .pending)
    #expect(w12.goal("gb").previousValue == nil, "b was still locked in W11")
    let w13 = p.evaluate(j, at: "2026-W13")
    #expect(w13.goal("gb").previousValue == 15)
    #expect(w13.goal("gb").previousStatus == .notMet)
  }

  @Test("since last week agrees with evaluating W−1 itself, at every week and with --as-of")
  func previousWeekAgreesWithEvaluatingIt() {
    let p = plan(
      unlock: .automatic,
      [
        phase(
          "a", weeks: 3, [quant("ga", window: 2, rule: .aggregate(.mean)), qual("qa", evidence: 1)]),
        phase("b", weeks: 3, [quant("gb", "m", ">= 20")]),
      ])
    var j = TestJournal()
    j.series(from: "2026-W10", [4, 9, 14, 30, 18, 25])
    j.note("2026-W11", phase: "a", goal: "qa")
    j.assess("2026-W12", "qa", .met)
    j.decide("2026-W13", "a", .hold)
    j.decide("2026-W14", "a", .go)
    for offset in 0..<8 {
      let week = wk("2026-W09") + offset
      let now = GateEngine.evaluate(plan: p, entries: j.entries, week: week)
      let before = GateEngine.evaluate(plan: p, entries: j.entries, week: week - 1)
      for (goal, earlier) in zip(now.phases.flatMap(\.goals), before.phases.flatMap(\.goals)) {
        #expect(goal.previousStatus == earlier.status, "\(goal.goal.id) at \(week)")
        #expect(goal.previousValue == earlier.value, "\(goal.goal.id) at \(week)")
      }
    }
  }
}
