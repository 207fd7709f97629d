import Foundation

/// Writing a file so that a reader never sees it half-written.
public enum AtomicFile {
  /// Writes `text` to a temporary file in the same folder, then renames it over `path`.
  public static func write(_ text: String, to path: String) throws(DiagnosticsError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw DiagnosticsError(
          Diagnostic(file: path, message: "the report cannot be written: \(reason)"))
      }
    } catch let error as DiagnosticsError {
      throw error
    } catch {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "the report cannot be written",
          suggestion: "check that the folder exists and that you may write in it"))
    }
  }
}
