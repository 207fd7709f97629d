import Foundation

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

  public init(
    week: ISOWeek?, metric: String?, channel: String?, file: String? = nil, line: Int? = nil
  ) {
    self.week = week
    self.metric = metric
    self.channel = channel
    self.file = file
    self.line = line
  }
}

/// Who and when, shared by every entry a command logs.
public struct Recording: Sendable {
  public var author: String
  /// `2026-11-25T10:02:11+02:00`.
  public var at: String
  /// `--force`: log for a locked phase, a future week or a new channel close to a known one
  /// anyway.
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

/// The writing commands' common path (SPEC §3): read the journal, validate every draft
/// against the plan and the gates, and only then append them all under one lock.
public enum Capture {
  /// Validates and appends the drafts; returns the entries as written. Throws every
  /// problem, leaving the journal untouched, when any draft is refused.
  ///
  /// `journal` is the journal as already read by the caller, if it was. `problems` are
  /// those the caller found before (rows of a file that could not be read): they are
  /// reported with the drafts' own, in line order, and so are those of the `partial`
  /// drafts of the same rows. With `dryRun`, everything is checked and nothing is written.
  @discardableResult
  public static func record(
    _ drafts: [EntryDraft], in workspace: Workspace, recording: Recording,
    journal journalContents: JournalContents? = nil, problems earlier: [Diagnostic] = [],
    partial: [PartialDraft] = [], dryRun: Bool = false, evaluation: Evaluation? = nil
  ) throws(DiagnosticsError) -> [Entry] {
    let journal: JournalContents
    if let given = journalContents {
      journal = given
    } else {
      journal = try validJournal(workspace)
    }
    let (entries, found) = check(
      drafts, plan: workspace.plan, existing: journal.entries, thisWeek: workspace.thisWeek,
      recording: recording, partial: partial, evaluation: evaluation)
    let problems = inLineOrder(earlier + found)
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    if !dryRun {
      try JournalWriter.append(entries.map(EntryCodec.line), to: workspace.journalPath)
    }
    return entries
  }

  /// Problems sorted by line, keeping their order within a line; those without a line last.
  static func inLineOrder(_ problems: [Diagnostic]) -> [Diagnostic] {
    problems.enumerated()
      .sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
      .map(\.element)
  }

  /// The journal, refusing to add to one that is damaged or invalid.
  public static func validJournal(_ workspace: Workspace) throws(DiagnosticsError)
    -> JournalContents
  {
    let journal = try JournalReader.read(path: workspace.journalPath, plan: workspace.plan)
    guard journal.hasErrors else { return journal }
    throw DiagnosticsError(
      journal.diagnostics + [
        Diagnostic(
          .note, file: workspace.journalPath,
          message: "nothing was logged: fix the journal first ('rollout check' lists the problems)")
      ])
  }

  /// Turns drafts into entries with fresh ids, or throws every reason to refuse them.
  public static func prepare(
    _ drafts: [EntryDraft], plan: Plan, existing: [Entry], thisWeek: ISOWeek,
    recording: Recording, evaluation: Evaluation? = nil
  ) throws(DiagnosticsError) -> [Entry] {
    let (entries, problems) = check(
      drafts, plan: plan, existing: existing, thisWeek: thisWeek, recording: recording,
      evaluation: evaluation)
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    return entries
  }

  /// The drafts as entries with fresh ids, and every reason to refuse any of them, each
  /// located at its draft's file and line when it has them.
  public static func check(
    _ drafts: [EntryDraft], plan: Plan, existing: [Entry], thisWeek: ISOWeek,
    recording: Recording, partial: [PartialDraft] = [], evaluation: Evaluation? = nil
  ) -> (entries: [Entry], problems: [Diagnostic]) {
    var context = CaptureContext(
      plan: plan, existing: existing, thisWeek: thisWeek, recording: recording,
      evaluation: evaluation, needs: CaptureContext.Needs(drafts, partial))
    var problems: [Diagnostic] = partial.flatMap { part in
      context.refusals(part).map { located($0, file: part.file, line: part.line) }
    }
    var entries: [Entry] = []
    for draft in drafts {
      let id = context.freshID()
      let entry = Entry(
        id: id, at: recording.at, week: draft.week, author: recording.author, body: draft.body)
      problems += context.refusals(entry).map { located($0, file: draft.file, line: draft.line) }
      context.remember(entry, from: draft)
      entries.append(entry)
    }
    return (entries, problems)
  }

  static func located(_ problem: Diagnostic, file: String?, line: Int?) -> Diagnostic {
    var located = problem
    located.file = located.file ?? file
    located.line = located.line ?? line
    return located
  }
}

/// What the drafts of one command are checked against: the plan, the journal, and the
/// drafts before them (an imported file's earlier rows).
struct CaptureContext {
  let plan: Plan
  let existing: [Entry]
  let thisWeek: ISOWeek
  let recording: Recording
  /// The gate engine's answer for this journal, when the caller already has it.
  let evaluation: Evaluation?
  let withdrawals: Withdrawals
  var ids: Set<String>
  var values: LoggedValues
  var channels: KnownChannels

  /// What the drafts will be checked for. A single note is the common case, and it
  /// needs none of the journal-wide tables a CSV import of metric values does; building
  /// them for every note would cost more than reading the journal.
  struct Needs {
    var ids = false
    var values = false
    var channels = false

    init(_ drafts: [EntryDraft], _ partial: [PartialDraft] = []) {
      ids = drafts.count > 4 || drafts.contains { $0.body.isRetraction }
      values = drafts.contains { if case .metric = $0.body { return true } else { return false } }
      channels =
        drafts.contains { $0.body.channel != nil } || partial.contains { $0.channel != nil }
    }

    /// Everything, for callers that check without knowing the drafts up front.
    static let all: Needs = {
      var needs = Needs([])
      needs.ids = true
      needs.values = true
      needs.channels = true
      return needs
    }()
  }

  init(
    plan: Plan, existing: [Entry], thisWeek: ISOWeek, recording: Recording,
    evaluation: Evaluation? = nil, needs: Needs = .all
  ) {
    self.plan = plan
    self.evaluation = evaluation
    self.existing = existing
    self.thisWeek = thisWeek
    self.recording = recording
    withdrawals = Withdrawals(needs.ids || needs.values ? existing : [])
    ids = needs.ids ? Set(existing.map(\.id)) : []
    idsComplete = needs.ids
    values = LoggedValues(needs.values ? existing : [], withdrawals: withdrawals)
    channels = KnownChannels(plan: plan, entries: needs.channels ? existing : [])
  }

  /// `ids` holds every id of the journal (else only those made by this command).
  let idsComplete: Bool

  /// A new id that no entry of the journal, nor of this command, has.
  mutating func freshID() -> String {
    let id = EntryID.make { [ids, idsComplete, existing] candidate in
      ids.contains(candidate) || (!idsComplete && existing.contains { $0.id == candidate })
    }
    ids.insert(id)
    return id
  }

  /// Every reason to refuse one entry.
  func refusals(_ entry: Entry) -> [Diagnostic] {
    var out = references(entry) + weekAndChannel(week: entry.week, channel: entry.channel)
    guard out.isEmpty else { return out }
    let force = recording.force
    if case .retract(let r) = entry.body, let by = withdrawals.withdrawal(of: r.target) {
      out.append(
        Diagnostic(
          message: "the entry '\(r.target)' is already withdrawn by \(by.id)"
            + (by.line > 0 ? " (journal line \(by.line))" : ""),
          suggestion: "retract that retraction ('rollout retract \(by.id) --text …') to restore it")
      )
    }
    if !recording.again, let repeated = values.repeated(entry) {
      out.append(repeated)
    }
    if let refusal = PhaseLock.refusal(
      for: entry, plan: plan, entries: existing, force: force, evaluation: evaluation)
     {
      out.append(refusal)
    }
    return out
  }

  /// The problems of what could be read of a row that is refused anyway.
  func refusals(_ partial: PartialDraft) -> [Diagnostic] {
    var out: [Diagnostic] = []
    if let metric = partial.metric {
      let probe = Entry(
        id: "", at: "", week: partial.week ?? thisWeek, author: "",
        body: .metric(MetricValue(metric: metric, value: 0)))
      out += references(probe)
    }
    return out + weekAndChannel(week: partial.week, channel: partial.channel)
  }

  /// The names the entry refers to that the plan (or the journal) does not have.
  func references(_ entry: Entry) -> [Diagnostic] {
    EntryReferences.problems(of: entry, plan: plan, knownIDs: ids).map {
      Diagnostic(message: $0.message, suggestion: suggestion(for: $0, of: entry))
    }
  }

  /// Typo guards that `--force` lifts: a week still to come, a channel name close to a
  /// known one.
  func weekAndChannel(week: ISOWeek?, channel: String?) -> [Diagnostic] {
    guard !recording.force else { return [] }
    var out: [Diagnostic] = []
    if let week, week > thisWeek {
      out.append(
        Diagnostic(
          message: "\(week) is after this week (\(thisWeek))",
          suggestion: "check --week/--date; add --force if you really mean a future week"))
    }
    if let channel, let refusal = channels.refusal(of: channel) { out.append(refusal) }
    return out
  }

  /// The reference problem's fix, in the words of the writing commands.
  func suggestion(for problem: ReferenceProblem, of entry: Entry) -> String? {
    // A note may link only a goal of its own phase; --phase is what the user can change.
    if problem.field == "goal", case .note(let note) = entry.body, let goal = note.goal,
      let owner = plan.goal(goal)?.phase.id, owner != note.phase
    {
      return "use --phase \(owner) (or leave --phase out: a note takes its goal's phase), "
        + "or link a goal of '\(note.phase)'"
    }
    return problem.suggestion
  }

  /// Lets the drafts after this one see it, as if it were already in the journal.
  mutating func remember(_ entry: Entry, from draft: EntryDraft) {
    values.add(entry, file: draft.file, line: draft.line)
    if let channel = entry.channel { channels.add(channel) }
  }
}

/// SPEC §4: entries for a locked phase are refused unless forced; decisions are refused
/// even when forced if their phase is locked, already passed, or the plan has stopped.
public enum PhaseLock {
  /// The refusal for `entry`, or `nil` when it may be written. The one place that asks
  /// the gate engine whether a phase is open.
  /// `evaluation` is used when it is the evaluation of `entries` at the entry's week.
  public static func refusal(
    for entry: Entry, plan: Plan, entries: [Entry], force: Bool, evaluation given: Evaluation? = nil
  ) -> Diagnostic? {
    let isDecision: Bool
    let phase: String
    switch entry.body {
    case .note(let n): (phase, isDecision) = (n.phase, false)
    case .decide(let d): (phase, isDecision) = (d.phase, true)
    case .assess(let a):
      guard let owner = plan.goal(a.goal)?.phase.id else { return nil }
      (phase, isDecision) = (owner, false)
    case .metric, .retract: return nil
    }
    if force && !isDecision { return nil }
    let evaluation =
      given.flatMap { $0.week == entry.week ? $0 : nil }
      ?? GateEngine.evaluate(plan: plan, entries: entries, week: entry.week)
    let week = entry.week
    if isDecision {
      if let reason = evaluation.lockReason(phase: phase) {
        return Diagnostic(
          message: "a decision about '\(phase)' for \(week) is refused: \(reason)",
          suggestion: "decide about the phase that is open in \(week)")
      }
      if let passed = evaluation.phase(phase)?.passedWeek, passed < week {
        return Diagnostic(
          message: "a decision about '\(phase)' for \(week) is refused: "
            + "the phase already passed in \(passed)",
          suggestion: "a pass is final; decide about the next phase instead")
      }
      if let stopped = evaluation.stoppedWeek, stopped <= week {
        return Diagnostic(
          message: "a decision for \(week) is refused: the plan was stopped in \(stopped)",
          suggestion: "a stop is final; no later decision counts")
      }
      return nil
    }
    guard let reason = evaluation.lockReason(phase: phase) else { return nil }
    switch entry.body {
    case .assess(let a):
      // assess has no --phase: the goal decides the phase.
      return Diagnostic(
        message: "the goal '\(a.goal)' cannot be assessed in \(week): \(reason)",
        suggestion: "assess it once '\(phase)' unlocks, or add --force to record it anyway")
    case .note(let n) where n.goal != nil:
      let other = evaluation.currentPhase.map { ", or link a goal of '\($0)' instead" } ?? ""
      return Diagnostic(
        message: "\(reason) in \(week)",
        suggestion: "the note goes to the phase of its goal; add --force to log it anyway"
          + other)
    default:
      return Diagnostic(
        message: "\(reason) in \(week)",
        suggestion: "log it for the open phase with --phase, or add --force to log it anyway")
    }
  }

  /// The phase of a new note without `--phase`: the goal's phase when it names a goal of
  /// the plan, else the current phase (SPEC §4) of `evaluation`.
  public static func notePhase(goal: String?, plan: Plan, evaluation: Evaluation) -> String? {
    if let goal, let owner = plan.goal(goal)?.phase.id { return owner }
    return evaluation.currentPhase
  }
}

extension Entry.Body {
  var isRetraction: Bool {
    if case .retract = self { return true }
    return false
  }
}

/// Fresh entry ids (SPEC §3).
public enum EntryID {
  /// A random id not in `taken`: 8 lowercase hex characters, the first a–f.
  public static func make(avoiding taken: Set<String>) -> String {
    make { taken.contains($0) }
  }

  /// A random id for which `isTaken` is false.
  public static func make(avoiding isTaken: (String) -> Bool) -> String {
    var generator = SystemRandomNumberGenerator()
    let hex = Array("0123456789abcdef")
    while true {
      var id = String(hex[Int.random(in: 10...15, using: &generator)])
      for _ in 0..<7 { id.append(hex[Int.random(in: 0...15, using: &generator)]) }
      if !isTaken(id) { return id }
    }
  }
}
