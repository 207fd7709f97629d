#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalReader {
  /// Reads the journal file; a missing file is an empty journal.
  ///
  /// Writers append under an exclusive `flock` (docs/journal.md); a reader takes no lock, so
  /// it may meet a write still under way as a damaged tail (a line without its end, a batch
  /// without its end marker). Then it waits for the writers' lock, shared, and reads again:
  /// a tail still damaged then is one that no writer is finishing.
  public static func read(path: String, plan: Plan) throws(DiagnosticsError) -> JournalContents {
    let contents = try readOnce(path: path, plan: plan)
    guard contents.tornTail != nil else { return contents }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return contents }
    defer { close(fd) }
    while flock(fd, LOCK_SH) != 0 {
      guard errno == EINTR else { return contents }
    }
    defer { flock(fd, LOCK_UN) }
    return try readOnce(path: path, plan: plan)
  }
}
