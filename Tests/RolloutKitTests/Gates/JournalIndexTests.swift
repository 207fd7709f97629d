import Testing

@testable import RolloutKit

/// The gate engine's index reads the store's rows without making entries. It must group
/// exactly as the plain reading of the rule does, entry by entry with strings: that plain
/// reading is kept here as the reference, and both are run over generated journals.
@Suite struct JournalIndexTests {
  typealias SplitMix = CanonicalLineTests.SplitMix

  /// docs/gates.md read plainly: every entry that counts, grouped by its names.
  struct Reference {
    var notes: [String: [Entry]] = [:]
    var against: [String: [Entry]] = [:]
    var assessments: [String: [Entry]] = [:]
    var decisions: [String: [Entry]] = [:]
    var metrics: [String: [ISOWeek: [Double]]] = [:]
    var channels: [JournalIndex.MetricChannel: [ISOWeek: [Double]]] = [:]

    init(_ entries: [Entry], week: ISOWeek, asOf: CalendarDate?) {
      let rule = CountingRule(entries, asOf: asOf)
      for entry in entries where rule.counts(entry, at: week) {
        switch entry.body {
        case .note(let n):
          guard let goal = n.goal else { continue }
          if n.sentiment == .negative {
            against[goal, default: []].append(entry)
          } else {
            notes[goal, default: []].append(entry)
          }
        case .metric(let m):
          metrics[m.metric, default: [:]][entry.week, default: []].append(m.value)
          if let channel = m.channel {
            channels[JournalIndex.MetricChannel(metric: m.metric, channel: channel), default: [:]][
              entry.week, default: []
            ].append(m.value)
          }
        case .assess(let a): assessments[a.goal, default: []].append(entry)
        case .decide(let d): decisions[d.phase, default: []].append(entry)
        case .retract: break
        }
      }
      func byWeek(_ list: [Entry]) -> [Entry] {
        list.enumerated().sorted { ($0.element.week, $0.offset) < ($1.element.week, $1.offset) }
          .map(\.element)
      }
      notes = notes.mapValues(byWeek)
      against = against.mapValues(byWeek)
      assessments = assessments.mapValues(byWeek)
      decisions = decisions.mapValues(byWeek)
    }
  }

  static func accumulate(_ values: [Double]) -> WeekAccumulator {
    var a = WeekAccumulator()
    for v in values { a.add(v) }
    return a
  }

  static func same(_ a: [ISOWeek: WeekAccumulator], _ b: [ISOWeek: [Double]]) -> Bool {
    guard Set(a.keys) == Set(b.keys) else { return false }
    return a.allSatisfy { week, acc in
      let expected = accumulate(b[week] ?? [])
      return [Combine.last, .sum, .mean, .max, .min].allSatisfy {
        acc.value($0).bitPattern == expected.value($0).bitPattern
      }
    }
  }

  static func expectSame(
    _ entries: [Entry], week: ISOWeek, asOf: CalendarDate?,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let index = JournalIndex(entries: EntryStore(entries), week: week, asOf: asOf)
    let reference = Reference(entries, week: week, asOf: asOf)
    #expect(
      index.notesByGoal.mapValues(Array.init) == reference.notes, sourceLocation: sourceLocation)
    #expect(
      index.counterNotesByGoal.mapValues(Array.init) == reference.against,
      sourceLocation: sourceLocation)
    #expect(
      index.assessmentsByGoal.mapValues(Array.init) == reference.assessments,
      sourceLocation: sourceLocation)
    #expect(index.decisionsByPhase == reference.decisions, sourceLocation: sourceLocation)
    #expect(Set(index.weeksByMetric.keys) == Set(reference.metrics.keys))
    for (metric, weeks) in reference.metrics {
      #expect(same(index.weeksByMetric[metric] ?? [:], weeks), "\(metric)")
    }
    #expect(Set(index.weeksByMetricChannel.keys) == Set(reference.channels.keys))
    for (key, weeks) in reference.channels {
      #expect(same(index.weeksByMetricChannel[key] ?? [:], weeks), "\(key)")
    }
  }

  /// A journal of `count` entries over a few weeks, out of order now and then, with
  /// retractions (of retractions too) of earlier ids, names equal only to Swift, and
  /// entries that the store keeps aside.
  static func journal(_ count: Int, _ rng: inout SplitMix) -> [Entry] {
    let names = ["personas", "tone", "caf\u{E9}", "cafe\u{301}", "csat", "chat", "email"]
    let stamps = [
      "2026-11-02T10:00:00+02:00", "2026-11-16T09:00:00Z", "2026-11-30T23:59:59-05:00", "later",
    ]
    var entries: [Entry] = []
    for k in 0..<count {
      let week = ISOWeek(year: 2026, week: 44 + Int.random(in: 0..<6, using: &rng))!
      let name = names.randomElement(using: &rng)!
      let other = Bool.random(using: &rng) ? names.randomElement(using: &rng)! : nil
      let text = "text \(k)"
      let body: Entry.Body
      switch Int.random(in: 0..<10, using: &rng) {
      case 0...2:
        body = .note(
          Note(
            phase: name, goal: other, tags: [name], channel: other,
            sentiment: Bool.random(using: &rng)
              ? Sentiment.allCases.randomElement(using: &rng) : nil,
            text: text))
      case 3...6:
        body = .metric(
          MetricValue(
            metric: name, value: Double(Int.random(in: -5...50, using: &rng)) / 4, channel: other))
      case 7: body = .assess(Assessment(goal: name, verdict: .met, text: text))
      case 8: body = .decide(Decision(phase: name, decision: .hold, text: text))
      default:
        let target = entries.isEmpty ? "c0000000" : entries.randomElement(using: &rng)!.id
        body = .retract(Retraction(target: target, text: text))
      }
      let id = k % 97 == 5 ? "odd-\(k)" : EntryStore.idText(0xC000_0000 + UInt32(k))
      entries.append(
        Entry(
          id: id, at: stamps.randomElement(using: &rng)!, week: week, author: "A", body: body,
          line: k + 1))
    }
    return entries
  }

  @Test func theIndexGroupsAsThePlainReadingOfTheRule() {
    var rng = SplitMix(state: 2026)
    for size in [0, 1, 10, 200, 3000] {
      let entries = Self.journal(size, &rng)
      for week in [44, 46, 49] {
        for asOf in [nil, CalendarDate(year: 2026, month: 11, day: 20)] {
          Self.expectSame(entries, week: ISOWeek(year: 2026, week: week)!, asOf: asOf)
        }
      }
    }
  }
}
