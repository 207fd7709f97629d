import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The journal's part of `rollout check` (docs/journal.md): every problem, and `--repair` for a
/// cut-short last line.
public enum JournalCheck {
  /// What `check` found and did.
  public struct Outcome: Sendable {
    /// Problems that remain; empty when the journal is valid.
    public var diagnostics: [Diagnostic]
    /// Entries in the (repaired) journal.
    public var entryCount: Int
    /// Set when `--repair` moved a damaged tail aside.
    public var repaired: Repair?
  }

  public struct Repair: Sendable, Hashable {
    /// The line the damaged tail started on.
    public var line: Int
    /// How many bytes moved.
    public var bytes: Int
    public var rejectedPath: String
    /// Set when what moved was a batch cut short: how many entries it was to hold, and
    /// how many were complete.
    public var batch: TornTail.Batch?
  }

  /// Checks the journal; with `repair`, first moves a cut-short last line to
  /// `<journal>.rejected` (docs/journal.md: every byte kept).
  public static func run(path: String, plan: Plan, repair: Bool) throws(DiagnosticsError)
    -> Outcome
  {
    var repaired: Repair?
    if repair { repaired = try moveTornTail(path: path, plan: plan) }
    let contents = try JournalReader.read(path: path, plan: plan)
    var file: [[UInt8]]?
    let afterStop = StopCheck.diagnostics(contents.entries, file: path) { number in
      if file == nil {
        file = (FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? [])
          .split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
      }
      return file.flatMap { number >= 1 && number <= $0.count ? $0[number - 1] : nil }
    }
    let diagnostics = contents.diagnostics + afterStop
    return Outcome(
      diagnostics: diagnostics, entryCount: contents.entries.count, repaired: repaired)
  }

  /// Moves a damaged last line, under the journal's lock, to the end of
  /// `<journal>.rejected`, then cuts it from the journal. `nil` when there is none.
  public static func moveTornTail(path: String, plan: Plan) throws(DiagnosticsError) -> Repair? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let fd = open(path, O_RDWR | O_CLOEXEC)
    guard fd >= 0 else { throw JournalWriter.failure(path, .openForRepair) }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else { throw JournalWriter.failure(path, .lock) }
    }
    defer { flock(fd, LOCK_UN) }
    var info = stat()
    guard fstat(fd, &info) == 0,
      let bytes = JournalWriter.readBytes(fd, at: 0, count: Int(info.st_size))
    else { throw JournalWriter.failure(path, .read) }
    guard let torn = JournalReader.read(bytes, file: path, plan: plan).tornTail else { return nil }
    let tail = Array(bytes[torn.offset...])
    let rejectedPath = path + ".rejected"
    // The damaged bytes are safe in .rejected before they leave the journal.
    // A symlink planted at .rejected is never followed (O_NOFOLLOW).
    let out = open(rejectedPath, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
    if out < 0, errno == ELOOP {
      throw DiagnosticsError(
        Diagnostic(file: rejectedPath, RepairProblem.rejectedIsALink(rejectedPath)))
    }
    guard out >= 0 else { throw JournalWriter.failure(rejectedPath, .open) }
    defer { close(out) }
    var chunk = tail
    if !chunk.isEmpty, chunk.last != 0x0A { chunk.append(0x0A) }
    let written = chunk.withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
    guard written == chunk.count, fsync(out) == 0 else {
      throw JournalWriter.failure(rejectedPath, .write(reason: nil))
    }
    guard ftruncate(fd, off_t(torn.offset)) == 0, fsync(fd) == 0 else {
      throw JournalWriter.failure(path, .shorten)
    }
    return Repair(
      line: torn.line, bytes: tail.count, rejectedPath: rejectedPath, batch: torn.batch)
  }
}
