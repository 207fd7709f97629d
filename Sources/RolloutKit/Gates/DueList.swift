/// What is still missing at the report week (docs/journal.md `rollout due`, §6 "what is
/// missing"): a to-do list a team can work through on Monday morning. Built purely from
/// an `Evaluation`, so `due` and the report always agree.
public struct DueList: Sendable, Hashable {
  public var week: ISOWeek
  public var items: [Item]

  /// One thing to do, with what a person needs to do it.
  public enum Item: Sendable, Hashable, CustomStringConvertible {
    /// No value of `metric` (of `channel`, when set) for the week, which these goals need.
    case metricValue(phase: String, metric: String, channel: String?, goals: [String])
    /// A qualitative goal nobody has assessed since the phase unlocked (or recycled).
    case assessment(phase: String, goal: String)
    /// A goal assessed met that lacks supporting notes.
    case evidence(phase: String, goal: String, have: Int, need: Int)
    /// `unlock: decision`: every required goal is met and the phase waits for a `go`.
    case goDecision(phase: String)
    /// On hold: it passes only after a `go`, or starts again after a `recycle`.
    case onHold(phase: String, since: ISOWeek)
    /// Active past its planned end.
    case overdue(phase: String, weeks: Int, plannedEnd: ISOWeek)

    public var phase: String {
      switch self {
      case .metricValue(let p, _, _, _), .assessment(let p, _), .evidence(let p, _, _, _),
        .goDecision(let p), .onHold(let p, _), .overdue(let p, _, _):
        return p
      }
    }

    /// English, for `rollout due` and the English report.
    public var description: String {
      switch self {
      case .metricValue(_, let metric, let channel, let goals):
        let of = channel.map { " (\($0))" } ?? ""
        let list = goals.map { "'\($0)'" }.joined(separator: ", ")
        return "log a value of '\(metric)'\(of) for this week — needed by \(list)"
      case .assessment(_, let goal):
        return "assess '\(goal)': it has not been assessed in this phase yet"
      case .evidence(_, let goal, let have, let need):
        return "link \(need - have) more supporting \(need - have == 1 ? "note" : "notes") "
          + "to '\(goal)' (\(have) of \(need))"
      case .goDecision(let phase):
        return "decide on '\(phase)': every required goal is met and it waits for a go"
      case .onHold(let phase, let since):
        return "'\(phase)' has been on hold since \(since): decide go or recycle when ready"
      case .overdue(let phase, let weeks, let end):
        return "'\(phase)' is overdue by \(weeks) \(weeks == 1 ? "week" : "weeks") "
          + "(planned to end in \(end))"
      }
    }
  }

  /// docs/gates.md: when the week is a break, no metric value is due.
  public var inBreak: Break?

  public init(week: ISOWeek, items: [Item], inBreak: Break? = nil) {
    self.week = week
    self.items = items
    self.inBreak = inBreak
  }

  /// Everything missing for the active phase (none in the week a phase passes).
  public init(_ evaluation: Evaluation) {
    var items: [Item] = []
    let inBreak = evaluation.plan.breakHolding(evaluation.week)
    for phase in evaluation.phases where phase.state == .active {
      if inBreak == nil { items += Self.missingValues(phase, week: evaluation.week) }
      items += Self.qualitative(phase)
      items += Self.decisions(phase, plan: evaluation.plan)
      if phase.overdue {
        items.append(
          .overdue(phase: phase.phase.id, weeks: phase.overdueWeeks, plannedEnd: phase.plannedEnd))
      }
    }
    self.init(week: evaluation.week, items: items, inBreak: inBreak)
  }

  /// One item per metric and channel with no weekly value in the report week.
  private static func missingValues(_ phase: PhaseEvaluation, week: ISOWeek) -> [Item] {
    var order: [String] = []
    var byKey: [String: (metric: String, channel: String?, goals: [String])] = [:]
    for goal in phase.goals {
      guard let measure = goal.goal.measure, goal.weekly.last?.week != week else { continue }
      let key = measure.metric + "\u{0}" + (measure.channel ?? "")
      if byKey[key] == nil {
        order.append(key)
        byKey[key] = (measure.metric, measure.channel, [])
      }
      byKey[key]?.goals.append(goal.goal.id)
    }
    return order.compactMap { key in
      byKey[key].map {
        .metricValue(phase: phase.phase.id, metric: $0.metric, channel: $0.channel, goals: $0.goals)
      }
    }
  }

  private static func qualitative(_ phase: PhaseEvaluation) -> [Item] {
    phase.goals.compactMap { goal in
      switch goal.reason {
      case .notAssessed?: return .assessment(phase: phase.phase.id, goal: goal.goal.id)
      case .evidence(let have, let need)?:
        return .evidence(phase: phase.phase.id, goal: goal.goal.id, have: have, need: need)
      default: return nil
      }
    }
  }

  private static func decisions(_ phase: PhaseEvaluation, plan: Plan) -> [Item] {
    if phase.onHold {
      let since = phase.decisions.last { $0.decisionBody?.decision == .hold }?.week
      return [
        .onHold(phase: phase.phase.id, since: since ?? phase.countsFrom ?? phase.plannedStart)
      ]
    }
    let (met, of) = phase.requiredMet
    if plan.unlock == .decision, met == of { return [.goDecision(phase: phase.phase.id)] }
    return []
  }
}
