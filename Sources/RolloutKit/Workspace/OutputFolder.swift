import Foundation

/// The folder a file is written into (`report --out meeting/w45.md`).
public enum OutputFolder {
  /// Creates the folders of `path` that are missing, as `mkdir -p` does, so that a report
  /// can go straight into a new meeting folder; when one cannot be made (a file of that
  /// name is in the way, no permission) the error names it.
  /// Returns the folder it made, as the user wrote it, or `nil` when it was there.
  @discardableResult
  public static func create(for path: String) throws(DiagnosticsError) -> String? {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      return nil
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      return (path as NSString).deletingLastPathComponent
    } catch {
      let shown = (path as NSString).deletingLastPathComponent
      throw DiagnosticsError(Diagnostic(file: path, WorkspaceProblem.folderNotCreated(shown)))
    }
  }
}

/// What `report --out` says on standard error once the file is written, so that a person
/// sees where the report went (standard output stays empty).
public enum OutputNotice: Worded, Hashable {
  case wrote(String, madeFolder: String?)

  public func message(in l: Language) -> String {
    switch self {
    case .wrote(let path, nil):
      return l.say(en: "wrote \(path)", fi: "kirjoitettu: \(path)", nl: "geschreven: \(path)")
    case .wrote(let path, let folder?):
      return l.say(
        en: "wrote \(path) (made the folder \(folder))",
        fi: "kirjoitettu: \(path) (kansio \(folder) luotiin)",
        nl: "geschreven: \(path) (map \(folder) aangemaakt)")
    }
  }
}
