import Foundation

/// The person's editor: `$VISUAL`, else `$EDITOR`, else `vi`, started on a file and waited
/// for, as `git commit` and `crontab -e` do.
public enum Editor {
  /// `$VISUAL`, else `$EDITOR`, when either is set.
  public static func chosen(environment: [String: String]) -> String? {
    [environment["VISUAL"], environment["EDITOR"]]
      .compactMap { $0 }.first { !$0.trimmingSpaces.isEmpty }
  }

  /// Opens the editor on `path` and waits for it; a failure when it cannot start or
  /// exits with a non-zero status.
  public static func open(_ path: String, environment: [String: String]) throws(EditorFailure) {
    let editor = chosen(environment: environment) ?? "vi"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The setting may carry arguments ("code --wait"), so the shell splits it, as git does.
    process.arguments = ["-c", editor + " \"$1\"", "rollout-editor", path]
    do {
      try process.run()
    } catch {
      throw .cannotStart(editor)
    }
    process.waitUntilExit()
    // The shell's 127 means the editor was not found.
    if process.terminationStatus == 127 { throw .cannotStart(editor) }
    guard process.terminationStatus == 0 else {
      throw .failed(editor, status: process.terminationStatus)
    }
  }
}

/// Why the editor gave no text back.
public enum EditorFailure: Error, Sendable, Hashable {
  case cannotStart(String)
  case failed(String, status: Int32)
}
