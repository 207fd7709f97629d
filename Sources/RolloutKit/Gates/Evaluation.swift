/// The state of a phase's gate at the report week (docs/gates.md).
public enum GateState: String, Sendable, Hashable, Codable {
  case locked, active, passed, stopped
}

/// What made a phase pass.
public enum PassedBy: String, Sendable, Hashable, Codable {
  case goals, decision
}

/// A goal's status at the report week.
public enum GoalStatus: String, Sendable, Hashable, Codable {
  case met
  case notMet = "not-met"
  case pending
}

/// Why a goal is pending, as a value; `description` is the English wording that
/// `status --json` carries, and reports word it in their own language.
public enum PendingReason: Sendable, Hashable, CustomStringConvertible {
  case phaseLocked
  /// Fewer weeks with a value than the window needs.
  case weeksOfData(have: Int, need: Int)
  /// The newest value is older than the week before the report week.
  case stale(lastValue: ISOWeek)
  case notAssessed
  /// Assessed `met`, but fewer linked notes than `evidence` asks for.
  case evidence(have: Int, need: Int)

  public var description: String {
    switch self {
    case .phaseLocked: return "phase locked"
    case .weeksOfData(let have, let need): return "\(have) of \(need) weeks of data"
    case .stale(let week): return "stale: last value \(week)"
    case .notAssessed: return "not assessed"
    case .evidence(let have, let need): return "\(have) of \(need) supporting notes"
    }
  }
}

/// A metric's weekly value (docs/gates.md: the plan's `combine` over the week's entries).
public struct WeeklyValue: Sendable, Hashable {
  public var week: ISOWeek
  public var value: Double

  public init(week: ISOWeek, value: Double) {
    self.week = week
    self.value = value
  }
}

/// How one goal stands at the report week, and why.
public struct GoalEvaluation: Sendable, Hashable {
  public var goal: Goal
  public var status: GoalStatus
  /// Set when `status` is `pending`.
  public var reason: PendingReason?

  // Qualitative goals.
  /// Supporting notes: non-retracted notes linked to the goal since the phase's unlock or
  /// last recycle whose sentiment is not negative.
  public var evidence: Int = 0
  public var evidenceRequired: Int = 0
  /// The latest assessment at or before the report week (an `assess` entry).
  public var latestAssessment: Entry?
  /// The linked notes counted as evidence, oldest first.
  public var supportingNotes = EntryList()
  /// Counter-evidence: linked notes with sentiment negative, counted like `evidence`.
  public var counterEvidence: Int = 0
  /// The linked negative notes, oldest first; never quoted as support.
  public var counterNotes = EntryList()

  // Quantitative goals.
  /// The aggregate compared with the target (with `weeks-met`: the latest weekly value).
  public var value: Double?
  /// Weeks with a value in the window (at most `window`).
  public var weeksOfData: Int = 0
  /// With `weeks-met`: how many of the window's weeks met the target.
  public var weeksMet: Int?
  /// The window's weeks in which only the last of several channels' values counted.
  public var severalChannels: [SeveralChannels] = []
  /// `(value − baseline) / (target − baseline)` clamped to 0…1.
  public var progress: Double?
  /// The baseline the progress grade used.
  public var baseline: Double?
  /// Every weekly value from the phase's unlock (or last recycle) to the report week.
  public var weekly: [WeeklyValue] = []
  /// docs/gates.md "Looking ahead": set for a goal of an active phase that is pending or not met.
  public var outlook: Outlook?

  // Since last week (docs/gates.md): the goal evaluated the same way at the week before.
  /// The status at W−1 (`pending` when the phase was locked then).
  public var previousStatus: GoalStatus = .pending
  /// The quantitative value at W−1, if there was one.
  public var previousValue: Double?

  public init(goal: Goal, status: GoalStatus, reason: PendingReason? = nil) {
    self.goal = goal
    self.status = status
    self.reason = reason
  }
}

/// How one phase stands at the report week.
public struct PhaseEvaluation: Sendable, Hashable {
  public var phase: Phase
  public var state: GateState
  /// Active past its planned end.
  public var overdue: Bool
  /// How many weeks past the planned end (0 when not overdue).
  public var overdueWeeks: Int
  public var plannedStart: ISOWeek
  public var plannedEnd: ISOWeek
  public var unlockedWeek: ISOWeek?
  public var passedWeek: ISOWeek?
  public var passedBy: PassedBy?
  /// Passed by a `go` while some required goal was unmet in the go's week (docs/gates.md).
  public var override: Bool
  /// Where windows, evidence and assessments count from: the unlock, or the week after
  /// the last `recycle`.
  public var countsFrom: ISOWeek?
  /// The latest decision is `hold` and the phase has not passed.
  public var onHold: Bool
  /// Non-retracted decisions about this phase up to the report week, oldest first.
  public var decisions: [Entry]
  public var goals: [GoalEvaluation]
  /// docs/gates.md: the week the phase would pass at the present pace, when every required
  /// goal is met or forecast (active phases under `unlock: automatic`, not on hold).
  public var forecastPass: ISOWeek?
  /// For a passed phase, the ids of its goals that were met in the week it passed: what a
  /// later dip is measured against, and what an override passed with.
  public var metAtPass: Set<String> = []

  public init(
    phase: Phase, state: GateState, overdue: Bool = false, overdueWeeks: Int = 0,
    plannedStart: ISOWeek, plannedEnd: ISOWeek, unlockedWeek: ISOWeek? = nil,
    passedWeek: ISOWeek? = nil, passedBy: PassedBy? = nil, override: Bool = false,
    countsFrom: ISOWeek? = nil,
    onHold: Bool = false, decisions: [Entry] = [], goals: [GoalEvaluation]
  ) {
    self.phase = phase
    self.state = state
    self.overdue = overdue
    self.overdueWeeks = overdueWeeks
    self.plannedStart = plannedStart
    self.plannedEnd = plannedEnd
    self.unlockedWeek = unlockedWeek
    self.passedWeek = passedWeek
    self.passedBy = passedBy
    self.override = override
    self.countsFrom = countsFrom
    self.onHold = onHold
    self.decisions = decisions
    self.goals = goals
  }

  /// Required goals met, and required goals in all.
  public var requiredMet: (met: Int, of: Int) {
    let required = goals.filter(\.goal.required)
    return (required.filter { $0.status == .met }.count, required.count)
  }

  /// Required goals met in the week the phase passed, and required goals in all.
  public var requiredMetAtPass: (met: Int, of: Int) {
    let required = goals.filter(\.goal.required)
    return (required.filter { metAtPass.contains($0.goal.id) }.count, required.count)
  }

  /// A required goal met when the phase passed and judged not met now (docs/gates.md: a dip
  /// is a warning, never a re-lock). A goal that was not met at the pass (an override) has
  /// not dipped, nor has one that is only pending (no new values since).
  public func dipped(_ goal: GoalEvaluation) -> Bool {
    state == .passed && goal.goal.required && goal.status == .notMet
      && metAtPass.contains(goal.goal.id)
  }
}

/// Every phase's gate at one report week: what `status`, `due` and `report` show.
public struct Evaluation: Sendable, Hashable {
  public var plan: Plan
  public var week: ISOWeek
  /// The phase that is active, if any (none in the week a phase passes).
  public var activePhase: String?
  /// docs/gates.md: the last phase unlocked at or before the week; default for notes and reports.
  public var currentPhase: String?
  public var stopped: Bool
  public var stoppedWeek: ISOWeek?
  public var phases: [PhaseEvaluation]
  /// Values beyond the largest number: when there are any, no verdict may be shown.
  public var overflows: [NumberOverflow] = []

  public init(
    plan: Plan, week: ISOWeek, activePhase: String?, currentPhase: String?, stopped: Bool,
    stoppedWeek: ISOWeek? = nil, phases: [PhaseEvaluation]
  ) {
    self.plan = plan
    self.week = week
    self.activePhase = activePhase
    self.currentPhase = currentPhase
    self.stopped = stopped
    self.stoppedWeek = stoppedWeek
    self.phases = phases
  }

  public func phase(_ id: String) -> PhaseEvaluation? { phases.first { $0.phase.id == id } }
}
