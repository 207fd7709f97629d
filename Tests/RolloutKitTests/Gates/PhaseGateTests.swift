import RolloutKit
import Testing

/// docs/gates.md "Phase states": unlock, latched pass, the next phase the week after,
/// decisions, planned weeks, overdue, and the current phase.
@Suite("Phase gates")
struct PhaseGateTests {
  /// a (2 weeks, goal ga on m) → b (3 weeks, goal gb on n) → c (2 weeks, qualitative gc).
  static func threePhases(unlock: UnlockMode = .automatic, starts: String = "2026-W10") -> Plan {
    plan(
      starts: starts, unlock: unlock,
      metrics: [Metric(id: "m", title: "M"), Metric(id: "n", title: "N")],
      [
        phase("a", weeks: 2, [quant("ga", "m"), qual("opt", required: false)]),
        phase("b", weeks: 3, [quant("gb", "n")]),
        phase("c", weeks: 2, [qual("gc")]),
      ])
  }

  let p = threePhases()

  @Test("before the week of `starts` every phase is locked and there is no current phase")
  func beforeStart() {
    let e = p.evaluate(TestJournal(), at: "2026-W09")
    #expect(e.phases.map(\.state) == [.locked, .locked, .locked])
    #expect(e.currentPhase == nil)
    #expect(e.defaultPhase == "a")
    #expect(e.activePhase == nil)
    #expect(e.lockSentence(phase: "a") == "phase 'a' is locked: the plan starts in 2026-W10")
  }

  @Test("phase 1 is unlocked from the week of `starts`; the others wait")
  func phaseOneUnlocks() {
    let e = p.evaluate(TestJournal(), at: "2026-W10")
    #expect(e.phases.map(\.state) == [.active, .locked, .locked])
    #expect(e.phase("a")?.unlockedWeek == wk("2026-W10"))
    #expect(e.activePhase == "a")
    #expect(e.currentPhase == "a")
    #expect(e.lockSentence(phase: "a") == nil)
    #expect(e.goal("gb").reason == .phaseLocked)
    #expect(e.goal("gc").status == .pending)
  }

  @Test("a phase passes in the first week its required goals are met; the next unlocks after")
  func passAndUnlock() {
    var j = TestJournal()
    j.metric("2026-W10", 5)
    j.metric("2026-W11", 12)
    let passWeek = p.evaluate(j, at: "2026-W11")
    #expect(passWeek.phase("a")?.state == .passed)
    #expect(passWeek.phase("a")?.passedWeek == wk("2026-W11"))
    #expect(passWeek.phase("a")?.passedBy == .goals)
    #expect(passWeek.state("b") == .locked)
    #expect(passWeek.activePhase == nil, "no phase is active in the week a phase passes")
    #expect(passWeek.currentPhase == "a")
    #expect(
      passWeek.lockSentence(phase: "b")
        == "phase 'b' is locked: 'a' passed in 2026-W11; 'b' unlocks in 2026-W12")
    let next = p.evaluate(j, at: "2026-W12")
    #expect(next.state("b") == .active)
    #expect(next.phase("b")?.unlockedWeek == wk("2026-W12"))
    #expect(next.activePhase == "b")
    #expect(next.currentPhase == "b")
  }

  @Test("the pass is latched: a later dip is shown on the goal, the phase stays passed")
  func latched() {
    var j = TestJournal()
    j.metric("2026-W10", 12)
    j.metric("2026-W11", 3)
    j.metric("2026-W13", 4)
    let e = p.evaluate(j, at: "2026-W13")
    #expect(e.phase("a")?.state == .passed)
    #expect(e.phase("a")?.passedWeek == wk("2026-W10"))
    #expect(e.goal("ga").status == .notMet)
    #expect(e.state("b") == .active)
  }

  @Test("a goal with required: false never blocks the gate")
  func optionalGoal() {
    var j = TestJournal()
    j.metric("2026-W10", 12)
    let e = p.evaluate(j, at: "2026-W10")
    #expect(e.goal("opt").status == .pending)
    #expect(e.state("a") == .passed)
  }

  @Test("a stale value does not pass the gate")
  func staleDoesNotPass() {
    let q = plan([phase("a", [quant("ga", window: 2, rule: .aggregate(.mean))])])
    var j = TestJournal()
    j.metric("2026-W10", 12)
    j.metric("2026-W11", 12)
    let e = q.evaluate(j, at: "2026-W11")
    #expect(e.state("a") == .passed)
    var late = TestJournal()
    late.metric("2026-W10", 12)
    late.metric("2026-W12", 12)  // W11 missing: at W12 the window is W10 + W12, fresh
    #expect(q.evaluate(late, at: "2026-W12").phase("a")?.passedWeek == wk("2026-W12"))
  }

  @Test("with unlock: decision, met goals wait for a go; the go passes it in its week")
  func decisionMode() {
    let q = Self.threePhases(unlock: .decision)
    var j = TestJournal()
    j.metric("2026-W10", 12)
    let waiting = q.evaluate(j, at: "2026-W11")
    #expect(waiting.state("a") == .active)
    #expect(waiting.lockSentence(phase: "b") == "phase 'b' is locked: 'a' waits for a go decision")
    j.decide("2026-W12", "a", .go)
    let gone = q.evaluate(j, at: "2026-W12")
    #expect(gone.phase("a")?.passedWeek == wk("2026-W12"))
    #expect(gone.phase("a")?.passedBy == .decision)
    #expect(q.evaluate(j, at: "2026-W13").state("b") == .active)
  }

  @Test("go passes a phase with its goals unmet (an override) and names the decision")
  func goOverride() {
    var j = TestJournal()
    j.metric("2026-W10", 3)
    let go = j.decide("2026-W11", "a", .go)
    let e = p.evaluate(j, at: "2026-W11")
    #expect(e.phase("a")?.state == .passed)
    #expect(e.phase("a")?.passedBy == .decision)
    #expect(e.phase("a")?.override == true)
    #expect(e.phase("a")?.decisions.map(\.id) == [go])
    #expect(e.goal("ga").status == .notMet)
  }

  @Test("hold keeps a phase from passing whatever its goals, until a go lifts it")
  func holdLiftedByGo() {
    var j = TestJournal()
    j.decide("2026-W10", "a", .hold)
    j.metric("2026-W10", 12)
    j.metric("2026-W11", 12)
    let held = p.evaluate(j, at: "2026-W11")
    #expect(held.state("a") == .active)
    #expect(held.phase("a")?.onHold == true)
    #expect(held.lockSentence(phase: "b") == "phase 'b' is locked: 'a' is on hold")
    j.decide("2026-W12", "a", .go)
    let lifted = p.evaluate(j, at: "2026-W12")
    #expect(lifted.phase("a")?.passedWeek == wk("2026-W12"))
    // docs/gates.md: the go lifts the hold; its goals are met in W12, so it passes by goals.
    #expect(lifted.phase("a")?.passedBy == .goals)
    #expect(lifted.phase("a")?.override == false)
    #expect(lifted.phase("a")?.onHold == false)
  }

  @Test("recycle lifts a hold and restarts windows, evidence and assessments next week")
  func recycle() {
    let q = plan([
      phase(
        "a", weeks: 6, [quant("ga", window: 2, rule: .aggregate(.mean)), qual("qa", evidence: 1)]),
      phase("b", [quant("gb")]),
    ])
    var j = TestJournal()
    j.note("2026-W10", phase: "a", goal: "qa")
    j.assess("2026-W10", "qa", .met)
    j.metric("2026-W10", 5)
    j.decide("2026-W10", "a", .hold)
    j.metric("2026-W11", 20)
    let held = q.evaluate(j, at: "2026-W11")
    #expect(held.goal("ga").status == .met)
    #expect(held.goal("qa").status == .met)
    #expect(held.state("a") == .active)

    j.decide("2026-W12", "a", .recycle)
    j.metric("2026-W12", 20)
    let recycled = q.evaluate(j, at: "2026-W12")
    #expect(recycled.phase("a")?.countsFrom == wk("2026-W13"))
    #expect(recycled.phase("a")?.onHold == false)
    #expect(recycled.state("a") == .active)
    #expect(recycled.goal("qa").reason == .notAssessed)
    #expect(recycled.goal("ga").reason == .weeksOfData(have: 0, need: 2))

    j.metric("2026-W13", 20)
    j.metric("2026-W14", 20)
    j.note("2026-W14", phase: "a", goal: "qa")
    j.assess("2026-W14", "qa", .met)
    let after = q.evaluate(j, at: "2026-W14")
    #expect(after.goal("ga").weekly.map(\.week) == [wk("2026-W13"), wk("2026-W14")])
    #expect(after.phase("a")?.passedWeek == wk("2026-W14"))
    #expect(after.phase("a")?.passedBy == .goals)
  }

  @Test("decisions about a phase that has passed change nothing (recycle cannot unlatch)")
  func decisionsAfterPass() {
    var j = TestJournal()
    j.metric("2026-W10", 12)
    j.decide("2026-W11", "a", .recycle)
    j.decide("2026-W11", "a", .stop)
    let e = p.evaluate(j, at: "2026-W12")
    #expect(e.phase("a")?.state == .passed)
    #expect(e.phase("a")?.passedWeek == wk("2026-W10"))
    #expect(e.phase("a")?.decisions.isEmpty == true)
    #expect(e.stopped == false)
    #expect(e.state("b") == .active)
  }

  @Test("stop is final: the phase is stopped and no later phase unlocks")
  func stop() {
    var j = TestJournal()
    j.decide("2026-W11", "a", .stop)
    j.metric("2026-W12", 12)
    j.decide("2026-W13", "a", .go)
    let e = p.evaluate(j, at: "2026-W20")
    #expect(e.phases.map(\.state) == [.stopped, .locked, .locked])
    #expect(e.stopped)
    #expect(e.stoppedWeek == wk("2026-W11"))
    #expect(e.activePhase == nil)
    #expect(e.currentPhase == "a")
    #expect(e.phase("a")?.overdue == false)
    #expect(e.lockSentence(phase: "b") == "phase 'b' is locked: the plan was stopped in 2026-W11")
  }

  @Test("a decision for a week before the phase unlocked is ignored")
  func decisionBeforeUnlock() {
    var j = TestJournal()
    j.decide("2026-W10", "b", .go)
    j.metric("2026-W10", 12)
    let e = p.evaluate(j, at: "2026-W12")
    #expect(e.state("b") == .active)
    #expect(e.phase("b")?.decisions.isEmpty == true)
  }

  @Test(
    "several decisions about a phase in one week: the later line wins, but a stop is final",
    arguments: [
      ([DecisionKind.go, .hold], GateState.active, true),
      ([.hold, .go], .passed, false),
      ([.stop, .hold], .stopped, false),
      ([.stop, .go], .stopped, false),
      ([.go, .stop], .stopped, false),
      ([.hold, .stop], .stopped, false),
    ])
  func sameWeek(_ decisions: [DecisionKind], state: GateState, onHold: Bool) {
    var j = TestJournal()
    for d in decisions { j.decide("2026-W10", "a", d) }
    let e = p.evaluate(j, at: "2026-W11")
    #expect(e.state("a") == state)
    #expect(e.phase("a")?.onHold == onHold)
    #expect(e.phase("a")?.decisions.count == decisions.count)
  }

  @Test(
    "planned start and end come from `starts` and the weeks of the phases before",
    arguments: [
      ("a", "2026-W10", "2026-W11"), ("b", "2026-W12", "2026-W14"), ("c", "2026-W15", "2026-W16"),
    ])
  func plannedWeeks(_ id: String, start: String, end: String) {
    let e = p.evaluate(TestJournal(), at: "2026-W10")
    #expect(e.phase(id)?.plannedStart == wk(start))
    #expect(e.phase(id)?.plannedEnd == wk(end))
  }

  @Test(
    "a phase active past its planned end is overdue by the weeks since",
    arguments: [("2026-W11", false, 0), ("2026-W12", true, 1), ("2026-W15", true, 4)])
  func overdue(_ week: String, overdue: Bool, weeks: Int) {
    let e = p.evaluate(TestJournal(), at: week)
    #expect(e.phase("a")?.overdue == overdue)
    #expect(e.phase("a")?.overdueWeeks == weeks)
  }

  @Test("across the year end: 2026 has 53 weeks, and the next phase unlocks in 2027-W01")
  func yearEnd() {
    let q = Self.threePhases(starts: "2026-W52")
    #expect(q.evaluate(TestJournal(), at: "2026-W52").phase("a")?.plannedEnd == wk("2026-W53"))
    #expect(q.evaluate(TestJournal(), at: "2026-W52").phase("b")?.plannedStart == wk("2027-W01"))
    var j = TestJournal()
    j.metric("2026-W52", 5)
    j.metric("2026-W53", 12)
    let pass = q.evaluate(j, at: "2026-W53")
    #expect(pass.phase("a")?.passedWeek == wk("2026-W53"))
    #expect(
      pass.lockSentence(phase: "b")
        == "phase 'b' is locked: 'a' passed in 2026-W53; 'b' unlocks in 2027-W01")
    let next = q.evaluate(j, at: "2027-W01")
    #expect(next.phase("b")?.unlockedWeek == wk("2027-W01"))
    #expect(next.activePhase == "b")
  }

  @Test("a window that spans the year end reads W53 and W01 as neighbours")
  func windowAcrossYearEnd() {
    let q = plan(
      starts: "2026-W52", [phase("a", [quant("ga", window: 2, rule: .aggregate(.mean))])])
    var j = TestJournal()
    j.metric("2026-W53", 10)
    j.metric("2027-W01", 20)
    let e = q.evaluate(j, at: "2027-W02")
    #expect(e.goal("ga").value == 15)
    #expect(e.goal("ga").status == .met)
    #expect(e.phase("a")?.passedWeek == wk("2027-W01"))
  }

  @Test("the current phase is the last one unlocked, whatever its state now")
  func currentPhase() {
    var j = TestJournal()
    j.metric("2026-W10", 12)
    j.metric("2026-W11", 12, "n")
    let e = p.evaluate(j, at: "2026-W11")
    #expect(e.state("b") == .passed)
    #expect(e.currentPhase == "b")
    #expect(e.activePhase == nil)
  }

  @Test("goals of locked phases are pending with the reason 'phase locked'")
  func lockedGoals() {
    let e = p.evaluate(TestJournal(), at: "2026-W10")
    for id in ["gb", "gc"] {
      #expect(e.goal(id).status == .pending)
      #expect(e.goal(id).reason == .phaseLocked)
    }
  }
}
