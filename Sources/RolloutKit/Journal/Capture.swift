/// The writing commands' common path (docs/journal.md): validate every draft against the plan, the
/// journal and the gates' answer, and only then append them all under one lock.
///
/// Whether a phase is open is not asked here: the shell (`Workspace/`) evaluates the gates
/// and hands the answer in as `phaseLock`, so that the journal knows nothing of the gates.
public enum Capture {
  /// Problems sorted by line, keeping their order within a line; those without a line last.
  static func inLineOrder(_ problems: [Diagnostic]) -> [Diagnostic] {
    problems.enumerated()
      .sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
      .map(\.element)
  }

  /// The drafts as entries with fresh ids, and every reason to refuse any of them, each
  /// located at its draft's file and line when it has them. `phaseLock` is the refusal of
  /// an entry for a phase that is not open (docs/gates.md), or `nil`.
  public static func check(
    _ drafts: [EntryDraft], plan: Plan, existing: EntryStore, thisWeek: ISOWeek,
    recording: Recording, partial: [PartialDraft] = [],
    phaseLock: @escaping (Entry) -> Diagnostic?
  ) -> (entries: [Entry], problems: [Diagnostic]) {
    var context = CaptureContext(
      plan: plan, existing: existing, thisWeek: thisWeek, recording: recording,
      phaseLock: phaseLock, needs: CaptureContext.Needs(drafts, partial))
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

extension Entry.Body {
  var isRetraction: Bool {
    if case .retract = self { return true }
    return false
  }
}
