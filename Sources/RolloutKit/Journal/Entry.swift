/// One line of the journal (docs/journal.md).
public struct Entry: Sendable, Hashable {
  /// 8 lowercase hex characters starting with a–f.
  public var id: String
  /// When it was recorded, as written: `2026-11-25T10:02:11+02:00`.
  public var at: String {
    get { stamp.description }
    set { stamp = Timestamp(newValue) }
  }
  /// `at`, kept in 8 bytes instead of a 25-byte string on the heap.
  var stamp: Timestamp
  /// The week the entry is about.
  public var week: ISOWeek
  public var author: String
  public var body: Body
  /// The journal line it came from (0 for entries not read from a file).
  public var line: Int

  public enum Body: Sendable, Hashable {
    case note(Note)
    case metric(MetricValue)
    case assess(Assessment)
    case decide(Decision)
    case retract(Retraction)
  }

  public init(id: String, at: String, week: ISOWeek, author: String, body: Body, line: Int = 0) {
    self.init(id: id, at: Timestamp(at), week: week, author: author, body: body, line: line)
  }

  init(id: String, at: Timestamp, week: ISOWeek, author: String, body: Body, line: Int) {
    self.id = id
    self.stamp = at
    self.week = week
    self.author = author
    self.body = body
    self.line = line
  }

  /// The local date of `at` (its first ten characters), for `--as-of`.
  public var recordedOn: CalendarDate? { stamp.day }

  public var kind: Kind {
    switch body {
    case .note: return .note
    case .metric: return .metric
    case .assess: return .assess
    case .decide: return .decide
    case .retract: return .retract
    }
  }

  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case note, metric, assess, decide, retract
  }
}

public enum Sentiment: String, Sendable, Hashable, CaseIterable {
  case positive, neutral, negative
}

/// Feedback or an observation, optionally supporting a goal.
public struct Note: Sendable, Hashable {
  public var phase: String
  public var goal: String?
  public var tags: [String]
  public var channel: String?
  public var sentiment: Sentiment?
  public var text: String
  /// The name of the access token it came through (`rollout serve`), `nil` from the command
  /// line.
  public var via: String?

  public init(
    phase: String, goal: String? = nil, tags: [String] = [], channel: String? = nil,
    sentiment: Sentiment? = nil, text: String, via: String? = nil
  ) {
    self.phase = phase
    self.goal = goal
    self.tags = tags
    self.channel = channel
    self.sentiment = sentiment
    self.text = text
    self.via = via
  }
}

/// A metric value.
public struct MetricValue: Sendable, Hashable {
  public var metric: String
  public var value: Double
  public var channel: String?
  public var text: String?

  public init(metric: String, value: Double, channel: String? = nil, text: String? = nil) {
    self.metric = metric
    self.value = value
    self.channel = channel
    self.text = text
  }
}

public enum Verdict: String, Sendable, Hashable, CaseIterable {
  case met
  case notMet = "not-met"
}

/// A qualitative judgment of a goal.
public struct Assessment: Sendable, Hashable {
  public var goal: String
  public var verdict: Verdict
  public var text: String

  public init(goal: String, verdict: Verdict, text: String) {
    self.goal = goal
    self.verdict = verdict
    self.text = text
  }
}

public enum DecisionKind: String, Sendable, Hashable, CaseIterable {
  case go, hold, recycle, stop
}

/// A gate decision about a phase.
public struct Decision: Sendable, Hashable {
  public var phase: String
  public var decision: DecisionKind
  public var text: String

  public init(phase: String, decision: DecisionKind, text: String) {
    self.phase = phase
    self.decision = decision
    self.text = text
  }
}

/// Withdraws an earlier entry.
public struct Retraction: Sendable, Hashable {
  public var target: String
  public var text: String

  public init(target: String, text: String) {
    self.target = target
    self.text = text
  }
}
