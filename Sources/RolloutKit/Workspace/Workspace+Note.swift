import Foundation

/// A note as a person asks to log it, on the command line (`rollout note`) or in the browser
/// (`rollout serve`): the one path both take, so that they refuse the same notes.
public struct NoteRequest: Sendable, Hashable {
  /// The phase named; `nil`: the goal's phase, else the current one.
  public var phase: String?
  public var goal: String?
  public var tags: [String]
  public var channel: String?
  public var sentiment: Sentiment?
  public var text: String
  /// The access token's name, for a note from the browser.
  public var via: String?

  public init(
    phase: String? = nil, goal: String? = nil, tags: [String] = [], channel: String? = nil,
    sentiment: Sentiment? = nil, text: String, via: String? = nil
  ) {
    self.phase = phase
    self.goal = goal
    self.tags = tags.map(Self.tagName)
    self.channel = channel
    self.sentiment = sentiment
    self.text = text
    self.via = via
  }
}

extension NoteRequest {
  /// A tag as the journal keeps it: `#syyskampanja` typed as a hashtag is the tag
  /// `syyskampanja`, so the two are one tag (a lone `#` stays as it is).
  static func tagName(_ typed: String) -> String {
    let name = typed.drop { $0 == "#" }
    return name.isEmpty ? typed : String(name)
  }
}

/// Why a note is refused before it is checked against the plan.
public enum NoteRefusal: Worded, Hashable {
  case emptyText

  public func message(in l: Language) -> String {
    l.say(
      en: "the note is empty", fi: "havainto on tyhjä", nl: "de notitie is leeg")
  }

  public func fix(in l: Language) -> String? {
    l.say(
      en: "write what you heard or saw", fi: "kirjoita, mitä kuulit tai näit",
      nl: "schrijf op wat je hoorde of zag")
  }

  /// The same at the web form: its text box is where the note is written.
  public func fix(in l: Language, at place: FixPlace) -> String? { fix(in: l) }
}

extension Workspace {
  /// Logs one note about `week` (docs/journal.md): refused when its text is empty, and
  /// otherwise as every entry is (names, the phase's gate, a repeat). Returns the entry as
  /// written.
  public func logNote(_ request: NoteRequest, week: ISOWeek, recording: Recording)
    throws(DiagnosticsError) -> Entry
  {
    guard !request.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw DiagnosticsError(Diagnostic(NoteRefusal.emptyText))
    }
    let journal = try Capture.validJournal(self)
    // Without a phase the gates are evaluated once, for the default phase and the check.
    var evaluation: Evaluation?
    let phase: String
    if let given = request.phase {
      phase = given
    } else {
      (phase, evaluation) = try notePhase(goal: request.goal, week: week, entries: journal.entries)
    }
    let note = Note(
      phase: phase, goal: request.goal, tags: request.tags, channel: request.channel,
      sentiment: request.sentiment, text: request.text, via: request.via)
    let entries = try Capture.record(
      [EntryDraft(week: week, body: .note(note))], in: self, recording: recording,
      journal: journal, evaluation: evaluation)
    return entries[0]
  }
}
