/// The shell's side of writing (docs/journal.md): read the journal, ask the gates whether each
/// entry's phase is open, and hand the answer to `Capture`.
extension Capture {
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
    if dryRun {
      var journal: JournalContents
      if let given = journalContents {
        journal = given
      } else {
        journal = try validJournal(workspace)
      }
      return try checked(
        drafts, workspace, recording, journal, earlier, partial, evaluation)
    }
    var entries: [Entry] = []
    // docs/journal.md: the journal is read, and the drafts checked against it, under the
    // lock of the append, so that two writers cannot both pass a check (a repeated value)
    // that only one of them may pass. A journal the caller read is used while it has not
    // grown since; else it is read again, and the gates with it.
    try JournalWriter.append(to: workspace.journalPath) { size throws(DiagnosticsError) in
      let journal: JournalContents
      let unchanged = journalContents.map { $0.size == size } ?? false
      if unchanged, let given = journalContents {
        journal = given
      } else {
        journal = try validJournal(workspace, underWritersLock: true)
      }
      entries = try checked(
        drafts, workspace, recording, journal, earlier, partial, unchanged ? evaluation : nil)
      return entries.map(EntryCodec.line)
    }
    return entries
  }

  /// The drafts as entries, or every problem with them and `earlier`, in line order.
  private static func checked(
    _ drafts: [EntryDraft], _ workspace: Workspace, _ recording: Recording,
    _ journal: JournalContents, _ earlier: [Diagnostic], _ partial: [PartialDraft],
    _ evaluation: Evaluation?
  ) throws(DiagnosticsError) -> [Entry] {
    let (entries, found) = check(
      drafts, plan: workspace.plan, existing: journal.entries, thisWeek: workspace.thisWeek,
      recording: recording, partial: partial, evaluation: evaluation)
    let problems = inLineOrder(earlier + found)
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    return entries
  }

  /// The journal, refusing to add to one that is damaged or invalid. `underWritersLock`
  /// when the caller holds the journal's lock: then it is read once, without waiting for it.
  public static func validJournal(_ workspace: Workspace, underWritersLock: Bool = false)
    throws(DiagnosticsError) -> JournalContents
  {
    let journal =
      try underWritersLock
      ? JournalReader.readOnce(path: workspace.journalPath, plan: workspace.plan)
      : JournalReader.read(path: workspace.journalPath, plan: workspace.plan)
    guard journal.hasErrors else { return journal }
    throw DiagnosticsError(
      journal.diagnostics + [
        Diagnostic(.note, file: workspace.journalPath, WorkspaceProblem.journalFirst)
      ])
  }

  /// Turns drafts into entries with fresh ids, or throws every reason to refuse them.
  public static func prepare(
    _ drafts: [EntryDraft], plan: Plan, existing: EntryStore, thisWeek: ISOWeek,
    recording: Recording, evaluation: Evaluation? = nil
  ) throws(DiagnosticsError) -> [Entry] {
    let (entries, problems) = check(
      drafts, plan: plan, existing: existing, thisWeek: thisWeek, recording: recording,
      evaluation: evaluation)
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    return entries
  }

  /// `check` with the gates' answer for `existing`: `evaluation` is used for the entries
  /// of its week, the gates are evaluated for any other.
  public static func check(
    _ drafts: [EntryDraft], plan: Plan, existing: EntryStore, thisWeek: ISOWeek,
    recording: Recording, partial: [PartialDraft] = [], evaluation: Evaluation? = nil
  ) -> (entries: [Entry], problems: [Diagnostic]) {
    check(
      drafts, plan: plan, existing: existing, thisWeek: thisWeek, recording: recording,
      partial: partial
    ) { entry in
      PhaseLock.refusal(
        for: entry, plan: plan, entries: existing, force: recording.force,
        again: recording.again, evaluation: evaluation)
    }
  }
}
