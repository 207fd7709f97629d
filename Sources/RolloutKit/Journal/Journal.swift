/// Reading the journal (docs/journal.md).
public enum Journal {
  /// Reads and validates every entry of the journal at `path` against `plan`; a missing
  /// journal is empty. Throws every problem, located as `journal:LINE:COL`.
  public static func load(path: String, plan: Plan) throws(DiagnosticsError) -> EntryStore {
    let contents = try JournalReader.read(path: path, plan: plan)
    // docs/journal.md: reports are never computed from data that was silently skipped.
    if contents.hasErrors { throw DiagnosticsError(contents.diagnostics) }
    return contents.entries
  }
}
