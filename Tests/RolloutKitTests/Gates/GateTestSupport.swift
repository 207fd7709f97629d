import RolloutKit

/// Small builders so that gate tests read like the the docs's tables.

func wk(_ text: String) -> ISOWeek {
  guard let week = ISOWeek(text) else { preconditionFailure("bad week in a test: \(text)") }
  return week
}

func day(_ text: String) -> CalendarDate {
  guard let date = CalendarDate(text) else { preconditionFailure("bad date in a test: \(text)") }
  return date
}

func target(_ text: String) -> Target {
  guard let t = Target(text) else { preconditionFailure("bad target in a test: \(text)") }
  return t
}

func quant(
  _ id: String, _ metric: String = "m", _ targetText: String = ">= 10", window: Int = 1,
  rule: Measure.Rule = .aggregate(.latest), baseline: Double? = nil, channel: String? = nil,
  required: Bool = true
) -> Goal {
  Goal(
    id: id, title: "Goal \(id)", required: required,
    kind: .quantitative(
      Measure(
        metric: metric, target: target(targetText), window: window, rule: rule,
        baseline: baseline, channel: channel)))
}

func qual(_ id: String, evidence: Int = 0, required: Bool = true) -> Goal {
  Goal(id: id, title: "Goal \(id)", required: required, kind: .qualitative(evidence: evidence))
}

func phase(_ id: String, weeks: Int = 4, _ goals: [Goal]) -> Phase {
  Phase(id: id, title: "Phase \(id)", weeks: weeks, goals: goals)
}

/// A plan starting on the Monday of `starts`, with metric `m` (and any others given).
func plan(
  starts: String = "2026-W10", unlock: UnlockMode = .automatic,
  metrics: [Metric] = [Metric(id: "m", title: "M")], _ phases: [Phase]
) -> Plan {
  Plan(
    title: "Test plan", starts: wk(starts).monday, unlock: unlock, metrics: metrics,
    phases: phases)
}

/// A journal written line by line; ids are generated, `at` defaults to the Monday of the
/// entry's week.
struct TestJournal {
  var entries: [Entry] = []

  @discardableResult
  mutating func add(_ week: String, _ body: Entry.Body, at: String? = nil, author: String = "Aino")
    -> String
  {
    let hex = String(entries.count + 1, radix: 16)
    let id = "a" + String(repeating: "0", count: max(0, 7 - hex.count)) + hex
    let recorded = at ?? "\(wk(week).monday)T10:00:00+02:00"
    entries.append(Entry(id: id, at: recorded, week: wk(week), author: author, body: body))
    return id
  }

  @discardableResult
  mutating func metric(
    _ week: String, _ value: Double, _ metric: String = "m", channel: String? = nil,
    at: String? = nil
  ) -> String {
    add(week, .metric(MetricValue(metric: metric, value: value, channel: channel)), at: at)
  }

  @discardableResult
  mutating func note(_ week: String, phase: String, goal: String?, at: String? = nil) -> String {
    add(week, .note(Note(phase: phase, goal: goal, text: "a note")), at: at)
  }

  @discardableResult
  mutating func assess(_ week: String, _ goal: String, _ verdict: Verdict, at: String? = nil)
    -> String
  {
    add(week, .assess(Assessment(goal: goal, verdict: verdict, text: "because")), at: at)
  }

  @discardableResult
  mutating func decide(
    _ week: String, _ phase: String, _ decision: DecisionKind, at: String? = nil
  ) -> String {
    add(week, .decide(Decision(phase: phase, decision: decision, text: "we decided")), at: at)
  }

  @discardableResult
  mutating func retract(_ week: String, _ target: String, at: String? = nil) -> String {
    add(week, .retract(Retraction(target: target, text: "a mistake")), at: at)
  }

  /// Metric values for consecutive weeks from `first`.
  mutating func series(from first: String, _ values: [Double], _ metric: String = "m") {
    for (offset, value) in values.enumerated() {
      self.metric((wk(first) + offset).description, value, metric)
    }
  }
}

extension Plan {
  func evaluate(_ journal: TestJournal, at week: String, asOf: String? = nil) -> Evaluation {
    GateEngine.evaluate(
      plan: self, entries: journal.entries, week: wk(week), asOf: asOf.map(day))
  }
}

extension Evaluation {
  /// The evaluation of the goal with this id (a test fails loudly when it is missing).
  func goal(_ id: String) -> GoalEvaluation {
    for phase in phases {
      if let goal = phase.goals.first(where: { $0.goal.id == id }) { return goal }
    }
    preconditionFailure("no goal \(id) in the evaluation")
  }

  func state(_ id: String) -> GateState? { phase(id)?.state }
}

extension Evaluation {
  /// "phase 'b' is locked: 'a' is on hold": the lock reason as the writing commands say it
  /// in English, or `nil` when the phase is open.
  func lockSentence(phase id: String) -> String? {
    lockReason(phase: id).map { "phase '\(id)' is locked: " + $0.words(in: .en) }
  }
}
