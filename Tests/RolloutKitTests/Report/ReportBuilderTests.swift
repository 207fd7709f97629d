import Testing

@testable import RolloutKit

/// The report model (docs/reports.md), built from hand-made evaluations.
struct ReportBuilderTests {
  typealias F = ReportFixture

  static func report(
    _ evaluation: Evaluation = F.evaluation(), phase: String = "pilot",
    language: Language = .en, asOf: CalendarDate? = nil
  ) -> Report {
    ReportBuilder.build(
      evaluation: evaluation, entries: F.entries(), phase: phase, language: language,
      asOf: asOf)
  }

  static func with(_ change: (inout Evaluation) -> Void) -> Evaluation {
    var e = F.evaluation()
    change(&e)
    return e
  }

  @Test(arguments: [
    // An active phase short of its goals, overdue.
    (with { _ in }, "not-yet", "NOT YET", "2 of 3 required goals met"),
    // Every required goal met but the pass awaits a go decision.
    (
      with { e in
        e.phases[1].goals[3].status = .met
        e.phases[1].overdue = false
      }, "ready", "READY", "all 3 required goals met; a go decision is awaited"
    ),
    (
      with { $0.phases[1].onHold = true }, "on-hold", "ON HOLD",
      "since W46, decided by Liisa: Wait for the new chat tool; 2 of 3 required goals met"
    ),
    (
      with { e in
        e.phases[1].state = .passed
        e.phases[1].passedWeek = ISOWeek("2026-W47")
        e.phases[1].passedBy = .decision
        e.phases[1].override = true
      }, "passed", "PASSED BY OVERRIDE",
      "in W47, as an override: Liisa decided go with 2 of 3 required goals met — Tool is live"
    ),
    (
      with { e in
        e.phases[1].state = .passed
        e.phases[1].passedWeek = ISOWeek("2026-W47")
        e.phases[1].passedBy = .decision
      }, "passed", "PASSED",
      "in W47, by decision: Liisa confirmed it with a go (all 3 required goals met)"
    ),
    (
      with { e in
        e.phases[1].state = .stopped
        e.stopped = true
        e.phases[1].decisions.append(
          Entry(
            id: "d1000003", at: "2026-11-26T09:00:00+02:00", week: ISOWeek("2026-W48")!,
            author: "Liisa",
            body: .decide(Decision(phase: "pilot", decision: .stop, text: "Budget gone"))))
      }, "stopped", "STOPPED", "the plan was stopped in W48 by Liisa: Budget gone"
    ),
  ])
  func verdictOfTheReportedPhase(
    evaluation: Evaluation, state: String, word: String, detail: String
  ) {
    let verdict = Self.report(evaluation).verdict
    #expect(verdict.state == state)
    #expect(verdict.word == word)
    #expect(verdict.detail == detail)
  }

  @Test func aLockedPhaseSaysWhatItWaitsFor() {
    let verdict = Self.report(phase: "scale").verdict
    #expect(verdict.word == "NOT STARTED")
    #expect(
      verdict.detail == "starts when “Pilot on chat” passes its gate (2 of 3 required goals met)")
  }

  @Test func anOverduePhaseSaysByHowManyWeeks() {
    let verdict = Self.report().verdict
    #expect(verdict.isOverdue)
    #expect(verdict.overdue == "overdue by 3 weeks (planned end W45)")
    #expect(
      Self.report(language: .fi).verdict.overdue == "myöhässä 3 viikkoa (suunniteltu loppu vko 45)")
    #expect(Self.report(language: .nl).verdict.overdue == "3 weken over tijd (gepland einde wk 45)")
  }

  @Test func qualitativeGoalsComeWithUpToThreeQuotesNewestFirst() {
    var e = F.evaluation()
    let extra = F.note("b1000009", "2026-W45", "An older note", goal: "personas")
    e.phases[1].goals[0].supportingNotes = EntryList(
      [extra] + Array(e.phases[1].goals[0].supportingNotes))
    let goal = Self.report(e).qualitative[0]
    #expect(goal.quotes.map(\.id) == ["b1000003", "b1000002", "b1000001"])
    #expect(goal.assessment?.author == "Mikko")
    #expect(goal.evidenceLabel == "3 supporting notes (2 required)")
  }

  @Test func everyQuantitativeValueStandsBesideItsTarget() {
    let goals = Self.report().quantitative
    #expect(goals.map(\.value) == ["19.25\u{A0}h", "4.05/5"])
    #expect(goals.map(\.target) == ["≤ 24\u{A0}h", "≥ 4.2/5"])
    #expect(goals[0].window == "median of the last 4 weeks")
    #expect(goals[0].sparkline == "█▆▂▁")
    #expect(goals[1].reason == "2 of 3 weeks of data")
    #expect(goals[0].chart?.values == "30, 26, 20, 18.5")
    #expect(goals[0].chart?.target == "24, 24, 24, 24")
  }

  @Test func aShortWindowNeverReadsAsAFullOne() throws {
    // 'csat-chat' takes the latest of 3 weeks but has 2 weeks of data; the table's window
    // cell says what the value is made of, while the full window keeps the rule's words.
    let goals = Self.report().quantitative
    #expect(goals[0].measured == goals[0].window)
    #expect(goals[1].window == "latest of 3 weeks")
    #expect(goals[1].measured == "latest of 2 weeks so far (3 needed)")
    #expect(
      Self.report(language: .fi).quantitative[1].measured
        == "viimeisin 2 viikosta tähän mennessä (tarvitaan 3)")
    #expect(
      Self.report(language: .nl).quantitative[1].measured
        == "laatste van 2 weken tot nu toe (3 nodig)")
    #expect(try F.render().contains("| latest of 2 weeks so far (3 needed) |"))
    #expect(try F.render(format: .html).contains("<td>latest of 2 weeks so far (3 needed)</td>"))
  }

  @Test func aGoalWhoseOtherChannelsWereLeftOutSaysSo() throws {
    var e = F.evaluation()
    let k = try #require(e.phases[1].goals.firstIndex { $0.goal.id == "first-response" })
    e.phases[1].goals[k].severalChannels = [
      SeveralChannels(week: F.week("2026-W47"), channels: ["chat", "some"])
    ]
    let goal = try #require(Self.report(e).quantitative.first { $0.id == "first-response" })
    #expect(goal.hasSeveralChannels)
    #expect(
      goal.severalChannels
        == "Values from several channels (chat, some) in W47; under combine: last only the "
        + "value logged last counted.")
    #expect(try F.render(e).contains(goal.severalChannels))
    #expect(try F.render(e, format: .html).contains("<p class=\"note\">Values from several"))
    // Without such a week, nothing is said.
    #expect(Self.report().quantitative.allSatisfy { !$0.hasSeveralChannels })
  }

  @Test func thisWeeksFeedbackIsGroupedByTagThenChannel() {
    let feedback = Self.report().feedback
    #expect(feedback.count == 4)
    #expect(feedback.groups.map(\.name) == ["chat", "email", "phone", "Other"])
    #expect(feedback.groups.map(\.kind) == ["tag", "tag", "channel", "other"])
    // The note tagged [email, chat] stands once, under its first tag.
    #expect(feedback.groups[0].tally == "1 positive")
    #expect(feedback.groups[1].notes.map(\.id) == ["b1000004"])
    #expect(feedback.groups.map(\.notes.count).reduce(0, +) == feedback.count)
    #expect(feedback.tally == "1 positive · 1 neutral · 1 negative · 1 unmarked")
  }

  @Test func retractedAndLaterRecordedNotesAreLeftOut() {
    var entries = F.entries()
    entries.append(
      Entry(
        id: "e1000001", at: "2026-11-26T09:00:00+02:00", week: ISOWeek("2026-W48")!,
        author: "Aino", body: .retract(Retraction(target: "b1000005", text: "wrong phase"))))
    entries.append(
      F.note("b100000a", "2026-W48", "Recorded on Friday", at: "2026-11-27T09:00:00+02:00"))
    let asOfThursday = ReportBuilder.build(
      evaluation: F.evaluation(), entries: entries, phase: "pilot", language: .en,
      asOf: CalendarDate("2026-11-26"))
    #expect(asOfThursday.feedback.count == 3)
    #expect(!asOfThursday.feedback.groups.flatMap(\.notes).map(\.id).contains("b100000a"))
  }

  @Test func decisionsNameWhoAndWhyAndMarkTheOverride() throws {
    var e = F.evaluation()
    e.phases[1].state = .passed
    e.phases[1].passedWeek = ISOWeek("2026-W47")
    e.phases[1].passedBy = .decision
    e.phases[1].override = true
    let rows = Self.report(e).decisions
    #expect(rows.map(\.author) == ["Liisa", "Liisa"])
    #expect(rows.map(\.isOverride) == [false, true])
    #expect(rows.map(\.isConfirmation) == [false, false])
    #expect(rows[1].reason == "Tool is live")
    // docs/gates.md: a go with every required goal met is a confirmation, never an override.
    e.phases[1].override = false
    let confirmed = Self.report(e).decisions
    #expect(confirmed.map(\.isOverride) == [false, false])
    #expect(confirmed.map(\.isConfirmation) == [false, true])
    for language in Language.allCases {
      let markdown = try F.render(e, language: language)
      let table = markdown.split(separator: "\n").filter {
        $0.hasPrefix("| W") || $0.hasPrefix("| vko") || $0.hasPrefix("| wk")
      }
      #expect(!table.isEmpty, "\(language)")
      for word in ["override", "poikkeus", "uitzondering"] {
        #expect(!table.contains { $0.contains(word) }, "\(language): \(word)")
      }
    }
  }

  @Test func whatIsMissingForAnActivePhase() {
    let due = Self.report().due.map(\.text)
    #expect(
      due == [
        "Log “Median first-response time” for W48 (last value W47)",
        "Assess “Our replies sound like people”: met or not met",
        "The phase is overdue by 3 weeks (planned end W45): decide go, hold, recycle or stop",
      ])
    #expect(Self.report(phase: "listen").due.isEmpty)
  }

  @Test func objectivesListTheGoalsThatServeThem() {
    let objectives = Self.report().objectives
    #expect(objectives.map(\.id) == ["fast-service"])
    #expect(objectives[0].goals.map(\.id) == ["personas", "first-response"])
  }

  @Test func theNextPhaseAndItsGoals() throws {
    let next = try #require(Self.report().next)
    #expect(next.id == "scale")
    #expect(next.unlock == "Unlocks the week after “Pilot on chat” passes its gate.")
    #expect(next.goals.map(\.measure) == ["Median first-response time ≤ 24\u{A0}h (latest week)"])
    #expect(Self.report(phase: "scale").next == nil)
  }

  @Test func theDefaultPhaseIsTheCurrentOne() throws {
    #expect(try ReportBuilder.phase(nil, in: F.evaluation()) == "pilot")
    var e = F.evaluation()
    e.currentPhase = nil
    #expect(try ReportBuilder.phase(nil, in: e) == "listen")
    #expect(try ReportBuilder.phase("scale", in: e) == "scale")
  }

  @Test func anUnknownPhaseSuggestsTheNearestId() {
    #expect {
      try ReportBuilder.phase("pilto", in: F.evaluation())
    } throws: { error in
      let d = (error as? DiagnosticsError)?.diagnostics.first
      return d?.suggestion == "did you mean 'pilot'?"
        && d?.message.contains("'listen', 'pilot', 'scale'") == true
    }
  }
}
