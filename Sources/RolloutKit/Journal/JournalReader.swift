import Foundation
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A journal as read: its valid entries, every problem, and a cut-short last line.
public struct JournalContents: Sendable {
  public var entries: EntryStore
  public var diagnostics: [Diagnostic]
  /// A last line without its newline that is not a valid entry (docs/journal.md: a write that
  /// was interrupted). Nothing may be appended after it until it is repaired.
  public var tornTail: TornTail?
  /// The journal's size in bytes when it was read (0 for bytes read from elsewhere).
  public var size = 0

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Where the damaged last line of a journal starts.
public struct TornTail: Sendable, Hashable {
  /// Its line number.
  public var line: Int
  /// Its first byte in the file; it runs to the end of the file.
  public var offset: Int
  /// Set when the damaged tail is a batch of entries cut short (docs/journal.md), which
  /// starts at its begin marker.
  public var batch: Batch?

  /// How many entries a cut batch was to hold, and how many were complete.
  public struct Batch: Sendable, Hashable {
    public var expected: Int
    public var written: Int
  }
}

/// Reads a journal line by line (docs/journal.md): each line is parsed on its own, so that a bad
/// line is located exactly and does not hide the lines after it.
///
/// A file is read in blocks and each line is handled as soon as it is complete, so
/// reading keeps only the entries (never the whole file) in memory. Lines in the tool's
/// canonical shape go through `CanonicalLine`; any other line goes through the YAML parser.
public enum JournalReader {
  /// Reads the journal's bytes; `file` names it in diagnostics.
  public static func read(_ bytes: [UInt8], file: String, plan: Plan) -> JournalContents {
    read(bytes, file: file, plan: plan, fastPath: true)
  }

  /// Without `fastPath`, every line goes through the YAML parser (for tests that compare).
  static func read(_ bytes: [UInt8], file: String, plan: Plan, fastPath: Bool)
    -> JournalContents
  {
    var state = LineState(file: file, plan: plan)
    state.fastPath = fastPath
    bytes.withUnsafeBufferPointer { buffer in
      _ = state.feed(buffer, at: 0, final: true)
    }
    return state.finish()
  }

  /// Reads the journal file once, without waiting for a writer (`read(path:plan:)` does);
  /// a missing file is an empty journal.
  static func readOnce(path: String, plan: Plan) throws(DiagnosticsError) -> JournalContents {
    guard FileManager.default.fileExists(atPath: path) else {
      return JournalContents(entries: EntryStore(), diagnostics: [], tornTail: nil)
    }
    let failure = DiagnosticsError(Diagnostic(file: path, JournalProblem.fileFailed(.read)))
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    defer { if fd >= 0 { close(fd) } }
    var info = stat()
    guard fd >= 0, fstat(fd, &info) == 0 else { throw failure }
    // The size when reading starts: a line appended meanwhile waits for the next read.
    let size = Int(info.st_size)
    var state = LineState(file: path, plan: plan)
    let blockSize = 1 << 20
    var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: min(size, blockSize) + 1)
    defer { buffer.deallocate() }
    var filled = 0  // bytes in the buffer
    var base = 0  // file offset of buffer[0]
    while true {
      let wanted = min(buffer.count - filled, size - (base + filled))
      var got = 0
      while got < wanted {
        let n = pread(
          fd, buffer.baseAddress! + filled + got, wanted - got, off_t(base + filled + got))
        if n < 0, errno == EINTR { continue }
        guard n > 0 else { break }
        got += n
      }
      guard got == wanted else { throw failure }
      filled += got
      let final = base + filled == size
      let used = state.feed(
        UnsafeBufferPointer(rebasing: buffer[0..<filled]), at: base, final: final)
      if final { break }
      if base == 0, used > 0 {
        // Room for all entries at the first block's density, so the list is not copied
        // to grow (and holds no more than a few percent spare).
        let estimate = Double(size) / Double(used) * Double(state.contents.entries.count)
        state.contents.entries.reserveCapacity(Int(estimate * 1.03) + 64)
      }
      if used == 0 {
        // One line longer than the buffer: make room for all of it.
        let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
        _ = bigger.initialize(fromContentsOf: buffer[0..<filled])
        buffer.deallocate()
        buffer = bigger
        continue
      }
      // Keep the unfinished line at the start of the buffer.
      let rest = filled - used
      if rest > 0 {
        (buffer.baseAddress! + 0).update(from: buffer.baseAddress! + used, count: rest)
      }
      base += used
      filled = rest
    }
    var contents = state.finish()
    contents.size = size
    return contents
  }
}
