/// The entries that count at a report week, grouped the way the gate engine asks for
/// them. Built in one pass over the journal.
struct JournalIndex {
  /// Notes linked to a goal, by goal id, in week order (journal order within a week).
  var notesByGoal: [String: EntryList] = [:]
  /// Notes linked to a goal with sentiment negative (counter-evidence), the same way.
  var counterNotesByGoal: [String: EntryList] = [:]
  /// Assessments by goal id, in week order (journal order within a week).
  var assessmentsByGoal: [String: EntryList] = [:]
  /// Decisions by phase id, in week order (journal order within a week).
  var decisionsByPhase: [String: [Entry]] = [:]
  /// Each metric's values gathered by week as they are read (journal order), over all
  /// channels and per channel: a few accumulators per week instead of every value.
  var weeksByMetric: [String: [ISOWeek: WeekAccumulator]] = [:]
  var weeksByMetricChannel: [MetricChannel: [ISOWeek: WeekAccumulator]] = [:]

  struct MetricChannel: Hashable {
    var metric: String
    var channel: String
  }

  /// Keeps the entries that count at `week` (and on `asOf`), by `CountingRule`.
  init(entries: [Entry], week: ISOWeek, asOf: CalendarDate?) {
    let rule = CountingRule(entries, asOf: asOf)
    var notes: [String: [Int32]] = [:]
    var against: [String: [Int32]] = [:]
    var assessments: [String: [Int32]] = [:]
    for (index, entry) in entries.enumerated() where rule.counts(entry, at: week) {
      // Notes and assessments are kept as positions in `entries`, not as copies.
      switch entry.body {
      case .note(let note):
        if let goal = note.goal {
          let position = Int32(truncatingIfNeeded: index)
          if note.sentiment == .negative {
            against[goal, default: []].append(position)
          } else {
            notes[goal, default: []].append(position)
          }
        }
      case .metric(let m):
        add(m, week: entry.week)
      case .assess(let a):
        assessments[a.goal, default: []].append(Int32(truncatingIfNeeded: index))
      case .decide(let d):
        decisionsByPhase[d.phase, default: []].append(entry)
      case .retract:
        break
      }
    }
    notesByGoal = notes.mapValues { EntryList(entries, Self.inWeekOrder($0, entries)) }
    counterNotesByGoal = against.mapValues { EntryList(entries, Self.inWeekOrder($0, entries)) }
    assessmentsByGoal = assessments.mapValues { EntryList(entries, Self.inWeekOrder($0, entries)) }
    decisionsByPhase = decisionsByPhase.mapValues(Self.inWeekOrder)
  }

  private mutating func add(_ m: MetricValue, week: ISOWeek) {
    weeksByMetric[m.metric, default: [:]][week, default: WeekAccumulator()].add(m.value)
    if let channel = m.channel {
      weeksByMetricChannel[MetricChannel(metric: m.metric, channel: channel), default: [:]][
        week, default: WeekAccumulator()
      ].add(m.value)
    }
  }

  /// Positions sorted by their entry's week, keeping journal order within a week.
  private static func inWeekOrder(_ positions: [Int32], _ entries: [Entry]) -> [Int32] {
    func week(_ p: Int32) -> ISOWeek { entries[Int(p)].week }
    if zip(positions, positions.dropFirst()).allSatisfy({ week($0) <= week($1) }) {
      return positions
    }
    return positions.sorted { (week($0), $0) < (week($1), $1) }
  }

  /// Sorted by week, keeping journal order within a week (the later line is the latest).
  private static func inWeekOrder(_ entries: [Entry]) -> [Entry] {
    // Journals are mostly written week after week: then there is nothing to sort.
    if zip(entries, entries.dropFirst()).allSatisfy({ $0.week <= $1.week }) { return entries }
    return entries.enumerated()
      .sorted { ($0.element.week, $0.offset) < ($1.element.week, $1.offset) }
      .map(\.element)
  }

  /// Every metric week whose combined value is beyond the largest number (a `sum` of
  /// huge values): an error for the caller, never a verdict.
  func overflows(_ plan: Plan) -> [NumberOverflow] {
    plan.metrics.compactMap { metric in
      let weeks = (weeksByMetric[metric.id] ?? [:])
        .filter { !$0.value.value(metric.combine).isFinite }.keys.sorted()
      return weeks.isEmpty ? nil : NumberOverflow(metric: metric.id, weeks: weeks, window: false)
    }
  }

  /// A metric's weekly values (docs/gates.md): the plan's `combine` over each week's entries of
  /// the metric, and of `channel` when the goal names one. Oldest week first.
  func weeklyValues(metric: Metric, channel: String?) -> [WeeklyValue] {
    let weeks =
      channel.map { weeksByMetricChannel[MetricChannel(metric: metric.id, channel: $0)] }
      ?? weeksByMetric[metric.id]
    return (weeks ?? [:]).sorted { $0.key < $1.key }.map {
      WeeklyValue(week: $0.key, value: $0.value.value(metric.combine))
    }
  }
}

/// Some entries of the journal, by their positions in it: a list of a goal's notes that
/// costs 4 bytes a note instead of a copy of each.
struct EntryList: RandomAccessCollection {
  private let all: [Entry]
  private let positions: [Int32]

  init(_ all: [Entry] = [], _ positions: [Int32] = []) {
    self.all = all
    self.positions = positions
  }

  var startIndex: Int { 0 }
  var endIndex: Int { positions.count }
  subscript(position: Int) -> Entry { all[Int(positions[position])] }
}
