import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files `report --out` must never write over: the record and what the report is
/// made from. Compared by device and inode (so a symlink or a hard link to the journal is
/// the journal), and by resolved path for one that does not exist yet (`.rejected`).
public struct ProtectedFiles: Sendable {
  /// What a protected file is, to name it in the refusal.
  public enum Role: String, Sendable {
    case plan, journal
    case rejected = "rejected lines"
    case template
  }

  public var files: [(path: String, role: Role)]

  public init(workspace: Workspace, template: String?) {
    files = [
      (workspace.planPath, .plan), (workspace.journalPath, .journal),
      (workspace.journalPath + ".rejected", .rejected),
    ]
    if let template { files.append((template, .template)) }
  }

  /// The refusal when `out` is one of the protected files; `nil` when it may be written.
  public func refusal(out: String) -> Diagnostic? {
    guard let (path, role) = files.first(where: { Self.same(out, $0.path) }) else { return nil }
    return Diagnostic(file: out, WorkspaceProblem.outIsProtected(role: role.rawValue, path: path))
  }

  /// Whether two paths name one file: the same device and inode when both exist, else
  /// the same resolved path.
  static func same(_ a: String, _ b: String) -> Bool {
    var sa = stat()
    var sb = stat()
    if stat(a, &sa) == 0, stat(b, &sb) == 0 {
      return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
    return resolved(a) == resolved(b)
  }

  /// The absolute path with its folder's symlinks resolved.
  static func resolved(_ path: String) -> String {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    return url.deletingLastPathComponent().resolvingSymlinksInPath()
      .appendingPathComponent(url.lastPathComponent).path
  }
}
