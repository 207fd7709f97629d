/// The goal rules of docs/gates.md, for one goal at one week, counting from one week on.
///
/// The gate engine asks these once per week while it looks for a phase's pass (`detail:
/// false`, cheap), and once more for the report week with every field filled in.
enum GoalRules {
  /// What a goal may look at: its weekly values, linked notes and assessments, each in
  /// week order, already cut to the report week.
  struct Inputs {
    var weekly: [WeeklyValue] = []
    /// Linked notes that support the goal (sentiment not negative).
    var notes = EntryList()
    /// Linked notes with sentiment negative: counter-evidence.
    var counterNotes = EntryList()
    var assessments = EntryList()
    /// The metric's `better`, for the progress grade.
    var better: Direction = .higher
    /// The plan's breaks: `weekly` holds no value in a break week.
    var calendar = BreakCalendar()
    /// For a goal without a channel on a `combine: last` metric: the weeks with values from
    /// several channels, of which only the last counted.
    var severalChannels: [ISOWeek: [String]] = [:]
  }

  static func evaluate(
    _ goal: Goal, _ inputs: Inputs, from start: ISOWeek, at week: ISOWeek, detail: Bool
  ) -> GoalEvaluation {
    switch goal.kind {
    case .qualitative(let evidence):
      return qualitative(goal, evidence: evidence, inputs, from: start, at: week, detail: detail)
    case .quantitative(let measure):
      return quantitative(goal, measure, inputs, from: start, at: week, detail: detail)
    }
  }

  /// A goal of a phase that is not unlocked at the week.
  static func locked(_ goal: Goal) -> GoalEvaluation {
    var result = GoalEvaluation(goal: goal, status: .pending, reason: .phaseLocked)
    if case .qualitative(let evidence) = goal.kind { result.evidenceRequired = evidence }
    return result
  }

  // docs/gates.md: met when the latest assessment says met and enough notes support it.
  private static func qualitative(
    _ goal: Goal, evidence required: Int, _ inputs: Inputs, from start: ISOWeek,
    at week: ISOWeek, detail: Bool
  ) -> GoalEvaluation {
    let notes = slice(inputs.notes, from: start, to: week)
    let latest = slice(inputs.assessments, from: start, to: week).last
    var result = GoalEvaluation(goal: goal, status: .pending)
    result.evidence = notes.count
    result.evidenceRequired = required
    result.latestAssessment = latest
    // docs/gates.md: a negative note is counter-evidence, counted and shown, never support.
    let against = slice(inputs.counterNotes, from: start, to: week)
    result.counterEvidence = against.count
    if detail {
      result.supportingNotes = notes
      result.counterNotes = against
    }
    switch latest?.assessmentBody?.verdict {
    case nil:
      result.reason = .notAssessed
    case .notMet:
      result.status = .notMet
    case .met where notes.count < required:
      result.reason = .evidence(have: notes.count, need: required)
    case .met:
      result.status = .met
    }
    return result
  }

  // docs/gates.md: the last `window` weeks with a value, from the unlock (or recycle) to W.
  private static func quantitative(
    _ goal: Goal, _ measure: Measure, _ inputs: Inputs, from start: ISOWeek,
    at week: ISOWeek, detail: Bool
  ) -> GoalEvaluation {
    let inPhase = slice(inputs.weekly, from: start, to: week, week: \.week)
    let window = inPhase.suffix(max(measure.window, 1))
    var result = GoalEvaluation(goal: goal, status: .pending)
    result.weeksOfData = window.count
    // docs/gates.md: a sum counts up from nothing; other aggregates from the phase's first value.
    let countsUp = measure.rule == .aggregate(.sum)
    result.baseline = measure.baseline ?? (countsUp ? 0 : inPhase.first?.value)
    if detail {
      result.weekly = Array(inPhase)
      // Only the reported week says it; the week-by-week walk to a pass never asks.
      if !inputs.severalChannels.isEmpty {
        result.severalChannels = window.compactMap { w in
          inputs.severalChannels[w.week].map { SeveralChannels(week: w.week, channels: $0) }
        }
      }
    }
    let values = window.map(\.value)
    switch measure.rule {
    case .aggregate(let aggregate):
      result.value = Self.aggregate(aggregate, values)
    case .weeksMet:
      result.value = values.last
      result.weeksMet = values.filter(measure.target.isMet(by:)).count
    }

    if let newest = window.last, window.count >= measure.window {
      // docs/gates.md: stale when older than the last non-break week before W.
      if newest.week < inputs.calendar.openWeek(before: week) {
        result.reason = .stale(lastValue: newest.week)
      } else {
        result.status = meets(measure, values) ? .met : .notMet
      }
    } else {
      result.reason = .weeksOfData(have: window.count, need: measure.window)
    }
    // A value exists even while pending (short or stale data): shown, never judged.
    if let value = result.value, let baseline = result.baseline {
      result.progress = progress(
        value: value, baseline: baseline, target: measure.target, better: inputs.better)
    }
    return result
  }

  /// docs/gates.md: whether a full window's weekly values (oldest first) meet the goal's rule —
  /// their aggregate against the target, or at least `weeks-met` of them on target.
  static func meets(_ measure: Measure, _ values: [Double]) -> Bool {
    switch measure.rule {
    case .weeksMet(let needed):
      return values.filter(measure.target.isMet(by:)).count >= needed
    case .aggregate(let aggregate):
      return Self.aggregate(aggregate, values).map(measure.target.isMet(by:)) ?? false
    }
  }

  /// docs/plan.md `aggregate` over the window's weekly values (oldest first).
  static func aggregate(_ aggregate: Aggregate, _ values: [Double]) -> Double? {
    guard let last = values.last else { return nil }
    switch aggregate {
    case .latest: return last
    case .sum: return values.reduce(0, +)
    case .mean:
      let n = Double(values.count)
      let sum = values.reduce(0, +)
      return sum.isFinite ? sum / n : values.reduce(0) { $0 + $1 / n }
    case .min: return values.min()
    case .max: return values.max()
    case .median:
      let sorted = values.sorted()
      let mid = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[mid] : sorted[mid - 1] / 2 + sorted[mid] / 2
    }
  }

  /// docs/gates.md progress grade: `(value − baseline) / (target − baseline)` clamped to 0…1.
  ///
  /// Where the target equals the baseline, or the baseline already lies on the good side
  /// of the target (judged by the metric's `better`), the formula says nothing useful:
  /// the grade is then 1.0 when the value meets the target, else 0.0.
  static func progress(value: Double, baseline: Double, target: Target, better: Direction)
    -> Double
  {
    let gap = target.value - baseline
    let wrongWay = better == .higher ? gap < 0 : gap > 0
    if gap == 0 || wrongWay { return target.isMet(by: value) ? 1 : 0 }
    let grade = (value - baseline) / gap
    guard grade.isFinite else { return target.isMet(by: value) ? 1 : 0 }
    return Swift.min(Swift.max(grade, 0), 1)
  }

  /// The part of a week-ordered list from `start` to `end`, both included.
  static func slice<C: RandomAccessCollection>(
    _ items: C, from start: ISOWeek, to end: ISOWeek, week: (C.Element) -> ISOWeek
  ) -> C.SubSequence where C.Index == Int {
    let lower = firstIndex(items) { week($0) >= start }
    let upper = firstIndex(items) { week($0) > end }
    return lower < upper ? items[lower..<upper] : items[lower..<lower]
  }

  /// The same for entries, reading each one's week without making the entry.
  static func slice(_ items: EntryList, from start: ISOWeek, to end: ISOWeek) -> EntryList {
    let lower = firstIndex(items.indices) { items.week(at: $0) >= start }
    let upper = firstIndex(items.indices) { items.week(at: $0) > end }
    return lower < upper ? items[lower..<upper] : items[lower..<lower]
  }

  /// The first index whose item satisfies `isAfter`, for a predicate that is false then
  /// true along the list (binary search).
  private static func firstIndex<C: RandomAccessCollection>(
    _ items: C, _ isAfter: (C.Element) -> Bool
  ) -> Int where C.Index == Int {
    var low = items.startIndex
    var high = items.endIndex
    while low < high {
      let mid = (low + high) / 2
      if isAfter(items[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}

extension Entry {
  /// The assessment this entry records, if it is one.
  var assessmentBody: Assessment? {
    if case .assess(let a) = body { return a }
    return nil
  }

  /// The decision this entry records, if it is one.
  var decisionBody: Decision? {
    if case .decide(let d) = body { return d }
    return nil
  }
}
