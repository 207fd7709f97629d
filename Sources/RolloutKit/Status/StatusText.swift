/// `rollout status` for people: each phase with its state and weeks, each goal with its
/// value beside its target, a progress bar and the reason when pending. Fits 80 columns;
/// colour only when asked for (the command asks on a terminal without NO_COLOR).
public struct StatusText: Sendable {
  public var colour: Bool
  public var width: Int

  public init(colour: Bool, width: Int = 80) {
    self.colour = colour
    self.width = width
  }

  public func render(_ e: Evaluation) -> String {
    var lines = [truncate(bold(flat(e.plan.title)))]
    lines += wrap(
      [
        "Week \(e.week) (\(e.week.monday) – \(e.week.sunday))",
        e.activePhase.map { "active phase: \($0)" } ?? headlineWithoutActive(e),
      ] + breakFacts(e), indent: 0)
    for phase in e.phases {
      lines.append("")
      lines += render(phase, plan: e.plan)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// SPEC §4: in a break week no metric counts; say so once, with the plan's reason.
  private func breakFacts(_ e: Evaluation) -> [String] {
    guard let pause = e.plan.breakHolding(e.week) else { return [] }
    return [paint("a break: \(flat(pause.reason))", "33"), "no metric counts this week"]
  }

  private func headlineWithoutActive(_ e: Evaluation) -> String {
    if let stopped = e.stoppedWeek { return "the plan was stopped in \(stopped)" }
    guard let current = e.currentPhase else { return "the plan starts in \(e.plan.startWeek)" }
    if e.phases.allSatisfy({ $0.state == .passed }) { return "every phase has passed" }
    let next = e.plan.phaseIndex(current).flatMap { i in
      e.plan.phases.indices.contains(i + 1) ? "'\(e.plan.phases[i + 1].id)'" : nil
    }
    return "'\(current)' passed this week; \(next ?? "the next phase") unlocks next week"
  }

  // MARK: Phases

  private func render(_ p: PhaseEvaluation, plan: Plan) -> [String] {
    let (mark, code): (String, String) =
      switch p.state {
      case .passed: ("✓", "32")
      case .active: ("▶", "36")
      case .stopped: ("■", "31")
      case .locked: ("○", "2")
      }
    var lines = [truncate(paint(mark, code) + " " + bold(p.phase.id) + " · " + flat(p.phase.title))]
    lines += wrap(phaseFacts(p), indent: 2)
    if p.state == .locked {
      let count = p.goals.count
      lines += wrap(["\(count) \(count == 1 ? "goal" : "goals") waiting"], indent: 2)
      return lines
    }
    for goal in p.goals {
      lines += render(goal, in: p, plan: plan)
    }
    for decision in p.decisions {
      lines.append(truncate("  " + decisionLine(decision)))
    }
    return lines
  }

  private func phaseFacts(_ p: PhaseEvaluation) -> [String] {
    var facts: [String] = []
    switch p.state {
    case .passed:
      let by =
        p.override
        ? "as an override (a go with a required goal unmet)"
        : p.passedBy == .decision ? "by decision (a go confirmed it)" : "by its goals"
      facts.append(
        paint("passed in \(p.passedWeek.map(String.init(describing:)) ?? "?") \(by)", "32"))
    case .active:
      facts.append(
        paint("active since \(p.unlockedWeek.map(String.init(describing:)) ?? "?")", "36"))
      if p.onHold { facts.append(paint("on hold", "33")) }
      let (met, of) = p.requiredMet
      facts.append("\(met) of \(of) required \(of == 1 ? "goal" : "goals") met")
      if let pass = p.forecastPass { facts.append("at this pace passes in \(pass)") }
      if p.overdue {
        facts.append(
          paint("overdue by \(p.overdueWeeks) \(p.overdueWeeks == 1 ? "week" : "weeks")", "31"))
      }
    case .stopped:
      let week = p.decisions.last.map { " in \($0.week)" } ?? ""
      facts.append(paint("stopped\(week)", "31"))
    case .locked:
      facts.append(paint("locked", "2"))
    }
    facts.append("planned \(p.plannedStart) – \(p.plannedEnd)")
    if p.state != .active, let unlocked = p.unlockedWeek { facts.append("unlocked \(unlocked)") }
    if let from = p.countsFrom, from != p.unlockedWeek { facts.append("counting from \(from)") }
    return facts
  }

  private func decisionLine(_ entry: Entry) -> String {
    let kind = entry.decisionBody?.decision.rawValue ?? "?"
    let why = entry.decisionBody?.text ?? ""
    return "decision \(entry.week): \(kind) by \(flat(entry.author)) — \(flat(why))"
  }

  // MARK: Goals

  private func render(_ g: GoalEvaluation, in phase: PhaseEvaluation, plan: Plan) -> [String] {
    let (mark, code): (String, String) =
      switch g.status {
      case .met: ("✓", "32")
      case .notMet: ("✗", "31")
      case .pending: ("…", "33")
      }
    var facts = [paint(statusWords(g), code)]
    if !g.goal.required { facts.append("optional") }
    switch g.goal.kind {
    case .qualitative: facts += qualitativeFacts(g)
    case .quantitative(let measure): facts += quantitativeFacts(g, measure, plan: plan)
    }
    if phase.state == .passed, g.goal.required, g.status == .notMet {
      facts.append(paint("dipped since the pass", "33"))
    }
    return [truncate("  " + paint(mark, code) + " " + g.goal.id + " — " + flat(g.goal.title))]
      + wrap(facts, indent: 6) + wrap(g.outlook.map(outlookFacts) ?? [], indent: 6)
  }

  /// SPEC §4 "Looking ahead", in one short line: the budget of a `weeks-met` goal, then
  /// the forecast or why there is none.
  private func outlookFacts(_ o: Outlook) -> [String] {
    var facts: [String] = []
    if let n = o.weeksNeeded {
      facts.append(n == 1 ? "needs next week on target" : "needs the next \(n) weeks on target")
    }
    if let week = o.forecast {
      facts.append("at this pace met in \(week)")
    } else if let reason = o.reason {
      facts.append(reason.description)
    }
    return facts
  }

  private func statusWords(_ g: GoalEvaluation) -> String {
    switch g.status {
    case .met: return "met"
    case .notMet: return "not met"
    case .pending: return "pending" + (g.reason.map { ": \($0)" } ?? "")
    }
  }

  private func qualitativeFacts(_ g: GoalEvaluation) -> [String] {
    var facts: [String] = []
    if case .evidence = g.reason {
      // The reason already says "1 of 2 supporting notes".
    } else {
      let notes = "\(g.evidence) supporting \(g.evidence == 1 ? "note" : "notes")"
      facts.append(g.evidenceRequired > 0 ? "\(notes) (\(g.evidenceRequired) needed)" : notes)
    }
    if g.counterEvidence > 0 {
      facts.append("\(g.counterEvidence) \(g.counterEvidence == 1 ? "note" : "notes") against")
    }
    if let a = g.latestAssessment, let verdict = a.assessmentBody?.verdict {
      let said = verdict == .met ? "met" : "not met"
      facts.append("assessed \(said) by \(flat(a.author)) in \(a.week)")
    }
    return facts
  }

  /// Value beside target, then how far the goal has come. A `weeks-met` goal counts weeks
  /// on target against the weeks needed; its `progress` grade (kept in `--json`, SPEC §4)
  /// would grade only the latest week, and read as done while the goal is not met.
  private func quantitativeFacts(_ g: GoalEvaluation, _ m: Measure, plan: Plan) -> [String] {
    let unit = plan.metric(m.metric)?.unit
    let target = "\(m.target.comparison.rawValue) \(withUnit(display(m.target.value), unit))"
    let weeks = m.window == 1 ? "1 week" : "\(m.window) weeks"
    var facts: [String]
    switch m.rule {
    case .aggregate(let aggregate):
      let value = g.value.map { withUnit(display($0), unit) } ?? "no value yet"
      facts = ["\(value), target \(target)"]
      if let progress = g.progress { facts.append(bar(progress, notMet: g.status == .notMet)) }
      facts.append(
        aggregate == .latest ? "latest weekly value" : "\(aggregate.rawValue) of \(weeks)")
    case .weeksMet(let needed):
      let value = g.value.map { "latest " + withUnit(display($0), unit) } ?? "no value yet"
      facts = ["\(value), target \(target)"]
      facts.append(weeksBar(met: g.weeksMet ?? 0, needed: needed, notMet: g.status == .notMet))
      facts.append("window \(weeks)")
    }
    if let channel = m.channel { facts.append("channel \(channel)") }
    return facts
  }

  // MARK: Formatting

  /// A progress grade as ten cells and a percentage: `██████░░░░ 60%`. A goal that is not
  /// met never shows a full bar or 100% (a strict target, or rounding, could give it one).
  public func bar(_ progress: Double, notMet: Bool = false) -> String {
    let percent = NumberText.percent(progress)
    return cells(progress, notMet: notMet) + " \(notMet ? min(percent, 99) : percent)%"
  }

  /// Weeks on target against weeks needed: `██████░░░░ 2 of 3 weeks met`.
  public func weeksBar(met: Int, needed: Int, notMet: Bool) -> String {
    let shown = min(max(met, 0), needed)
    let fraction = needed > 0 ? Double(shown) / Double(needed) : 1
    return cells(fraction, notMet: notMet)
      + " \(shown) of \(needed) \(needed == 1 ? "week" : "weeks") met"
  }

  /// Ten cells; never all ten filled for a goal that is not met.
  private func cells(_ fraction: Double, notMet: Bool) -> String {
    let rounded = Int((min(max(fraction, 0), 1) * 10).rounded())
    let filled = notMet ? min(rounded, 9) : rounded
    return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
  }

  /// A number as people read it: at most two decimals.
  func display(_ d: Double) -> String { NumberText.twoDecimals(d) }

  /// `18.5 h`, `4.1/5`, `85%`.
  func withUnit(_ number: String, _ unit: String?) -> String {
    guard let unit, !unit.isEmpty else { return number }
    return unit.hasPrefix("%") || unit.hasPrefix("/") ? number + unit : number + " " + unit
  }

  private func wrap(_ facts: [String], indent: Int) -> [String] {
    TerminalText.wrap(facts, indent: indent, width: width, colour: colour)
  }

  /// Cuts a line to the width with `…`, never inside a colour code.
  private func truncate(_ line: String) -> String {
    TerminalText.fitted(line, width: width, colour: colour)
  }

  func flat(_ s: String) -> String { TerminalText.flat(s) }

  private func bold(_ s: String) -> String { paint(s, "1") }

  private func paint(_ s: String, _ code: String) -> String {
    TerminalText.paint(s, code, colour: colour)
  }
}
