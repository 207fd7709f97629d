/// A rollout plan as a person wrote it (docs/plan.md): phases in rollout order, each with
/// qualitative and quantitative goals.
public struct Plan: Sendable, Hashable {
  public var title: String
  public var owner: String?
  /// Phase 1 is unlocked from this date's ISO week.
  public var starts: CalendarDate
  public var language: Language
  public var unlock: UnlockMode
  /// The `journal:` key, relative to the plan, when given.
  public var journal: String?
  public var objectives: [Objective]
  public var metrics: [Metric]
  /// Weeks in which no metric counts (docs/gates.md "Breaks").
  public var breaks: [Break]
  public var phases: [Phase]

  public init(
    title: String, owner: String? = nil, starts: CalendarDate, language: Language = .en,
    unlock: UnlockMode = .automatic, journal: String? = nil, objectives: [Objective] = [],
    metrics: [Metric] = [], breaks: [Break] = [], phases: [Phase]
  ) {
    self.title = title
    self.owner = owner
    self.starts = starts
    self.language = language
    self.unlock = unlock
    self.journal = journal
    self.objectives = objectives
    self.metrics = metrics
    self.breaks = breaks
    self.phases = phases
  }

  /// The week phase 1 unlocks.
  public var startWeek: ISOWeek { ISOWeek(starts) }

  public func phase(_ id: String) -> Phase? { phases.first { $0.id == id } }
  public func phaseIndex(_ id: String) -> Int? { phases.firstIndex { $0.id == id } }
  public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }
  public func objective(_ id: String) -> Objective? { objectives.first { $0.id == id } }

  /// The goal with this id and the phase it belongs to (goal ids are unique plan-wide).
  public func goal(_ id: String) -> (phase: Phase, goal: Goal)? {
    for phase in phases {
      if let goal = phase.goals.first(where: { $0.id == id }) { return (phase, goal) }
    }
    return nil
  }

  /// All goal ids in plan order.
  public var goalIDs: [String] { phases.flatMap { $0.goals.map(\.id) } }

  /// The calendar without the break weeks.
  public var calendar: BreakCalendar { BreakCalendar(breaks) }

  /// The break that holds `week`, if any.
  public func breakHolding(_ week: ISOWeek) -> Break? {
    breaks.first { $0.weeks.contains(week) }
  }

  /// docs/gates.md: the planned first and last week of each phase, from `starts` and the
  /// `weeks` of the phases before it. A span holds `weeks` non-break weeks, so a break
  /// inside it moves its end (and every later phase) one week later per break week; the
  /// next phase starts the week after, even when that week is a break.
  public func plannedWeeks(of index: Int) -> (start: ISOWeek, end: ISOWeek) {
    plannedSchedule()[index]
  }

  /// `plannedWeeks(of:)` of every phase, in one pass over the plan (a plan of 20,000
  /// phases is evaluated in linear time).
  public func plannedSchedule() -> [(start: ISOWeek, end: ISOWeek)] {
    let calendar = self.calendar
    var start = startWeek
    return phases.map { phase in
      let end = calendar.end(from: start, holding: phase.weeks)
      defer { start = end + 1 }
      return (start, end)
    }
  }
}

/// How a phase passes its gate: by its goals, or only by a `go` decision.
public enum UnlockMode: String, Sendable, Hashable, CaseIterable {
  case automatic, decision
}

/// An organisational goal the plan serves.
public struct Objective: Sendable, Hashable {
  public var id: String
  public var title: String
}

/// A measured quantity such as a response time.
public struct Metric: Sendable, Hashable {
  public var id: String
  public var title: String
  public var unit: String?
  public var better: Direction
  public var combine: Combine
  /// The column names that give this metric in a wide import (`import:`), as written.
  public var importNames: [String] = []
  /// The plausible values (`range: [lo, hi]`): a value outside is refused as a probable
  /// typo unless `--force`.
  public var range: ClosedRange<Double>?

  public init(
    id: String, title: String, unit: String? = nil, better: Direction = .higher,
    combine: Combine = .last
  ) {
    self.id = id
    self.title = title
    self.unit = unit
    self.better = better
    self.combine = combine
  }
}

/// Which way a metric improves.
public enum Direction: String, Sendable, Hashable, CaseIterable {
  case higher, lower
}

/// How several values of a metric in one week make its weekly value.
public enum Combine: String, Sendable, Hashable, CaseIterable {
  case last, sum, mean, max, min
}

/// How the window's weekly values become the goal's value.
public enum Aggregate: String, Sendable, Hashable, CaseIterable {
  case latest, mean, median, min, max, sum
}

/// One phase of the rollout.
public struct Phase: Sendable, Hashable {
  public var id: String
  public var title: String
  /// Planned duration in weeks.
  public var weeks: Int
  public var summary: String?
  public var goals: [Goal]

  public init(id: String, title: String, weeks: Int, summary: String? = nil, goals: [Goal]) {
    self.id = id
    self.title = title
    self.weeks = weeks
    self.summary = summary
    self.goals = goals
  }
}

/// A goal of a phase: qualitative (judged by people) or quantitative (by a metric).
public struct Goal: Sendable, Hashable {
  public var id: String
  public var title: String
  public var description: String?
  /// Objective ids this goal serves.
  public var serves: [String]
  /// `false`: tracked, never blocks the gate.
  public var required: Bool
  public var kind: Kind

  public enum Kind: Sendable, Hashable {
    /// Met when assessed `met` with at least `evidence` linked notes.
    case qualitative(evidence: Int)
    case quantitative(Measure)
  }

  public init(
    id: String, title: String, description: String? = nil, serves: [String] = [],
    required: Bool = true, kind: Kind
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.serves = serves
    self.required = required
    self.kind = kind
  }

  public var measure: Measure? {
    if case .quantitative(let m) = kind { return m }
    return nil
  }

  public var isQualitative: Bool {
    if case .qualitative = kind { return true }
    return false
  }
}

/// What a quantitative goal measures and how it is judged.
public struct Measure: Sendable, Hashable {
  public var metric: String
  public var target: Target
  /// The last `window` weeks that have a value count.
  public var window: Int
  public var rule: Rule
  public var baseline: Double?
  /// Only entries of this channel count.
  public var channel: String?

  public enum Rule: Sendable, Hashable {
    case aggregate(Aggregate)
    /// At least this many of the window's weekly values meet the target.
    case weeksMet(Int)
  }

  public init(
    metric: String, target: Target, window: Int = 1, rule: Rule = .aggregate(.latest),
    baseline: Double? = nil, channel: String? = nil
  ) {
    self.metric = metric
    self.target = target
    self.window = window
    self.rule = rule
    self.baseline = baseline
    self.channel = channel
  }
}
