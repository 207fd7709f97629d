import Foundation

/// The folder a file is written into (`report --out meeting/w45.md`).
public enum OutputFolder {
  /// Creates the folders of `path` that are missing, as `mkdir -p` does, so that a report
  /// can go straight into a new meeting folder; when one cannot be made (a file of that
  /// name is in the way, no permission) the error names it.
  public static func create(for path: String) throws(DiagnosticsError) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      return
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      let shown = (path as NSString).deletingLastPathComponent
      throw DiagnosticsError(Diagnostic(file: path, WorkspaceProblem.folderNotCreated(shown)))
    }
  }
}
