@testable import RolloutKit

/// A plan and an evaluation built by hand, so the report can be tested without the gate
/// engine: 'listen' passed in W40, 'pilot' active and overdue, 'scale' locked.
enum ReportFixture {
  static func week(_ text: String) -> ISOWeek { ISOWeek(text)! }

  static let personas = Goal(
    id: "personas", title: "Everyone who communicates uses the buyer personas",
    description: "Replies name the customer's situation, not our org chart.",
    serves: ["fast-service"], kind: .qualitative(evidence: 2))
  static let firstResponse = Goal(
    id: "first-response", title: "First answer within a day", serves: ["fast-service"],
    kind: .quantitative(
      Measure(
        metric: "response_time_h", target: Target(.lessOrEqual, 24), window: 4,
        rule: .aggregate(.median), baseline: 48)))
  static let satisfaction = Goal(
    id: "csat-chat", title: "Chat customers are satisfied",
    kind: .quantitative(
      Measure(metric: "csat", target: Target(.greaterOrEqual, 4.2), window: 3, channel: "chat")))
  static let tone = Goal(
    id: "tone", title: "Our replies sound like people", required: false,
    kind: .qualitative(evidence: 1))

  static func plan(language: Language = .en, noteTitle: String? = nil) -> Plan {
    Plan(
      title: "Web strategy rollout", owner: "Communications team",
      starts: CalendarDate("2026-08-31")!, language: language,
      objectives: [Objective(id: "fast-service", title: "Customers get fast, consistent answers")],
      metrics: [
        Metric(
          id: "response_time_h", title: "Median first-response time", unit: "h", better: .lower),
        Metric(id: "csat", title: "Customer satisfaction", unit: "/5", combine: .mean),
      ],
      phases: [
        Phase(
          id: "listen", title: "Listen and map the channels", weeks: 6,
          goals: [Goal(id: "map", title: "Channel map agreed", kind: .qualitative(evidence: 0))]),
        Phase(
          id: "pilot", title: "Pilot on chat", weeks: 4, summary: "Chat first, then e-mail.",
          goals: [personas, tone, firstResponse, satisfaction]),
        Phase(
          id: "scale", title: "Scale to every channel", weeks: 6,
          goals: [
            Goal(
              id: "all-channels", title: "Every channel answers within a day",
              kind: .quantitative(
                Measure(metric: "response_time_h", target: Target(.lessOrEqual, 24))))
          ]),
      ])
  }

  static func note(
    _ id: String, _ week: String, _ text: String, goal: String? = nil, tags: [String] = [],
    channel: String? = nil, sentiment: Sentiment? = nil, author: String = "Aino",
    at: String = "2026-11-25T10:00:00+02:00"
  ) -> Entry {
    Entry(
      id: id, at: at, week: self.week(week), author: author,
      body: .note(
        Note(
          phase: "pilot", goal: goal, tags: tags, channel: channel, sentiment: sentiment,
          text: text)))
  }

  static let assessment = Entry(
    id: "a1000001", at: "2026-11-20T09:00:00+02:00", week: week("2026-W47"), author: "Mikko",
    body: .assess(Assessment(goal: "personas", verdict: .met, text: "Seen in 9 of 10 replies.")))

  static let hold = Entry(
    id: "d1000001", at: "2026-11-12T09:00:00+02:00", week: week("2026-W46"), author: "Liisa",
    body: .decide(Decision(phase: "pilot", decision: .hold, text: "Wait for the new chat tool")))

  static let go = Entry(
    id: "d1000002", at: "2026-11-19T09:00:00+02:00", week: week("2026-W47"), author: "Liisa",
    body: .decide(Decision(phase: "pilot", decision: .go, text: "Tool is live")))

  /// This week's notes (W48) and the supporting notes of 'personas'.
  static func entries(noteText: String = "Customers thanked us for quick answers") -> [Entry] {
    [
      note("b1000001", "2026-W46", "Persona cards are on every desk", goal: "personas"),
      note("b1000002", "2026-W47", "Replies mention the customer's situation", goal: "personas"),
      note(
        "b1000003", "2026-W48", noteText, goal: "personas", tags: ["chat"], channel: "chat",
        sentiment: .positive),
      note(
        "b1000004", "2026-W48", "Waited two days for an answer", tags: ["email", "chat"],
        channel: "email", sentiment: .negative, author: "Pekka"),
      note("b1000005", "2026-W48", "Asked about prices on the phone", channel: "phone"),
      note("b1000006", "2026-W48", "Nice chat, hard to find it", sentiment: .neutral),
      note("b1000007", "2026-W47", "Last week's note, not this week's", tags: ["chat"]),
      assessment, hold, go,
    ]
  }

  static func evaluation(
    plan: Plan = plan(), entries: [Entry] = entries(), pilotState: GateState = .active,
    stopped: Bool = false
  ) -> Evaluation {
    let notes = entries.filter {
      if case .note(let n) = $0.body { return n.goal == "personas" }
      return false
    }
    var personas = GoalEvaluation(goal: self.personas, status: .met)
    personas.evidence = notes.count
    personas.evidenceRequired = 2
    personas.latestAssessment = assessment
    personas.supportingNotes = EntryList(notes)
    let tone = GoalEvaluation(goal: self.tone, status: .pending, reason: .notAssessed)
    var first = GoalEvaluation(goal: firstResponse, status: .met)
    first.value = 19.25
    first.weeksOfData = 4
    first.progress = 1
    first.baseline = 48
    first.weekly = [
      WeeklyValue(week: week("2026-W44"), value: 30),
      WeeklyValue(week: week("2026-W45"), value: 26),
      WeeklyValue(week: week("2026-W46"), value: 20),
      WeeklyValue(week: week("2026-W47"), value: 18.5),
    ]
    var csat = GoalEvaluation(
      goal: satisfaction, status: .pending, reason: .weeksOfData(have: 2, need: 3))
    csat.value = 4.05
    csat.weeksOfData = 2
    csat.baseline = 3.9
    csat.progress = 0.5
    csat.weekly = [
      WeeklyValue(week: week("2026-W47"), value: 3.9),
      WeeklyValue(week: week("2026-W48"), value: 4.2),
    ]
    let listenGoal = GoalEvaluation(goal: plan.phases[0].goals[0], status: .met)
    let scaleGoal = GoalEvaluation(
      goal: plan.phases[2].goals[0], status: .pending, reason: .phaseLocked)
    var evaluation = Evaluation(
      plan: plan, week: week("2026-W48"), activePhase: pilotState == .active ? "pilot" : nil,
      currentPhase: "pilot", stopped: stopped, stoppedWeek: stopped ? week("2026-W48") : nil,
      phases: [
        PhaseEvaluation(
          phase: plan.phases[0], state: .passed, plannedStart: week("2026-W36"),
          plannedEnd: week("2026-W41"), unlockedWeek: week("2026-W36"),
          passedWeek: week("2026-W40"), passedBy: .goals, countsFrom: week("2026-W36"),
          goals: [listenGoal]),
        PhaseEvaluation(
          phase: plan.phases[1], state: pilotState, overdue: pilotState == .active,
          overdueWeeks: pilotState == .active ? 3 : 0, plannedStart: week("2026-W42"),
          plannedEnd: week("2026-W45"), unlockedWeek: week("2026-W41"),
          countsFrom: week("2026-W41"), decisions: [hold, go],
          goals: [personas, tone, first, csat]),
        PhaseEvaluation(
          phase: plan.phases[2], state: .locked, plannedStart: week("2026-W46"),
          plannedEnd: week("2026-W51"), goals: [scaleGoal]),
      ])
    // 'listen' passed by its goals; a passed pilot passed with the goals met now.
    evaluation.phases[0].metAtPass = ["map"]
    evaluation.phases[1].metAtPass = ["personas", "first-response"]
    return evaluation
  }

  static func render(
    _ evaluation: Evaluation = evaluation(), entries: [Entry] = entries(),
    phase: String = "pilot", language: Language = .en, format: ReportFormat = .markdown
  ) throws -> String {
    let report = ReportBuilder.build(
      evaluation: evaluation, entries: entries, phase: phase, language: language,
      markup: format.markup)
    let template = ReportRenderer.defaultTemplate(for: language, format: format)
    switch format {
    case .json: return ReportRenderer.json(report)
    case .text: return ReportRenderer.text(report)
    case .html: return try ReportRenderer.html(report, template: template, file: "test")
    case .markdown: return try ReportRenderer.markdown(report, template: template, file: "test")
    }
  }
}
