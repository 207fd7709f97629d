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
///
/// A value finds its (metric, channel) group in a small table of integers and, within the
/// group, its week by the group's last week (neighbouring lines share it) or by a second
/// table: no `Hasher` per value.
private struct MetricWeeks {
  struct Key: Hashable {
    var metric: UInt32
    var channel: UInt32
  }

  private var groups: [(key: Key, lastWeek: UInt32, last: Int)] = []
  private var groupOf = IntegerTable()
  /// Every accumulator, its group and week.
  private var accumulators: [WeekAccumulator] = []
  private var owners: [(group: Int, week: UInt32)] = []
  private var accumulatorOf = IntegerTable()

  var all: [Key: [UInt32: WeekAccumulator]] {
    var all: [Key: [UInt32: WeekAccumulator]] = [:]
    for (k, owner) in owners.enumerated() {
      all[groups[owner.group].key, default: [:]][owner.week] = accumulators[k]
    }
    return all
  }

  mutating func add(_ value: Double, metric: UInt32, _ channel: UInt32, week: UInt32) {
    add(value, Key(metric: metric, channel: NameTable.none), week: week)
    if channel != NameTable.none { add(value, Key(metric: metric, channel: channel), week: week) }
  }

  private mutating func add(_ value: Double, _ key: Key, week: UInt32) {
    let g = groupOf.index(of: UInt64(key.metric) << 32 | UInt64(key.channel), next: groups.count)
    if g == groups.count { groups.append((key, week, -1)) }
    if groups[g].last >= 0, groups[g].lastWeek == week {
      accumulators[groups[g].last].add(value)
      return
    }
    let a = accumulatorOf.index(of: UInt64(g) << 32 | UInt64(week), next: accumulators.count)
    if a == accumulators.count {
      accumulators.append(WeekAccumulator())
      owners.append((g, week))
    }
    accumulators[a].add(value)
    groups[g].lastWeek = week
    groups[g].last = a
  }
}

/// An open-addressing table from 64-bit integers to positions, with a multiplicative hash.
private struct IntegerTable {
  private var keys = [UInt64](repeating: 0, count: 16)
  private var values = [Int](repeating: -1, count: 16)
  private var count = 0

  /// The position stored for `key`, else `next`, stored for it.
  mutating func index(of key: UInt64, next: Int) -> Int {
    var slot = Self.slot(key, values.count)
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & (values.count - 1)
    }
    keys[slot] = key
    values[slot] = next
    count += 1
    if count * 2 > values.count { grow() }
    return next
  }

  private static func slot(_ key: UInt64, _ capacity: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (capacity - 1)
  }

  private mutating func grow() {
    let (oldKeys, oldValues) = (keys, values)
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Int](repeating: -1, count: oldKeys.count * 2)
    for k in oldKeys.indices where oldValues[k] >= 0 {
      var slot = Self.slot(oldKeys[k], values.count)
      while values[slot] >= 0 { slot = (slot + 1) & (values.count - 1) }
      keys[slot] = oldKeys[k]
      values[slot] = oldValues[k]
    }
  }
}
