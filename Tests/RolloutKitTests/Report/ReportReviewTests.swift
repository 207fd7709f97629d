import Testing

@testable import RolloutKit

/// Findings of a new-user review: each test fails on the behaviour that was reported.
struct ReportReviewTests {
  typealias F = ReportFixture

  static func report(
    _ evaluation: Evaluation, phase: String = "pilot", language: Language = .en,
    entries: [Entry] = F.entries()
  ) -> Report {
    ReportBuilder.build(
      evaluation: evaluation, entries: entries, phase: phase, language: language)
  }

  /// 'pilot' passed in the report week W48 by a go: 'scale' unlocks in W49.
  static func pilotPassedThisWeek() -> Evaluation {
    var e = F.evaluation(pilotState: .passed)
    e.phases[1].passedWeek = ISOWeek("2026-W48")
    e.phases[1].passedBy = .goals
    e.phases[1].overdue = false
    for i in e.phases[1].goals.indices { e.phases[1].goals[i].status = .met }
    e.phases[1].metAtPass = Set(e.phases[1].goals.map(\.goal.id))
    return e
  }

  // MARK: 1. The next phase's verdict agrees with the current phase's

  @Test(arguments: [
    (Language.en, "unlocks in W49: “Pilot on chat” passed its gate in W48"),
    (.fi, "avautuu viikolla 49: vaihe ”Pilot on chat” läpäistiin viikolla 48"),
    (.nl, "gaat open in wk 49: fase ‘Pilot on chat’ is afgerond in wk 48"),
  ])
  func aLockedPhaseWhosePredecessorPassedSaysWhenItUnlocks(language: Language, detail: String) {
    let e = Self.pilotPassedThisWeek()
    let scale = Self.report(e, phase: "scale", language: language)
    #expect(scale.verdict.state == "not-started")
    #expect(scale.verdict.detail == detail)
    // The same week as the report on the phase before, and as lockReason.
    let pilotNext = Self.report(e, language: language).next?.unlock ?? ""
    #expect(pilotNext.contains(language == .en ? "W49" : language == .fi ? "viikolla 49" : "wk 49"))
    #expect(
      e.lockSentence(phase: "scale") == "phase 'scale' is locked: 'pilot' passed in 2026-W48; "
        + "'scale' unlocks in 2026-W49")
  }

  @Test(arguments: [
    (Language.en, "will not unlock: the plan was stopped in W48"),
    (.fi, "ei avaudu: suunnitelma pysäytettiin viikolla 48"),
    (.nl, "gaat niet open: het plan is gestopt in wk 48"),
  ])
  func aLockedPhaseOfAStoppedPlanWillNotUnlock(language: Language, detail: String) {
    let e = F.evaluation(pilotState: .stopped, stopped: true)
    let scale = Self.report(e, phase: "scale", language: language)
    #expect(scale.verdict.state == "not-started")
    #expect(scale.verdict.detail == detail)
    #expect(
      e.lockSentence(phase: "scale") == "phase 'scale' is locked: the plan was stopped in 2026-W48")
  }

  @Test func aLockedPhaseWaitingForAGoDecisionSaysSo() {
    var e = F.evaluation(
      plan: {
        var p = F.plan()
        p.unlock = .decision
        return p
      }())
    for i in e.phases[1].goals.indices { e.phases[1].goals[i].status = .met }
    e.phases[1].onHold = false
    let detail = Self.report(e, phase: "scale").verdict.detail
    #expect(
      detail == "starts the week after a go decision on “Pilot on chat” (all 3 required goals met)")
    #expect(
      e.lockSentence(phase: "scale") == "phase 'scale' is locked: 'pilot' waits for a go decision")
  }

  @Test func oneRequiredGoalIsSingularInEveryVerdictAndLockReason() {
    var e = F.evaluation()
    e.phases[1].goals = [e.phases[1].goals[3]]  // only 'csat-chat', pending
    #expect(
      Self.report(e, phase: "scale").verdict.detail
        == "starts when “Pilot on chat” passes its gate (0 of 1 required goal met)")
    #expect(
      Self.report(e, phase: "scale", language: .nl).verdict.detail.hasSuffix(
        "(0 van 1 verplicht doel gehaald)"))
    #expect(
      e.lockSentence(phase: "scale")
        == "phase 'scale' is locked: 'pilot' has 0 of 1 required goal met")
  }

  // MARK: 2. A goal that is not met never shows full progress

  static func weeksMetGoal(met: Int, status: GoalStatus) -> Evaluation {
    var p = F.plan()
    p.phases[1].goals[2].kind = .quantitative(
      Measure(
        metric: "response_time_h", target: Target(.lessOrEqual, 1), window: 4,
        rule: .weeksMet(3), channel: "chat"))
    var e = F.evaluation(plan: p)
    var g = e.phases[1].goals[2]
    g.goal = p.phases[1].goals[2]
    g.status = status
    g.value = 0.9
    g.weeksMet = met
    g.progress = 1
    e.phases[1].goals[2] = g
    return e
  }

  @Test(arguments: [
    (Language.en, "2 of 3 weeks met"), (.fi, "2/3 vaaditusta viikosta tavoitteessa"),
    (.nl, "2 van 3 benodigde weken op doel"),
  ])
  func aWeeksMetGoalShowsWeeksNotAGrade(language: Language, progress: String) throws {
    let e = Self.weeksMetGoal(met: 2, status: .notMet)
    let goal = Self.report(e, language: language).quantitative[0]
    #expect(goal.progress == progress)
    #expect(!goal.hasBaseline)
    let markdown = try F.render(e, language: language)
    #expect(!markdown.contains("100"))
  }

  @Test func statusShowsWeeksMetAgainstWeeksNeeded() {
    let text = StatusText(colour: false).render(Self.weeksMetGoal(met: 2, status: .notMet))
    #expect(text.contains("not met · latest 0.9 h, target <= 1 h · ███████░░░ 2 of 3 weeks met"))
    #expect(!text.contains("██████████"))
  }

  /// A moved value says whether the move is good, by the metric's `better`: the response time
  /// falls (better) or rises (worse); the arrow alone would read "up is good".
  @Test(arguments: [
    (20.0, Language.en, "19.25 h ↓ from 20 h, better"), (18, .en, "19.25 h ↑ from 18 h, worse"),
    (20, .fi, "19,25 h ↓ (oli 20 h), parani"), (18, .fi, "19,25 h ↑ (oli 18 h), heikkeni"),
    (20, .nl, "19,25 h ↓ van 20 h, beter"), (18, .nl, "19,25 h ↑ van 18 h, slechter"),
  ])
  func aMovedValueSaysBetterOrWorse(previous: Double, language: Language, text: String) throws {
    var e = F.evaluation()
    e.phases[1].goals[2].previousStatus = .met
    e.phases[1].goals[2].previousValue = previous
    let change = try #require(
      Self.report(e, language: language).changes.items.first { $0.id == "first-response" })
    #expect(String(change.text.map { $0 == "\u{A0}" ? " " : $0 }) == text)
  }

  /// Past its target but not yet judged (too few weeks, or stale): not done either.
  @Test func aPendingGoalNeverReadsAsDone() {
    var e = F.evaluation()
    e.phases[1].goals[3].status = .pending
    e.phases[1].goals[3].progress = 1
    #expect(Self.report(e).quantitative[1].progress == "99%")
    #expect(StatusText(colour: false).render(e).contains("█████████░ 99%"))
    e.phases[1].goals[3].status = .met
    #expect(Self.report(e).quantitative[1].progress == "100%")
  }

  /// A dip is measured against the pass: a goal met then and not met now warns; a goal that
  /// was already unmet when an override passed the phase does not.
  @Test func onlyAGoalMetAtThePassCanDip() {
    var e = Self.pilotPassedThisWeek()
    e.phases[1].goals[2].status = .notMet
    e.phases[1].metAtPass.remove("first-response")
    e.phases[1].passedBy = .decision
    e.phases[1].override = true
    #expect(Self.report(e).verdict.warning == "")
    #expect(!StatusText(colour: false).render(e).contains("dipped"))
    e.phases[1].metAtPass.insert("first-response")
    #expect(Self.report(e).verdict.warning.contains("1 of 3 required goals is no longer met"))
    #expect(StatusText(colour: false).render(e).contains("dipped since the pass"))
  }

  @Test func aNotMetAggregateGoalNeverReadsAsDone() {
    var e = F.evaluation()
    e.phases[1].goals[2].status = .notMet
    e.phases[1].goals[2].progress = 1
    #expect(Self.report(e).quantitative[0].progress == "99%")
    let text = StatusText(colour: false).render(e)
    #expect(text.contains("█████████░ 99%"))
    #expect(StatusText(colour: false).bar(1, notMet: true) == "█████████░ 99%")
    #expect(
      StatusText(colour: false).weeksBar(met: 4, needed: 3, notMet: true)
        == "█████████░ 3 of 3 weeks met")
  }

  // MARK: 5. Wording

  @Test(arguments: [
    (Language.en, "since the pass, 1 of 3 required goals is no longer met"),
    (.fi, "läpäisyn jälkeen 1/3 pakollisesta tavoitteesta ei enää täyty"),
    (.nl, "sinds de afronding wordt 1 van 3 verplichte doelen niet meer gehaald"),
  ])
  func oneSlippedGoalAgrees(language: Language, warning: String) {
    var e = Self.pilotPassedThisWeek()
    e.phases[1].goals[2].status = .notMet
    #expect(Self.report(e, language: language).verdict.warning == warning)
  }

  @Test func finnishWordingReadsNaturally() {
    var e = F.evaluation()
    e.phases[1].onHold = true
    let hold = Self.report(e, language: .fi).verdict
    #expect(hold.word == "PIDOSSA")
    #expect(
      hold.detail
        == "vko 46 alkaen (Liisa): Wait for the new chat tool; 2/3 pakollisesta tavoitteesta saavutettu"
    )
    e.phases[1].onHold = false
    e.phases[1].state = .passed
    e.phases[1].passedWeek = ISOWeek("2026-W47")
    e.phases[1].passedBy = .decision
    e.phases[1].override = true
    #expect(
      Self.report(e, language: .fi).verdict.detail
        == "vko 47, poikkeuksena: Liisa päätti jatkaa, vaikka pakollisista tavoitteista oli"
        + " saavutettu vain 2/3 — Tool is live")
    e.phases[1].override = false
    #expect(
      Self.report(e, language: .fi).verdict.detail
        == "vko 47, päätöksellä: Liisa vahvisti läpäisyn (kaikki 3 pakollista tavoitetta saavutettu)"
    )
    #expect(
      Self.report(e, language: .nl).verdict.detail
        == "in wk 47, door een besluit: Liisa bevestigde de afronding met een go"
        + " (alle 3 verplichte doelen gehaald)")
  }

  @Test func anOverrideIsMarkedWithoutDoubleBrackets() throws {
    var e = F.evaluation()
    e.phases[1].state = .passed
    e.phases[1].passedWeek = ISOWeek("2026-W47")
    e.phases[1].passedBy = .decision
    e.phases[1].override = true
    for language in Language.allCases {
      let markdown = try F.render(e, language: language)
      #expect(!markdown.contains(") ("), "\(language)")
    }
    #expect(try F.render(e, language: .nl).contains("| doorgaan (go), uitzondering: "))
  }

  @Test(arguments: [
    (Language.en, "in W40, by goals: the one required goal met"),
    (.fi, "vko 40, tavoitteiden perusteella: ainoa pakollinen tavoite saavutettu"),
    (.nl, "in wk 40, op doelen: het enige verplichte doel gehaald"),
  ])
  func onePassedGoalIsNotAll(language: Language, detail: String) {
    let verdict = Self.report(F.evaluation(), phase: "listen", language: language).verdict
    #expect(verdict.detail == detail)
  }

  @Test func finnishOverdueByOneWeekTakesTheGenitive() {
    var e = F.evaluation()
    e.phases[1].overdueWeeks = 1
    #expect(
      Self.report(e, language: .fi).verdict.overdue
        == "myöhässä 1 viikon (suunniteltu loppu vko 45)")
  }

  // MARK: 7. Trend and quotes

  @Test func aWeekWithoutAValueKeepsItsPlaceInTheTrend() throws {
    var e = F.evaluation()
    e.phases[1].goals[2].weekly.remove(at: 1)  // W45 has no value now
    let goal = Self.report(e).quantitative[0]
    #expect(goal.trendWeeks == "W44–W47")
    #expect(goal.sparkline == "█·▂▁")
    #expect(goal.sparkline.count == 4)
    #expect(goal.hasGaps && goal.chart?.hasGaps == true)
    #expect(goal.chart?.xAxis == "\"W44\", \"W46\", \"W47\"")
    let markdown = try F.render(e)
    #expect(markdown.contains("Weeks without a value are left out of the chart"))
    #expect(!(try F.render()).contains("Weeks without a value"))
  }

  @Test func aMultiLineNoteKeepsItsLinesInABlockquote() throws {
    let entries = F.entries(noteText: "First line\n- not a list\n\n> not nested\r\nlast")
    var e = F.evaluation(entries: entries)
    e.phases[1].goals[0].supportingNotes = [entries[2]]
    let markdown = try F.render(e, entries: entries)
    #expect(
      markdown.contains(
        "> First line\\\n> \\- not a list\n>\n> \\> not nested\\\n> last\n>\n> — Aino, W48"))
    // In a list item the note stays on one line.
    #expect(markdown.contains("- “First line - not a list > not nested last” — Aino"))
  }
}
