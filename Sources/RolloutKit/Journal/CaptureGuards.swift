/// The same metric value logged twice for a week, usually a command run twice or a file
/// imported twice: refused unless `--again` says it is meant (README "The journal").
struct LoggedValues {
  struct Key: Hashable {
    var week: ISOWeek
    var metric: String
    var channel: String?
    var value: Double
    /// Two values with different notes are two values: an import of daily rows notes
    /// each row's day, so that two days of one week with the same value are not repeats.
    var text: String?
  }

  /// Where a value was seen first: a journal entry, or an earlier row of the same file.
  enum Origin {
    case entry(Entry)
    case row(file: String?, line: Int?)
  }

  private var seen: [Key: Origin] = [:]

  /// The journal's values that count (retracted ones do not).
  init(_ entries: some Sequence<Entry>, withdrawals: Withdrawals) {
    for entry in entries where withdrawals.withdrawal(of: entry.id) == nil {
      if let key = Self.key(entry) { seen[key] = .entry(entry) }
    }
  }

  static func key(_ entry: Entry) -> Key? {
    guard case .metric(let m) = entry.body else { return nil }
    return Key(
      week: entry.week, metric: m.metric, channel: m.channel, value: m.value, text: m.text)
  }

  /// The refusal of `entry` when the same value is already logged for its week.
  func repeated(_ entry: Entry) -> Diagnostic? {
    guard let key = Self.key(entry), let origin = seen[key] else { return nil }
    let what = entry
    switch origin {
    case .entry(let earlier):
      return Diagnostic(
        CaptureRefusal.repeatedInJournal(
          what: what, week: entry.week, id: earlier.id, line: earlier.line))
    case .row(_, let line):
      return Diagnostic(CaptureRefusal.repeatedInFile(what: what, week: entry.week, line: line))
    }
  }

  mutating func add(_ entry: Entry, file: String?, line: Int?) {
    guard let key = Self.key(entry), seen[key] == nil else { return }
    seen[key] = .row(file: file, line: line)
  }
}

/// Channel names in use, to catch `Chat` for `chat` or `emial` for `email`: a value or note
/// of a channel no goal counts is silently left out of every gate.
struct KnownChannels {
  private var names: Set<String>

  /// The channels of the plan's goals and of the journal's entries that still count: a
  /// channel written only by withdrawn entries (a typo, retracted) is not known, so it is
  /// never offered as "did you mean".
  init(plan: Plan, entries: some Sequence<Entry>, withdrawals: Withdrawals) {
    names = Set(plan.phases.flatMap(\.goals).compactMap(\.measure?.channel))
    for entry in entries where withdrawals.withdrawal(of: entry.id) == nil {
      if let channel = entry.channel { names.insert(channel) }
    }
  }

  /// The refusal of a channel that is new but close to a known one; `nil` for a known
  /// channel or a new one not like any other.
  func refusal(of channel: String) -> Diagnostic? {
    guard !names.contains(channel) else { return nil }
    let known = names.sorted()
    guard
      let near = known.first(where: { $0.lowercased() == channel.lowercased() })
        ?? closest(to: channel, among: known)
    else { return nil }
    return Diagnostic(CaptureRefusal.newChannel(channel, near: near))
  }

  mutating func add(_ channel: String) { names.insert(channel) }
}

extension Entry.Body {
  /// The channel of a note or a metric value.
  var channel: String? {
    switch self {
    case .note(let n): return n.channel
    case .metric(let m): return m.channel
    case .assess, .decide, .retract: return nil
    }
  }
}

extension Entry {
  var channel: String? { body.channel }
}
