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
  ///
  /// Read from the store's rows without making entries: names are grouped by their
  /// position in the store's name table (equal names joined by `NameTable.canonical`).
  init(entries: EntryStore, week: ISOWeek, asOf: CalendarDate?) {
    let rule = CountingRule(entries, asOf: asOf)
    let canonical = entries.table.canonical()
    func name(_ k: UInt32) -> UInt32 { canonical[Int(k)] }
    let limit = EntryStore.pack(week)
    var notes: [UInt32: [Int32]] = [:]
    var against: [UInt32: [Int32]] = [:]
    var assessments: [UInt32: [Int32]] = [:]
    var decisions: [UInt32: [Int32]] = [:]
    var metrics = MetricWeeks()
    let rows = entries.rows
    for k in rows.indices where rule.counts(entries, k, at: limit) {
      let row = rows[k]
      let position = Int32(truncatingIfNeeded: k)
      // Notes and assessments are kept as positions in `entries`, not as copies.
      switch row.kind {
      case .note:
        guard row.b != NameTable.none else { continue }
        if row.choice == EntryStore.choice(.negative) {
          against[name(row.b), default: []].append(position)
        } else {
          notes[name(row.b), default: []].append(position)
        }
      case .metric:
        let channel = row.b == NameTable.none ? row.b : name(row.b)
        metrics.add(Double(bitPattern: row.bits), metric: name(row.a), channel, week: row.week)
      case .assess:
        assessments[name(row.a), default: []].append(position)
      case .decide:
        decisions[name(row.a), default: []].append(position)
      case .retract:
        break
      }
    }
    func lists(_ byName: [UInt32: [Int32]]) -> [String: EntryList] {
      Dictionary(
        uniqueKeysWithValues: byName.map { key, positions in
          (entries.table.names[Int(key)], EntryList(entries, Self.inWeekOrder(positions, entries)))
        })
    }
    notesByGoal = lists(notes)
    counterNotesByGoal = lists(against)
    assessmentsByGoal = lists(assessments)
    decisionsByPhase = lists(decisions).mapValues(Array.init)
    for (key, weeks) in metrics.all {
      let metric = entries.table.names[Int(key.metric)]
      let named = Dictionary(
        uniqueKeysWithValues: weeks.map { (EntryStore.week($0.key), $0.value) })
      if key.channel == NameTable.none {
        weeksByMetric[metric] = named
      } else {
        let channel = MetricChannel(metric: metric, channel: entries.table.names[Int(key.channel)])
        weeksByMetricChannel[channel] = named
      }
    }
  }

  /// The engine's [Entry] entry point keeps working through a store.
  init(entries: [Entry], week: ISOWeek, asOf: CalendarDate?) {
    self.init(entries: EntryStore(entries), week: week, asOf: asOf)
  }

  /// Positions sorted by their entry's week, keeping journal order within a week.
  private static func inWeekOrder(_ positions: [Int32], _ entries: EntryStore) -> [Int32] {
    func week(_ p: Int32) -> UInt32 { entries.packedWeek(Int(p)) }
    if zip(positions, positions.dropFirst()).allSatisfy({ week($0) <= week($1) }) {
      return positions
    }
    return positions.sorted { (week($0), $0) < (week($1), $1) }
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

/// Each metric's values folded into weekly accumulators as they are read (journal order),
/// over all channels and per channel, keyed by name positions and packed weeks.
private struct MetricWeeks {
  struct Key: Hashable {
    var metric: UInt32
    var channel: UInt32
  }

  private(set) var all: [Key: [UInt32: WeekAccumulator]] = [:]

  mutating func add(_ value: Double, metric: UInt32, _ channel: UInt32, week: UInt32) {
    all[Key(metric: metric, channel: NameTable.none), default: [:]][
      week, default: WeekAccumulator()
    ].add(value)
    if channel != NameTable.none {
      all[Key(metric: metric, channel: channel), default: [:]][week, default: WeekAccumulator()]
        .add(value)
    }
  }
}
