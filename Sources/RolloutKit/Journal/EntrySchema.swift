/// The entry schema (docs/journal.md), declared once: each kind's keys in canonical order, and
/// which of them are required.
///
/// The writer (`EntryCodec.line`), the keys a kind allows (`EntryCodec.allowedKeys`), the
/// parser's decoder (`EntryDecoder`) and the fast scanner (`CanonicalLine`) all walk these
/// lists and fill or read one `EntryFields`, so that they agree by construction.
enum EntryKey: String, CaseIterable, Sendable {
  case id, at, week, kind
  case phase, goal, tags, channel, sentiment, metric, value, verdict, decision, target, author, via
  case text

  /// The keys every entry starts with, in this order.
  static let common: [EntryKey] = [.id, .at, .week, .kind]

  /// The keys of `kind` after the common ones, in canonical order.
  static func keys(_ kind: Entry.Kind) -> [(key: EntryKey, required: Bool)] {
    switch kind {
    case .note: noteKeys
    case .metric: metricKeys
    case .assess: assessKeys
    case .decide: decideKeys
    case .retract: retractKeys
    }
  }

  private static let noteKeys: [(key: EntryKey, required: Bool)] = [
    (.phase, true), (.goal, false), (.tags, false), (.channel, false), (.sentiment, false),
    (.author, true), (.via, false), (.text, true),
  ]
  private static let metricKeys: [(key: EntryKey, required: Bool)] = [
    (.metric, true), (.value, true), (.channel, false), (.author, true), (.text, false),
  ]
  private static let assessKeys: [(key: EntryKey, required: Bool)] = [
    (.goal, true), (.verdict, true), (.author, true), (.text, true),
  ]
  private static let decideKeys: [(key: EntryKey, required: Bool)] = [
    (.phase, true), (.decision, true), (.author, true), (.text, true),
  ]
  private static let retractKeys: [(key: EntryKey, required: Bool)] = [
    (.target, true), (.author, true), (.text, true),
  ]

  /// What a key's value is.
  enum Shape {
    /// A name: a plain word or a quoted scalar.
    case name
    /// A list of names, `[a, b]`.
    case names
    /// A finite number.
    case number
    /// One of an enumeration's words.
    case choice
    /// Free text, always double-quoted by the writer.
    case text
  }

  var shape: Shape {
    switch self {
    case .tags: .names
    case .value: .number
    case .sentiment, .verdict, .decision, .kind: .choice
    case .text, .at: .text
    case .id, .week, .phase, .goal, .channel, .metric, .target, .author, .via: .name
    }
  }

  /// `, phase: `: what the canonical line writes before the value of a key after `kind`.
  var separator: StaticString {
    switch self {
    case .id: ", id: "
    case .at: ", at: "
    case .week: ", week: "
    case .kind: ", kind: "
    case .phase: ", phase: "
    case .goal: ", goal: "
    case .tags: ", tags: "
    case .channel: ", channel: "
    case .sentiment: ", sentiment: "
    case .metric: ", metric: "
    case .value: ", value: "
    case .verdict: ", verdict: "
    case .decision: ", decision: "
    case .target: ", target: "
    case .author: ", author: "
    case .via: ", via: "
    case .text: ", text: "
    }
  }
}

/// The fields of one entry after `kind`, by key: what a reader has read so far, or what an
/// entry holds for the writer.
struct EntryFields {
  var phase: String?
  var goal: String?
  var tags: [String]?
  var channel: String?
  var sentiment: Sentiment?
  var metric: String?
  var value: Double?
  var verdict: Verdict?
  var decision: DecisionKind?
  var target: String?
  var author: String?
  var via: String?
  var text: String?

  init() {}

  /// The fields of `entry`.
  init(_ entry: Entry) {
    author = entry.author
    switch entry.body {
    case .note(let n):
      (phase, goal, tags, channel, sentiment, text, via) =
        (n.phase, n.goal, n.tags, n.channel, n.sentiment, n.text, n.via)
    case .metric(let m): (metric, value, channel, text) = (m.metric, m.value, m.channel, m.text)
    case .assess(let a): (goal, verdict, text) = (a.goal, a.verdict, a.text)
    case .decide(let d): (phase, decision, text) = (d.phase, d.decision, d.text)
    case .retract(let r): (target, text) = (r.target, r.text)
    }
  }

  /// Sets a key whose shape is `.name` or `.text`.
  mutating func set(_ key: EntryKey, _ string: String?) {
    switch key {
    case .phase: phase = string
    case .goal: goal = string
    case .channel: channel = string
    case .metric: metric = string
    case .target: target = string
    case .author: author = string
    case .via: via = string
    case .text: text = string
    case .id, .at, .week, .kind, .tags, .sentiment, .value, .verdict, .decision: break
    }
  }

  /// Sets a key whose shape is `.choice` from its word; `false` when the word is not one
  /// of the key's.
  mutating func set(_ key: EntryKey, word: String) -> Bool {
    switch key {
    case .sentiment: sentiment = Sentiment(rawValue: word)
    case .verdict: verdict = Verdict(rawValue: word)
    case .decision: decision = DecisionKind(rawValue: word)
    default: return false
    }
    return isSet(key)
  }

  /// The words a `.choice` key takes.
  static func words(_ key: EntryKey) -> [String] {
    switch key {
    case .sentiment: Sentiment.allCases.map(\.rawValue)
    case .verdict: Verdict.allCases.map(\.rawValue)
    case .decision: DecisionKind.allCases.map(\.rawValue)
    case .kind: Entry.Kind.allCases.map(\.rawValue)
    default: []
    }
  }

  /// Whether the key has a value (an empty tag list counts as none, as the writer leaves
  /// it out).
  func isSet(_ key: EntryKey) -> Bool {
    switch key {
    case .phase: phase != nil
    case .goal: goal != nil
    case .tags: !(tags ?? []).isEmpty
    case .channel: channel != nil
    case .sentiment: sentiment != nil
    case .metric: metric != nil
    case .value: value != nil
    case .verdict: verdict != nil
    case .decision: decision != nil
    case .target: target != nil
    case .author: author != nil
    case .via: via != nil
    case .text: text != nil
    case .id, .at, .week, .kind: false
    }
  }

  /// The body of a `kind` entry, or `nil` while a required field is missing.
  func body(_ kind: Entry.Kind) -> Entry.Body? {
    switch kind {
    case .note:
      guard let phase, let text else { return nil }
      return .note(
        Note(
          phase: phase, goal: goal, tags: tags ?? [], channel: channel, sentiment: sentiment,
          text: text, via: via))
    case .metric:
      guard let metric, let value else { return nil }
      return .metric(MetricValue(metric: metric, value: value, channel: channel, text: text))
    case .assess:
      guard let goal, let verdict, let text else { return nil }
      return .assess(Assessment(goal: goal, verdict: verdict, text: text))
    case .decide:
      guard let phase, let decision, let text else { return nil }
      return .decide(Decision(phase: phase, decision: decision, text: text))
    case .retract:
      guard let target, let text else { return nil }
      return .retract(Retraction(target: target, text: text))
    }
  }
}
