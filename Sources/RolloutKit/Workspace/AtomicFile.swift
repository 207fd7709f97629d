import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing a file (`report --out`) so that a reader never sees it half-written, and so that
/// what the path names stays what it is (docs/reports.md): a symlink stays a link and its
/// target gets the text, a device or a FIFO is written to directly, a file keeps its mode.
public enum AtomicFile {
  /// Writes `text` to what `path` names. A regular file (or a new one) is replaced whole:
  /// the text goes to a fresh temporary file beside it, created with `O_EXCL` so that a
  /// planted file or symlink is never followed, which is renamed over it once written and
  /// flushed, and removed if anything fails.
  public static func write(_ text: String, to path: String) throws(DiagnosticsError) {
    try write(Array(text.utf8), to: path, temporaryName: randomName)
  }

  /// `temporaryName` gives the name of a temporary file beside the target (tests plant
  /// files at the names it gives).
  static func write(
    _ bytes: [UInt8], to path: String, temporaryName: (String) -> String
  ) throws(DiagnosticsError) {
    let target = followingLinks(path)
    var info = stat()
    guard stat(target, &info) == 0 else {
      guard errno == ENOENT else { throw failure(path, errno) }
      return try replace(target, with: bytes, keeping: nil, path: path, name: temporaryName)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      try replace(target, with: bytes, keeping: info, path: path, name: temporaryName)
    case S_IFDIR:
      throw failure(path, EISDIR)
    default:
      // A device or a FIFO: renaming a file over it would destroy it.
      let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      guard fd >= 0 else { throw failure(path, errno) }
      defer { close(fd) }
      if let error = writeAll(fd, bytes) { throw failure(path, error) }
    }
  }

  /// The file a chain of symlinks ends at (itself when it is none); a link to a file that
  /// does not exist yet names the file to create.
  static func followingLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
        let link = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
      else { return current }
      current =
        link.hasPrefix("/")
        ? link
        : ((current as NSString).deletingLastPathComponent as NSString)
          .appendingPathComponent(link)
    }
    return current
  }

  private static func replace(
    _ target: String, with bytes: [UInt8], keeping existing: stat?, path: String,
    name: (String) -> String
  ) throws(DiagnosticsError) {
    let folder = (target as NSString).deletingLastPathComponent
    let base = (target as NSString).lastPathComponent
    var temporary = ""
    var fd: Int32 = -1
    for _ in 0..<16 {
      temporary = (folder.isEmpty ? "." : folder) + "/" + name(base)
      fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw failure(path, errno) }
    var error = writeAll(fd, bytes)
    if error == nil, let existing {
      // The report keeps the mode and, where allowed, the owner of the file it replaces.
      _ = fchown(fd, existing.st_uid, existing.st_gid)
      if fchmod(fd, existing.st_mode & 0o7777) != 0 { error = errno }
    }
    if error == nil, fsync(fd) != 0 { error = errno }
    close(fd)
    if error == nil, rename(temporary, target) != 0 { error = errno }
    if let error {
      unlink(temporary)
      throw failure(path, error)
    }
  }

  private static func randomName(_ base: String) -> String {
    ".\(base).\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).tmp"
  }

  private static func failure(_ path: String, _ error: Int32) -> DiagnosticsError {
    DiagnosticsError(
      Diagnostic(file: path, OutputProblem.cannotWrite(reason: String(cString: strerror(error)))))
  }
}

/// Writes every byte; the `errno` of a failure, or `nil`.
private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
  var written = 0
  while written < bytes.count {
    let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    if n < 0 {
      if errno == EINTR { continue }
      return errno
    }
    written += n
  }
  return nil
}
