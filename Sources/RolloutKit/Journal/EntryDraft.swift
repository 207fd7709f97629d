/// What a writing command wants to log, before it has an id and a time.
public struct EntryDraft: Sendable, Hashable {
  public var week: ISOWeek
  public var body: Entry.Body
  /// Where the draft came from (an imported file's row), to locate its problems.
  public var file: String?
  public var line: Int?

  public init(week: ISOWeek, body: Entry.Body, file: String? = nil, line: Int? = nil) {
    self.week = week
    self.body = body
    self.file = file
    self.line = line
  }
}

/// What could be read of an imported row that is refused anyway (its value is not a
/// number, say): its metric, week and channel are checked too, so that one run names every
/// problem of the row.
public struct PartialDraft: Sendable, Hashable {
  public var week: ISOWeek?
  public var metric: String?
  public var channel: String?
  public var file: String?
  public var line: Int?
}

/// Who and when, shared by every entry a command logs.
public struct Recording: Sendable {
  public var author: String
  /// `2026-11-25T10:02:11+02:00`.
  public var at: String
  /// `--force`: log for a locked phase, a future week, a new channel close to a known one
  /// or a value outside its metric's `range` anyway.
  public var force: Bool
  /// `--again`: log a metric value even when the same one is already logged for the week.
  public var again: Bool

  public init(author: String, at: String, force: Bool, again: Bool = false) {
    self.author = author
    self.at = at
    self.force = force
    self.again = again
  }
}
