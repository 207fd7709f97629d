import RolloutKit
import Testing

/// docs/gates.md `--week` and `--as-of`, and docs/journal.md `retract`: any past report can be
/// reproduced exactly.
@Suite("Report week, as-of day and retractions")
struct ReproducibilityTests {
  let p = plan([phase("a", weeks: 8, [quant("g", window: 1)]), phase("b", [quant("h")])])

  @Test("--as-of ignores entries recorded after the day, even about earlier weeks")
  func asOfIgnoresLaterRecorded() {
    var j = TestJournal()
    j.metric("2026-W10", 5, at: "2026-03-02T09:00:00+02:00")
    j.metric("2026-W10", 12, at: "2026-03-09T09:00:00+02:00")  // a backfill, a week later
    let then = p.evaluate(j, at: "2026-W10", asOf: "2026-03-08")
    #expect(then.goal("g").value == 5)
    #expect(then.state("a") == .active)
    let now = p.evaluate(j, at: "2026-W10")
    #expect(now.goal("g").value == 12, "--week counts backfills recorded since")
    #expect(now.state("a") == .passed)
  }

  @Test("--as-of keeps entries recorded on the day itself, whatever their time")
  func asOfSameDay() {
    var j = TestJournal()
    j.metric("2026-W10", 12, at: "2026-03-04T23:59:59+02:00")
    #expect(p.evaluate(j, at: "2026-W10", asOf: "2026-03-04").goal("g").value == 12)
    #expect(p.evaluate(j, at: "2026-W10", asOf: "2026-03-03").goal("g").value == nil)
  }

  @Test("a retraction recorded after the as-of day is not applied")
  func asOfRetraction() {
    var j = TestJournal()
    let value = j.metric("2026-W10", 12, at: "2026-03-02T09:00:00+02:00")
    j.retract("2026-W11", value, at: "2026-03-10T09:00:00+02:00")
    #expect(p.evaluate(j, at: "2026-W10", asOf: "2026-03-05").state("a") == .passed)
    #expect(p.evaluate(j, at: "2026-W10", asOf: "2026-03-10").state("a") == .active)
  }

  @Test("under --week a retraction counts even when it was recorded in a later week")
  func weekRetraction() {
    var j = TestJournal()
    let value = j.metric("2026-W10", 12)
    j.retract("2026-W14", value)
    let e = p.evaluate(j, at: "2026-W10")
    #expect(e.goal("g").value == nil)
    #expect(e.state("a") == .active)
  }

  @Test(
    "a retraction of a retraction restores the original entry; a third withdraws it again",
    arguments: [(1, false), (2, true), (3, false)])
  func retractChain(_ depth: Int, restored: Bool) {
    var j = TestJournal()
    var target = j.metric("2026-W10", 12)
    for _ in 0..<depth { target = j.retract("2026-W10", target) }
    #expect((p.evaluate(j, at: "2026-W10").goal("g").value == 12) == restored)
  }

  @Test("a retracted decision has no effect")
  func retractedDecision() {
    var j = TestJournal()
    let stop = j.decide("2026-W10", "a", .stop)
    j.retract("2026-W10", stop)
    let e = p.evaluate(j, at: "2026-W11")
    #expect(e.stopped == false)
    #expect(e.state("a") == .active)
    #expect(e.phase("a")?.decisions.isEmpty == true)
  }

  @Test("adding entries for later weeks leaves the evaluation of a past week unchanged")
  func laterWeeksDoNotChangeThePast() {
    var j = TestJournal()
    j.metric("2026-W10", 5)
    j.metric("2026-W11", 12)
    let before = p.evaluate(j, at: "2026-W11")
    j.metric("2026-W12", 1)
    j.metric("2026-W12", 7, "m")
    j.decide("2026-W12", "b", .stop)
    j.assess("2026-W13", "g", .met)
    #expect(p.evaluate(j, at: "2026-W11") == before)
  }
}

@Suite("Lock reasons and decision refusals")
struct LockReasonTests {
  let p = plan(
    metrics: [Metric(id: "m", title: "M")],
    [
      phase("pilot", weeks: 4, [quant("g1"), quant("g2", "m", ">= 20"), qual("q1"), qual("q2")]),
      phase("scale", [qual("s")]),
    ])

  @Test("a locked phase names the phase before it and how many required goals it has met")
  func goalsShort() {
    var j = TestJournal()
    j.metric("2026-W10", 12)
    j.assess("2026-W10", "q1", .met)
    let e = p.evaluate(j, at: "2026-W10")
    #expect(
      e.lockSentence(phase: "scale")
        == "phase 'scale' is locked: 'pilot' has 2 of 4 required goals met")
    #expect(e.lockSentence(phase: "pilot") == nil)
    #expect(e.lockReason(phase: "nope") == nil)  // the reference check names it
  }

  @Test(
    "only a locked phase has a lock reason; passed and stopped phases were unlocked",
    arguments: [
      ("2026-W10", "scale", "phase 'scale' is locked: 'pilot' has 0 of 4 required goals met"),
      (
        "2026-W11", "scale",
        "phase 'scale' is locked: 'pilot' passed in 2026-W11; 'scale' unlocks in 2026-W12"
      ),
      ("2026-W12", "pilot", nil),
      ("2026-W12", "scale", nil),
      ("2026-W13", "scale", nil),
    ] as [(String, String, String?)])
  func onlyLocked(_ week: String, _ id: String, _ reason: String?) {
    var j = TestJournal()
    j.decide("2026-W11", "pilot", .go)
    j.decide("2026-W13", "scale", .stop)
    #expect(p.evaluate(j, at: week).lockSentence(phase: id) == reason)
  }

  @Test("the current phase is the default; before `starts` it is phase 1")
  func defaultPhase() {
    #expect(p.evaluate(TestJournal(), at: "2026-W01").defaultPhase == "pilot")
    var j = TestJournal()
    j.decide("2026-W10", "pilot", .go)
    #expect(p.evaluate(j, at: "2026-W11").defaultPhase == "scale")
  }
}
