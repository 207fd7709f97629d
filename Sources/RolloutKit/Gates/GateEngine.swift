/// The gate engine (docs/gates.md): a pure function of the plan, the entries and the report
/// week. No clock, files or environment inside.
public enum GateEngine {
  /// Evaluates every phase at `week`. With `asOf`, entries recorded (`at`) after that day
  /// are ignored too; entries with a later `week` are always ignored.
  ///
  /// `entries` are in journal order: where the the docs says "the later line wins", the later
  /// element wins.
  public static func evaluate(
    plan: Plan, entries: [Entry], week: ISOWeek, asOf: CalendarDate? = nil
  ) -> Evaluation {
    evaluate(plan: plan, entries: EntryStore(entries), week: week, asOf: asOf)
  }

  /// The same over a journal as read.
  public static func evaluate(
    plan: Plan, entries: EntryStore, week: ISOWeek, asOf: CalendarDate? = nil
  ) -> Evaluation {
    let index = JournalIndex(entries: entries, week: week, asOf: asOf)
    let gates = plan.phases.map { PhaseGate(plan: plan, phase: $0, index: index) }
    var (phases, stoppedWeek) = walk(plan, gates, at: week, detail: true)
    // docs/gates.md "since last week": the same rules at W−1, over the same index (it holds
    // everything W−1 may see: the goal rules and the decision walk stop at their week).
    let (before, _) = walk(plan, gates, at: week - 1, detail: false)
    for p in phases.indices {
      for g in phases[p].goals.indices {
        let previous = before[p].goals[g]
        phases[p].goals[g].previousStatus = previous.status
        phases[p].goals[g].previousValue = previous.value
      }
    }
    var evaluation = Evaluation(
      plan: plan, week: week,
      activePhase: phases.first { $0.state == .active }?.phase.id,
      currentPhase: phases.last { $0.unlockedWeek != nil }?.phase.id,
      stopped: stoppedWeek != nil, stoppedWeek: stoppedWeek, phases: phases)
    evaluation.overflows = overflows(index, plan, phases)
    return evaluation
  }

  /// Every phase's gate at `week`, and the week the plan stopped (if it did by then).
  private static func walk(_ plan: Plan, _ gates: [PhaseGate], at week: ISOWeek, detail: Bool)
    -> ([PhaseEvaluation], ISOWeek?)
  {
    let calendar = plan.calendar
    var phases: [PhaseEvaluation] = []
    // docs/gates.md: phase 1 is unlocked from the week of `starts`; each next phase the week
    // after the one before passes; nothing after a stop.
    var unlock: ISOWeek? = plan.startWeek
    var stoppedWeek: ISOWeek?
    let schedule = plan.plannedSchedule()
    for position in plan.phases.indices {
      let planned = schedule[position]
      let phase = plan.phases[position]
      guard let unlockedWeek = unlock, unlockedWeek <= week, stoppedWeek == nil else {
        phases.append(
          PhaseEvaluation(
            phase: phase, state: .locked, plannedStart: planned.start, plannedEnd: planned.end,
            goals: phase.goals.map(GoalRules.locked)))
        unlock = nil
        continue
      }
      var result = gates[position].run(unlocked: unlockedWeek, until: week, detail: detail)
      result.plannedStart = planned.start
      result.plannedEnd = planned.end
      if result.state == .active {
        // docs/gates.md: overdue when active past its planned end; break weeks do not count.
        let late = calendar.openWeeks(from: planned.end + 1, through: week)
        result.overdue = late > 0
        result.overdueWeeks = late
        // The week before is only compared with, never forecast from.
        if detail { Forecast.lookAhead(&result, at: week, unlock: plan.unlock, calendar: calendar) }
      }
      if result.state == .stopped { stoppedWeek = result.decisions.last?.week }
      unlock = result.passedWeek.map { $0 + 1 }
      phases.append(result)
    }
    return (phases, stoppedWeek)
  }
}

/// One unlocked phase, walked week by week from its unlock to the report week.
private struct PhaseGate {
  let plan: Plan
  let phase: Phase
  let inputs: [GoalRules.Inputs]
  let decisions: [Entry]

  init(plan: Plan, phase: Phase, index: JournalIndex) {
    self.plan = plan
    self.phase = phase
    self.decisions = index.decisionsByPhase[phase.id] ?? []
    let calendar = plan.calendar
    self.inputs = phase.goals.map { goal in
      var inputs = GoalRules.Inputs(
        notes: index.notesByGoal[goal.id] ?? EntryList(),
        counterNotes: index.counterNotesByGoal[goal.id] ?? EntryList(),
        assessments: index.assessmentsByGoal[goal.id] ?? EntryList(), calendar: calendar)
      if let measure = goal.measure, let metric = plan.metric(measure.metric) {
        // docs/gates.md: a break week has no weekly value for any goal.
        inputs.weekly = index.weeklyValues(metric: metric, channel: measure.channel)
          .filter { calendar.isEmpty || !calendar.contains($0.week) }
        inputs.better = metric.better
        if measure.channel == nil, metric.combine == .last {
          inputs.severalChannels = index.weeksOfSeveralChannels(metric: metric.id)
        }
      }
      return inputs
    }
  }

  /// The phase's state at `end`, with its goals evaluated at `end`.
  func run(unlocked: ISOWeek, until end: ISOWeek, detail: Bool) -> PhaseEvaluation {
    // A decision for a week before the unlock is ignored: the phase could not be decided on.
    let relevant = decisions.filter { $0.week >= unlocked }
    var countsFrom = unlocked
    var onHold = false
    var considered: [Entry] = []
    var next = 0
    var outcome: (state: GateState, week: ISOWeek, by: PassedBy?)?
    var override = false
    var week = unlocked
    while week <= end, outcome == nil {
      var latest: DecisionKind?
      while next < relevant.count, relevant[next].week == week {
        considered.append(relevant[next])
        // Several in one week: the later line wins, except over a stop, which is final
        // (a go beside it comes from a hand edit or a merge; `check` flags it).
        if latest != .stop { latest = relevant[next].decisionBody?.decision }
        next += 1
      }
      switch latest {
      case .stop?: outcome = (.stopped, week, nil)
      case .go?:
        // docs/gates.md: under `unlock: automatic` goals met in the go's week pass the phase by
        // goals; a go is an override only when some required goal is unmet in its week.
        let met = requiredGoalsMet(from: countsFrom, at: week)
        if met, plan.unlock == .automatic {
          outcome = (.passed, week, .goals)
        } else {
          outcome = (.passed, week, .decision)
          override = !met
        }
      case .hold?: onHold = true
      case .recycle?:
        onHold = false
        countsFrom = week + 1  // docs/gates.md: windows, evidence, assessments start again
      case nil: break
      }
      if outcome == nil, !onHold, plan.unlock == .automatic, countsFrom <= week,
        requiredGoalsMet(from: countsFrom, at: week)
      {
        outcome = (.passed, week, .goals)
      }
      week = week + 1
    }
    let goals = zip(phase.goals, inputs).map { goal, inputs in
      GoalRules.evaluate(goal, inputs, from: countsFrom, at: end, detail: detail)
    }
    let passed = outcome?.state == .passed
    var metAtPass: Set<String> = []
    if passed, let week = outcome?.week {
      for (goal, inputs) in zip(phase.goals, inputs)
      where GoalRules.evaluate(goal, inputs, from: countsFrom, at: week, detail: false).status
        == .met
      {
        metAtPass.insert(goal.id)
      }
    }
    var result = PhaseEvaluation(
      phase: phase, state: outcome?.state ?? .active,
      plannedStart: unlocked, plannedEnd: unlocked, unlockedWeek: unlocked,
      passedWeek: passed ? outcome?.week : nil, passedBy: outcome?.by, override: override,
      countsFrom: countsFrom, onHold: outcome == nil && onHold, decisions: considered,
      goals: goals)
    result.metAtPass = metAtPass
    return result
  }

  // docs/gates.md: every required goal met; `required: false` never blocks.
  private func requiredGoalsMet(from start: ISOWeek, at week: ISOWeek) -> Bool {
    zip(phase.goals, inputs).allSatisfy { goal, inputs in
      !goal.required
        || GoalRules.evaluate(goal, inputs, from: start, at: week, detail: false).status == .met
    }
  }
}
