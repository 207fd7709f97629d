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

  /// The journal, refusing to add to one that is damaged or invalid.
  public static func validJournal(_ workspace: Workspace) throws(DiagnosticsError)
    -> JournalContents
  {
    let journal = try JournalReader.read(path: workspace.journalPath, plan: workspace.plan)
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
