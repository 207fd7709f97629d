import Testing

@testable import RolloutKit

private let guardTestTime = "2026-11-25T10:02:11+02:00"

private func value(_ v: Double, channel: String? = nil, metric: String = "response_time_h")
  -> Entry.Body
{
  .metric(MetricValue(metric: metric, value: v, channel: channel))
}

private func retract(_ target: String) -> Entry.Body {
  .retract(Retraction(target: target, text: "x"))
}

/// The writing commands' guards against mistakes a new user makes: the same value twice,
/// a channel name that differs from the known one, a retraction of a withdrawn entry.
@Suite struct CaptureGuardTests {
  var at: String { guardTestTime }

  /// The journal test plan, with its first-response goal counting only `chat`.
  var chatPlan: Plan {
    var plan = journalTestPlan
    plan.phases[0].goals[1].kind = .quantitative(
      Measure(metric: "response_time_h", target: Target(.lessOrEqual, 24), channel: "chat"))
    return plan
  }

  func entry(_ id: String, _ body: Entry.Body, week: ISOWeek = w48, line: Int = 0) -> Entry {
    Entry(id: id, at: at, week: week, author: "Aino", body: body, line: line)
  }

  /// The problems of logging `bodies` (one draft each, lines 2, 3, …) on top of `existing`.
  func problems(
    _ bodies: [Entry.Body], existing: [Entry] = [], plan: Plan? = nil, force: Bool = false,
    again: Bool = false
  ) -> [Diagnostic] {
    let drafts = bodies.enumerated().map { i, body in
      EntryDraft(week: w48, body: body, file: "in.csv", line: i + 2)
    }
    return Capture.check(
      drafts, plan: plan ?? journalTestPlan, existing: EntryStore(existing), thisWeek: w48,
      recording: Recording(author: "Aino", at: at, force: force, again: again)
    ).problems
  }

  // MARK: the same value twice

  @Test func theSameValueTwiceNamesTheEntryAlreadyLogged() {
    let existing = [entry("c0ffee01", value(30, channel: "phone"), line: 7)]
    let found = problems([value(30, channel: "phone")], existing: existing)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("already logged, as entry c0ffee01") == true)
    #expect(found.first?.message.contains("journal line 7") == true)
    #expect(found.first?.suggestion?.contains("--again") == true)
    #expect(problems([value(30, channel: "phone")], existing: existing, again: true).isEmpty)
  }

  @Test(arguments: [
    (value(30, channel: "email"), "another channel"),
    (value(31, channel: "phone"), "another value"),
    (value(30, channel: nil), "no channel"),
    (value(30, channel: "phone", metric: "csat"), "another metric"),
  ])
  func aValueThatDiffersInAnyPartIsNotARepeat(body: Entry.Body, why: String) {
    let existing = [entry("c0ffee01", value(30, channel: "phone"))]
    #expect(problems([body], existing: existing).isEmpty, "\(why)")
  }

  @Test func anotherWeekOrARetractedValueIsNotARepeat() {
    let lastWeek = [entry("c0ffee01", value(30), week: w48 - 1)]
    #expect(problems([value(30)], existing: lastWeek).isEmpty)
    let retracted = [entry("c0ffee01", value(30)), entry("c0ffee02", retract("c0ffee01"))]
    #expect(problems([value(30)], existing: retracted).isEmpty)
    // Retracting the retraction makes the value count again, so it is a repeat again.
    let restored = retracted + [entry("c0ffee03", retract("c0ffee02"))]
    #expect(problems([value(30)], existing: restored).count == 1)
  }

  @Test func aRowRepeatingAnEarlierRowOfTheFileIsNamedWithBothLines() {
    let found = problems([value(30), value(12), value(30), value(30)])
    #expect(found.map(\.line) == [4, 5])
    #expect(found.allSatisfy { $0.message.contains("is already on line 2 of this file") })
  }

  // MARK: channel names

  @Test(arguments: [
    ("Chat", "did you mean 'chat'?"),
    ("CHAT", "did you mean 'chat'?"),
    ("caht", "did you mean 'chat'?"),
    ("chatt", "did you mean 'chat'?"),
    ("emial", "did you mean 'email'?"),
  ])
  func aChannelCloseToAKnownOneIsRefused(channel: String, fix: String) {
    // 'chat' comes from the plan's goal, 'email' from an earlier entry.
    let existing = [entry("c0ffee01", value(4, channel: "email", metric: "csat"))]
    for body in [
      value(5, channel: channel),
      .note(Note(phase: "pilot", channel: channel, text: "t")),
    ] {
      let found = problems([body], existing: existing, plan: chatPlan)
      #expect(found.count == 1)
      #expect(found.first?.message.contains("the channel '\(channel)' is new") == true)
      #expect(found.first?.suggestion?.contains(fix) == true, "\(found)")
      #expect(problems([body], existing: existing, plan: chatPlan, force: true).isEmpty)
    }
  }

  @Test(arguments: ["chat", "whatsapp", "sms", "facebook"])
  func aKnownOrAClearlyNewChannelIsAccepted(channel: String) {
    #expect(problems([value(5, channel: channel)], plan: chatPlan).isEmpty)
  }

  @Test func aNewChannelOfAnEarlierRowIsKnownToTheRowsAfterIt() {
    let found = problems([value(5, channel: "whatsapp"), value(6, channel: "Whatsapp")])
    #expect(found.map(\.line) == [3])
    #expect(found.first?.suggestion?.contains("did you mean 'whatsapp'?") == true)
  }

  // MARK: retractions

  @Test(arguments: [
    (["A"], [String?.none]),
    (["A", "R1>A"], ["R1", nil]),
    (["A", "R1>A", "R2>R1"], [nil, "R2", nil]),
    (["A", "R1>A", "R2>R1", "R3>R2"], ["R1", nil, "R3", nil]),
    (["A", "R1>A", "R2>A"], ["R2", nil, nil]),
  ])
  func withdrawalsFollowTheGateEngine(lines: [String], withdrawnBy: [String?]) {
    let ids = ["A": "a0000001", "R1": "b0000001", "R2": "b0000002", "R3": "b0000003"]
    let entries = lines.map { line in
      let parts = line.split(separator: ">").map { ids[String($0)] ?? "" }
      return parts.count == 2 ? entry(parts[0], retract(parts[1])) : entry(parts[0], value(1))
    }
    let withdrawals = Withdrawals(entries)
    #expect(
      entries.map { withdrawals.withdrawal(of: $0.id)?.id }
        == withdrawnBy.map { $0.flatMap { ids[$0] } })
    let rows = JournalLog.rows(entries, plan: journalTestPlan, filter: JournalLog.Filter())
    #expect(rows.map(\.retractedBy) == withdrawnBy.map { $0.flatMap { ids[$0] } })
    // The same entries count for the gates as are shown unmarked in the log.
    let evaluation = GateEngine.evaluate(plan: journalTestPlan, entries: entries, week: w48)
    let goal = evaluation.phase("pilot")?.goals.first { $0.goal.id == "first-response" }
    let counted = goal?.weeksOfData ?? 0
    #expect(counted == (withdrawnBy[0] == nil ? 1 : 0))
  }

  @Test func retractingAWithdrawnEntryIsRefusedWithTheRetractionThatWithdrewIt() {
    let existing = [
      entry("c0ffee01", value(30)), entry("d0ffee02", retract("c0ffee01"), line: 2),
    ]
    let found = problems([retract("c0ffee01")], existing: existing)
    #expect(found.count == 1)
    #expect(
      found.first?.message
        == "the entry 'c0ffee01' is already withdrawn by d0ffee02 (journal line 2)")
    #expect(found.first?.suggestion?.contains("retract that retraction") == true)
    // Its retraction may itself be retracted, which restores the entry.
    #expect(problems([retract("d0ffee02")], existing: existing).isEmpty)
  }

  // MARK: phases of notes and assessments

  @Test func aNoteWithAGoalTakesTheGoalsPhase() {
    let at48 = GateEngine.evaluate(plan: journalTestPlan, entries: [], week: w48)
    #expect(
      PhaseLock.notePhase(goal: "tone", plan: journalTestPlan, evaluation: at48) == "scale")
    #expect(
      PhaseLock.notePhase(goal: nil, plan: journalTestPlan, evaluation: at48) == "pilot")
    #expect(
      PhaseLock.notePhase(goal: "nosuch", plan: journalTestPlan, evaluation: at48) == "pilot")
  }

  @Test func aGoalOfALockedPhaseSaysWhyAndHowToForce() {
    let assess = problems([.assess(Assessment(goal: "tone", verdict: .met, text: "t"))])
    #expect(assess.count == 1)
    #expect(
      assess.first?.message.hasPrefix(
        "the goal 'tone' cannot be assessed in 2026-W48: phase 'scale' is locked") == true)
    #expect(assess.first?.suggestion?.contains("--force") == true)
    #expect(assess.first?.suggestion?.contains("--phase") == false)
    let note = problems([.note(Note(phase: "scale", goal: "tone", text: "t"))])
    #expect(note.first?.suggestion?.contains("--phase") == false)
    #expect(note.first?.suggestion?.contains("--force") == true)
  }

  // MARK: --force and decisions

  @Test func forceLogsADecisionForAFutureWeekOfAnOpenPhaseButNeverForALockedOne() {
    func decide(_ phase: String, week: ISOWeek, force: Bool) -> [Diagnostic] {
      Capture.check(
        [EntryDraft(week: week, body: .decide(Decision(phase: phase, decision: .go, text: "t")))],
        plan: journalTestPlan, existing: EntryStore(), thisWeek: w48,
        recording: Recording(author: "Aino", at: at, force: force)
      ).problems
    }
    #expect(
      decide("pilot", week: w48 + 1, force: false).first?.message.contains("after this week")
        == true)
    #expect(decide("pilot", week: w48 + 1, force: true).isEmpty)
    #expect(decide("scale", week: w48, force: true).first?.message.contains("is refused") == true)
  }

  // MARK: wording

  @Test func aDryRunLineHasNoID() {
    let line = EntrySummary.wouldLog(entry("c0ffee01", value(30, channel: "phone")))
    #expect(line == "would log: metric in 2026-W48: response_time_h = 30 (phone)")
  }

  @Test(arguments: [
    ([String: String](), false, false),
    ([:], true, true),
    (["EDITOR": "nano"], false, true),
    (["VISUAL": "code --wait"], false, true),
    (["EDITOR": "  "], false, false),
  ])
  func aNoteWithoutTextNeedsAnEditorOrATerminal(
    environment: [String: String], terminal: Bool, canAsk: Bool
  ) {
    #expect(MessageEditor.canAsk(environment: environment, inputIsTerminal: terminal) == canAsk)
  }
}
