import Foundation

/// `rollout log`: the entries that match a filter, in journal order, each marked when a
/// later `retract` withdrew it.
public enum JournalLog {
  public struct Filter: Sendable {
    public var phase: String?
    public var goal: String?
    public var kind: Entry.Kind?
    public var since: ISOWeek?
    public var until: ISOWeek?

    public init(
      phase: String? = nil, goal: String? = nil, kind: Entry.Kind? = nil, since: ISOWeek? = nil,
      until: ISOWeek? = nil
    ) {
      self.phase = phase
      self.goal = goal
      self.kind = kind
      self.since = since
      self.until = until
    }
  }

  public struct Row: Sendable, Hashable {
    public var entry: Entry
    /// The id of the `retract` that withdrew it.
    public var retractedBy: String?
  }

  /// The rows that pass `filter`. A retraction follows its target through the phase and
  /// goal filters.
  public static func rows(_ entries: [Entry], plan: Plan, filter: Filter) -> [Row] {
    let withdrawals = Withdrawals(entries)
    // Only a phase or goal filter needs to look up a retraction's target.
    var byID: [String: Entry] = [:]
    if filter.phase != nil || filter.goal != nil {
      byID.reserveCapacity(entries.count)
      for entry in entries { byID[entry.id] = entry }
    }
    return entries.compactMap { entry in
      if let kind = filter.kind, entry.kind != kind { return nil }
      if let since = filter.since, entry.week < since { return nil }
      if let until = filter.until, until < entry.week { return nil }
      var subject = entry
      if case .retract(let r) = entry.body, let target = byID[r.target] { subject = target }
      if let phase = filter.phase, !phases(of: subject, plan).contains(phase) { return nil }
      if let goal = filter.goal, !goals(of: subject, plan).contains(goal) { return nil }
      return Row(
        entry: entry,
        retractedBy: withdrawals.isEmpty ? nil : withdrawals.withdrawal(of: entry.id)?.id)
    }
  }

  /// The phases an entry is about: its own, its goal's, or those with a goal measured by
  /// its metric.
  static func phases(of entry: Entry, _ plan: Plan) -> [String] {
    switch entry.body {
    case .note(let n): return [n.phase]
    case .decide(let d): return [d.phase]
    case .assess(let a): return plan.goal(a.goal).map { [$0.phase.id] } ?? []
    case .metric(let m):
      return plan.phases.filter { $0.goals.contains { $0.measure?.metric == m.metric } }.map(\.id)
    case .retract: return []
    }
  }

  static func goals(of entry: Entry, _ plan: Plan) -> [String] {
    switch entry.body {
    case .note(let n): return n.goal.map { [$0] } ?? []
    case .assess(let a): return [a.goal]
    case .metric(let m):
      return plan.phases.flatMap(\.goals).filter { $0.measure?.metric == m.metric }.map(\.id)
    case .decide, .retract: return []
    }
  }

  /// Columns for a terminal: week, id, kind, who, what. With `width` (a terminal's), each
  /// line is cut to fit with "…"; without, lines are whole, for pipes and files.
  public static func text(_ rows: [Row], width: Int? = nil, language l: Language = .en) -> String {
    guard !rows.isEmpty else {
      return l.say(en: "No entries.", fi: "Ei merkintöjä.", nl: "Geen vermeldingen.") + "\n"
    }
    // Piped or redirected (no width), who wrote an entry is never cut.
    let longest = rows.map { EntrySummary.oneLine($0.entry.author).count }.max() ?? 0
    let authorWidth = width == nil ? longest : min(16, longest)
    let kindWidth = Entry.Kind.allCases.map { EntrySummary.kindName($0, l).count }.max() ?? 7
    var out = ""
    for row in rows {
      let e = row.entry
      let author = EntrySummary.oneLine(e.author)
      let who = author.count > authorWidth ? String(author.prefix(authorWidth - 1)) + "…" : author
      var line =
        "\(e.week)  \(e.id)  \(padded(EntrySummary.kindName(e.kind, l), kindWidth))  \(padded(who, authorWidth))  "
      if let by = row.retractedBy {
        line += l.say(
          en: "[retracted by \(by)] ", fi: "[peruttu: \(by)] ", nl: "[ingetrokken door \(by)] ")
      }
      line += EntrySummary.what(e, language: l)
      out += (width.map { TerminalText.fitted(line, width: $0) } ?? line) + "\n"
    }
    return out
  }

  static func padded(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
  }

  /// A JSON array of the rows, for scripts.
  public static func json(_ rows: [Row]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let items = rows.map(JSONRow.init)
    guard let data = try? encoder.encode(items) else { return "[]\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  struct JSONRow: Encodable {
    var id, at, week, kind, author: String
    var line: Int
    var retractedBy: String?
    var phase, goal, channel, sentiment, metric, verdict, decision, target, text, via: String?
    var tags: [String]?
    var value: Double?

    init(_ row: Row) {
      let e = row.entry
      (id, at, week, kind, author, line) =
        (e.id, e.at, e.week.description, e.kind.rawValue, e.author, e.line)
      retractedBy = row.retractedBy
      switch e.body {
      case .note(let n):
        (phase, goal, channel, sentiment, text, via) =
          (n.phase, n.goal, n.channel, n.sentiment?.rawValue, n.text, n.via)
        tags = n.tags
      case .metric(let m): (metric, value, channel, text) = (m.metric, m.value, m.channel, m.text)
      case .assess(let a): (goal, verdict, text) = (a.goal, a.verdict.rawValue, a.text)
      case .decide(let d): (phase, decision, text) = (d.phase, d.decision.rawValue, d.text)
      case .retract(let r): (target, text) = (r.target, r.text)
      }
    }
  }
}
