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

/// Who and when, shared by every entry a command logs.
public struct Recording: Sendable {
  public var author: String
  /// `2026-11-25T10:02:11+02:00`.
  public var at: String
  /// `--force`: log for a locked phase or a future week anyway.
  public var force: Bool

  public init(author: String, at: String, force: Bool) {
    self.author = author
    self.at = at
    self.force = force
  }
}

/// The writing commands' common path (SPEC §3): read the journal, validate every draft
/// against the plan and the gates, and only then append them all under one lock.
public enum Capture {
  /// Validates and appends the drafts; returns the entries as written. Throws every
  /// problem, leaving the journal untouched, when any draft is refused.
  @discardableResult
  /// `journal` is the journal as already read by the caller, if it was. With `dryRun`,
  /// everything is checked and nothing is written.
  ///
  /// `evaluation`, when given, is the gate engine's answer for this journal and plan at
  /// some week (a caller that already asked it): a draft for that week is checked
  /// against it instead of evaluating again.
  public static func record(
    _ drafts: [EntryDraft], in workspace: Workspace, recording: Recording,
    journal journalContents: JournalContents? = nil, dryRun: Bool = false,
    evaluation: Evaluation? = nil
  ) throws(DiagnosticsError) -> [Entry] {
    let journal: JournalContents
    if let given = journalContents {
      journal = given
    } else {
      journal = try validJournal(workspace)
    }
    let entries = try prepare(
      drafts, plan: workspace.plan, existing: journal.entries, thisWeek: workspace.thisWeek,
      recording: recording, evaluation: evaluation)
    if !dryRun {
      try JournalWriter.append(entries.map(EntryCodec.line), to: workspace.journalPath)
    }
    return entries
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
    // The journal's ids as a set only when many drafts or a retraction need them: for one
    // note, scanning a million entries is cheaper than hashing them.
    let needsSet = drafts.count > 4 || drafts.contains { $0.body.isRetraction }
    var ids = needsSet ? Set(existing.map(\.id)) : []
    var fresh: Set<String> = []
    var problems: [Diagnostic] = []
    var entries: [Entry] = []
    for draft in drafts {
      let id = EntryID.make { candidate in
        fresh.contains(candidate)
          || (needsSet ? ids.contains(candidate) : existing.contains { $0.id == candidate })
      }
      fresh.insert(id)
      if needsSet { ids.insert(id) }
      let entry = Entry(
        id: id, at: recording.at, week: draft.week, author: recording.author, body: draft.body)
      var found = refusals(
        entry, plan: plan, existing: existing, thisWeek: thisWeek, force: recording.force,
        knownIDs: ids, evaluation: evaluation)
      found = found.map { d in
        var located = d
        located.file = located.file ?? draft.file
        located.line = located.line ?? draft.line
        return located
      }
      problems += found
      entries.append(entry)
    }
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    return entries
  }

  /// Every reason to refuse one entry.
  static func refusals(
    _ entry: Entry, plan: Plan, existing: [Entry], thisWeek: ISOWeek, force: Bool,
    knownIDs: Set<String>, evaluation: Evaluation? = nil
  ) -> [Diagnostic] {
    var out = EntryReferences.problems(of: entry, plan: plan, knownIDs: knownIDs).map {
      Diagnostic(message: $0.message, suggestion: $0.suggestion)
    }
    if entry.week > thisWeek && !force {
      // A typo guard: an entry about a week still to come is rarely meant.
      out.append(
        Diagnostic(
          message: "\(entry.week) is after this week (\(thisWeek))",
          suggestion: "check --week/--date; add --force if you really mean a future week"))
    }
    guard out.isEmpty else { return out }
    if let refusal = PhaseLock.refusal(
      for: entry, plan: plan, entries: existing, force: force, evaluation: evaluation)
    {
      out.append(refusal)
    }
    return out
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
    return Diagnostic(
      message: "\(reason) in \(week)",
      suggestion: "log it for the open phase with --phase, or add --force to log it anyway")
  }

  /// SPEC §4: the default phase of a new note, the current phase at `week`.
  public static func currentPhase(plan: Plan, entries: [Entry], week: ISOWeek) -> String? {
    GateEngine.evaluate(plan: plan, entries: entries, week: week).currentPhase
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
