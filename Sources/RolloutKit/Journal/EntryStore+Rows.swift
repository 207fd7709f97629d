/// An entry to its compact row and back (`EntryStore`).
extension EntryStore {
  /// The row of `entry`, and whether it holds the entry exactly (else the entry is kept
  /// aside, and the row holds what the gate engine reads: kind, week, names, choice, value).
  mutating func row(_ entry: Entry) -> (row: Row, exact: Bool) {
    let id = Self.idKey(entry.id)
    let stamp = entry.stamp.packed
    let line = UInt32(exactly: entry.line)
    var exact = id != nil && stamp != nil && line != nil
    var row = Row(
      stamp: stamp ?? 0, bits: 0, id: id ?? 0, week: Self.pack(entry.week), line: line ?? 0,
      author: table.index(of: entry.author), a: NameTable.none, b: NameTable.none,
      text: NameTable.none, kind: entry.kind, choice: Self.noChoice, isAside: false)
    let text: String?
    switch entry.body {
    case .note(let n):
      row.a = table.index(of: n.phase)
      row.b = n.goal.map { table.index(of: $0) } ?? NameTable.none
      let channel = n.channel.map { table.index(of: $0) } ?? NameTable.none
      row.bits = UInt64(table.listIndex(of: n.tags)) << 32 | UInt64(channel)
      row.choice = n.sentiment.map(Self.choice) ?? Self.noChoice
      text = n.text
    case .metric(let m):
      row.a = table.index(of: m.metric)
      row.b = m.channel.map { table.index(of: $0) } ?? NameTable.none
      row.bits = m.value.bitPattern
      text = m.text
    case .assess(let a):
      row.a = table.index(of: a.goal)
      row.choice = Self.choice(a.verdict)
      text = a.text
    case .decide(let d):
      row.a = table.index(of: d.phase)
      row.choice = Self.choice(d.decision)
      text = d.text
    case .retract(let r):
      let target = Self.idKey(r.target)
      if target == nil { exact = false }
      row.a = target ?? NameTable.none
      text = r.text
    }
    if exact, let text {
      // A note's `via` is kept just before its text (the order of the line).
      if case .note(let n) = entry.body, let via = n.via {
        if let position = keep(text: via) { row.text = position } else { exact = false }
        row.hasVia = true
      }
      if let position = keep(text: text) {
        if !row.hasVia { row.text = position }
      } else {
        exact = false
      }
    }
    row.isAside = !exact
    return (row, exact)
  }

  /// The body of a row that is not kept aside.
  func body(_ r: Row) -> Entry.Body {
    switch r.kind {
    case .note:
      let via = r.hasVia ? textAndNext(r.text) : nil
      return .note(
        Note(
          phase: table.names[Int(r.a)], goal: table.name(r.b),
          tags: table.list(UInt32(truncatingIfNeeded: r.bits >> 32)),
          channel: table.name(UInt32(truncatingIfNeeded: r.bits)), sentiment: sentiment(r.choice),
          text: text(via?.next ?? r.text) ?? "", via: via?.text))
    case .metric:
      return .metric(
        MetricValue(
          metric: table.names[Int(r.a)], value: Double(bitPattern: r.bits),
          channel: table.name(r.b), text: text(r.text)))
    case .assess:
      return .assess(
        Assessment(
          goal: table.names[Int(r.a)], verdict: r.choice == 0 ? .met : .notMet,
          text: text(r.text) ?? ""))
    case .decide:
      return .decide(
        Decision(
          phase: table.names[Int(r.a)], decision: Self.decision(r.choice),
          text: text(r.text) ?? ""))
    case .retract:
      return .retract(Retraction(target: Self.idText(r.a), text: text(r.text) ?? ""))
    }
  }

  static let noChoice: UInt8 = 0xFF

  static func choice(_ s: Sentiment) -> UInt8 {
    switch s {
    case .positive: 0
    case .neutral: 1
    case .negative: 2
    }
  }

  static func choice(_ v: Verdict) -> UInt8 { v == .met ? 0 : 1 }

  static func choice(_ d: DecisionKind) -> UInt8 {
    switch d {
    case .go: 0
    case .hold: 1
    case .recycle: 2
    case .stop: 3
    }
  }

  func sentiment(_ choice: UInt8) -> Sentiment? {
    switch choice {
    case 0: .positive
    case 1: .neutral
    case 2: .negative
    default: nil
    }
  }

  static func decision(_ choice: UInt8) -> DecisionKind {
    switch choice {
    case 0: .go
    case 1: .hold
    case 2: .recycle
    default: .stop
    }
  }
}
