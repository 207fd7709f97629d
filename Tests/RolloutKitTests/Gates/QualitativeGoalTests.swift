import RolloutKit
import Testing

/// docs/gates.md "Qualitative goal": met when the latest assessment at or before W says met and
/// at least `evidence` non-retracted notes link to the goal, counted from the unlock.
@Suite("Qualitative goals")
struct QualitativeGoalTests {
  let plan2 = plan([phase("a", weeks: 20, [qual("q", evidence: 2), quant("other")])])

  enum Step {
    case note(String)
    case assess(String, Verdict)
  }

  @Test(
    "status and reason from the latest assessment and the evidence",
    arguments: [
      ([] as [Step], GoalStatus.pending, PendingReason.notAssessed as PendingReason?, 0),
      ([.note("2026-W10"), .note("2026-W11")], .pending, .notAssessed, 2),
      ([.assess("2026-W11", .met)], .pending, .evidence(have: 0, need: 2), 0),
      ([.note("2026-W10"), .assess("2026-W11", .met)], .pending, .evidence(have: 1, need: 2), 1),
      ([.note("2026-W10"), .note("2026-W10"), .assess("2026-W11", .met)], .met, nil, 2),
      ([.note("2026-W10"), .note("2026-W10"), .assess("2026-W11", .notMet)], .notMet, nil, 2),
      ([.assess("2026-W10", .notMet)], .notMet, nil, 0),
      // the latest assessment wins: by week, then the later line
      (
        [
          .note("2026-W10"), .note("2026-W10"), .assess("2026-W11", .met),
          .assess("2026-W10", .notMet),
        ], .met, nil, 2
      ),
      (
        [
          .note("2026-W10"), .note("2026-W10"), .assess("2026-W11", .met),
          .assess("2026-W11", .notMet),
        ], .notMet, nil, 2
      ),
      // an assessment or a note about a later week is not known yet
      (
        [.note("2026-W10"), .note("2026-W10"), .assess("2026-W13", .met)], .pending,
        .notAssessed, 2
      ),
      (
        [.note("2026-W10"), .note("2026-W13"), .assess("2026-W11", .met)], .pending,
        .evidence(have: 1, need: 2), 1
      ),
      // before the unlock nothing counts
      (
        [.note("2026-W09"), .note("2026-W10"), .assess("2026-W09", .met)], .pending,
        .notAssessed, 1
      ),
    ] as [([Step], GoalStatus, PendingReason?, Int)])
  func rules(_ steps: [Step], status: GoalStatus, reason: PendingReason?, evidence: Int) {
    var j = TestJournal()
    for step in steps {
      switch step {
      case .note(let week): j.note(week, phase: "a", goal: "q")
      case .assess(let week, let verdict): j.assess(week, "q", verdict)
      }
    }
    let result = plan2.evaluate(j, at: "2026-W12").goal("q")
    #expect(result.status == status)
    #expect(result.reason == reason)
    #expect(result.evidence == evidence)
    #expect(result.evidenceRequired == 2)
    #expect(result.supportingNotes.count == evidence)
  }

  @Test("reasons read as the docs word them")
  func wording() {
    #expect(PendingReason.notAssessed.description == "not assessed")
    #expect(PendingReason.evidence(have: 1, need: 2).description == "1 of 2 supporting notes")
    #expect(PendingReason.phaseLocked.description == "phase locked")
  }

  @Test("retracted notes and assessments do not count")
  func retracted() {
    var j = TestJournal()
    j.note("2026-W10", phase: "a", goal: "q")
    let wrongNote = j.note("2026-W10", phase: "a", goal: "q")
    j.assess("2026-W10", "q", .notMet)
    let wrongVerdict = j.assess("2026-W11", "q", .met)
    j.retract("2026-W11", wrongNote)
    let before = plan2.evaluate(j, at: "2026-W11").goal("q")
    #expect(before.evidence == 1)
    #expect(before.reason == .evidence(have: 1, need: 2))
    j.retract("2026-W11", wrongVerdict)
    let after = plan2.evaluate(j, at: "2026-W11").goal("q")
    #expect(after.status == .notMet)
    #expect(after.latestAssessment?.week == wk("2026-W10"))
  }

  @Test("notes without the goal, or linked to another goal, are not evidence")
  func otherNotes() {
    var j = TestJournal()
    j.note("2026-W10", phase: "a", goal: nil)
    j.note("2026-W10", phase: "a", goal: "other")
    j.assess("2026-W10", "q", .met)
    #expect(plan2.evaluate(j, at: "2026-W10").goal("q").evidence == 0)
  }

  @Test("latestAssessment and supportingNotes carry the entries, oldest note first")
  func entriesCarried() {
    var j = TestJournal()
    let late = j.note("2026-W11", phase: "a", goal: "q")
    let early = j.note("2026-W10", phase: "a", goal: "q")
    let verdict = j.assess("2026-W11", "q", .met)
    let result = plan2.evaluate(j, at: "2026-W11").goal("q")
    #expect(result.supportingNotes.map(\.id) == [early, late])
    #expect(result.latestAssessment?.id == verdict)
    #expect(result.status == .met)
  }
}
