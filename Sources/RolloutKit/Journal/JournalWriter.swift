import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends lines to a journal so that concurrent writers never interleave or lose one
/// (docs/journal.md): O_APPEND, an exclusive `flock`, the journal checked under the lock, one
/// `write` of everything (several entries between a batch's markers), `fsync`, unlock.
public enum JournalWriter {
  /// Appends `lines` (each without its newline) in one write. Refuses, writing nothing,
  /// when the journal ends in a cut-short line.
  public static func append(_ lines: [String], to path: String) throws(DiagnosticsError) {
    try append(to: path) { _ throws(DiagnosticsError) in lines }
  }

  /// Holds the journal's exclusive lock while `prepare` decides what to append, so that
  /// what it checked against the journal is still true when the lines are written. It is
  /// given the journal's size in bytes, to tell whether a journal read before is still
  /// whole; it may read the journal with `JournalReader.readOnce` (never `read`, which
  /// would wait for this lock). A journal created here and still empty is removed again;
  /// one that another writer appended to between its creation and this writer's lock is
  /// kept, with that writer's entry.
  public static func append(
    to path: String, prepare: (_ size: Int) throws(DiagnosticsError) -> [String]
  ) throws(DiagnosticsError) {
    let (fd, created) = try openLocked(path)
    defer { close(fd) }
    defer { flock(fd, LOCK_UN) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(path, .examine) }
    let lines: [String]
    do {
      lines = try prepare(Int(info.st_size))
    } catch {
      if created { removeIfEmpty(fd, path) }
      throw error
    }
    guard !lines.isEmpty else {
      if created { removeIfEmpty(fd, path) }
      return
    }
    var text = JournalBatch.wrap(lines, id: JournalBatch.freshID()).joined(separator: "\n") + "\n"
    switch try tail(fd, path) {
    case .clean: break
    case .missingNewline:
      // docs/journal.md: a valid last line lacking its newline gets one first.
      text = "\n" + text
    case .torn(let line):
      throw DiagnosticsError(JournalReader.tornTailDiagnostic(file: path, line: line))
    }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw failure(path, .write(reason: String(cString: strerror(errno))))
      }
      written += n
    }
    guard fsync(fd) == 0 else { throw failure(path, .flush) }
  }

  /// Removes the journal this writer created when nothing is in it. Under the lock, so
  /// no writer appends meanwhile; checked now, not when the lock was taken, because
  /// another writer may have appended between the creation and the lock.
  private static func removeIfEmpty(_ fd: Int32, _ path: String) {
    var now = stat()
    guard fstat(fd, &now) == 0, now.st_size == 0 else { return }
    unlink(path)
  }

  /// The journal opened for appending (created when missing) and locked. A journal that
  /// was removed or replaced while this writer waited for the lock (an empty one removed
  /// by another writer) is opened again, so that no entry goes to a file nobody reads.
  private static func openLocked(_ path: String) throws(DiagnosticsError) -> (Int32, Bool) {
    while true {
      var created = false
      var fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
      if fd < 0, errno == ENOENT {
        fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd >= 0 {
          created = true
        } else if errno == EEXIST {
          // Created meanwhile, or a symlink to a journal not yet written: open it as it is.
          fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        }
      }
      guard fd >= 0 else { throw failure(path, .open) }
      while flock(fd, LOCK_EX) != 0 {
        guard errno == EINTR else {
          close(fd)
          throw failure(path, .lock)
        }
      }
      var held = stat()
      var named = stat()
      if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_dev == named.st_dev,
        held.st_ino == named.st_ino
      {
        return (fd, created)
      }
      close(fd)
    }
  }

  enum Tail: Equatable {
    case clean
    case missingNewline
    case torn(line: Int)
  }

  /// How the file ends: with a newline (or empty), with a valid entry lacking only its
  /// newline, or with a damaged line.
  static func tail(_ fd: Int32, _ path: String) throws(DiagnosticsError) -> Tail {
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(path, .examine) }
    let size = Int(info.st_size)
    guard size > 0 else { return .clean }
    guard let last = readBytes(fd, at: size - 1, count: 1), last.count == 1 else {
      throw failure(path, .read)
    }
    if last[0] == 0x0A { return .clean }
    // Read back in chunks until the start of the last line.
    var lineStart = size
    var chunk = 4096
    var lastLine: [UInt8] = []
    while lineStart > 0 {
      let from = max(0, lineStart - chunk)
      guard let piece = readBytes(fd, at: from, count: lineStart - from) else {
        throw failure(path, .read)
      }
      if let nl = piece.lastIndex(of: 0x0A) {
        lastLine = Array(piece[(nl + 1)...]) + lastLine
        lineStart = from + nl + 1
        break
      }
      lastLine = piece + lastLine
      lineStart = from
      chunk *= 2
    }
    if lastLine.last == 0x0D { lastLine.removeLast() }
    // A file that is only a BOM (an editor saved it empty) has no last line to damage.
    if lineStart == 0, lastLine.starts(with: [0xEF, 0xBB, 0xBF]) { lastLine.removeFirst(3) }
    let blankOrComment = JournalReader.classify(lastLine, 0..<lastLine.count)
    if blankOrComment == .blank || blankOrComment == .comment
      || JournalReader.isValidEntryLine(lastLine)
    {
      return .missingNewline
    }
    guard let head = readBytes(fd, at: 0, count: lineStart) else {
      throw failure(path, .read)
    }
    return .torn(line: head.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
  }

  static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let n = buffer[done...].withUnsafeMutableBytes {
        pread(fd, $0.baseAddress, $0.count, off_t(offset + done))
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return nil }
      done += n
    }
    return buffer
  }

  static func failure(_ path: String, _ access: JournalProblem.Access) -> DiagnosticsError {
    DiagnosticsError(Diagnostic(file: path, JournalProblem.fileFailed(access)))
  }
}
