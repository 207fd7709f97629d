import Foundation

/// The starter plans `rollout init` writes, from `Templates/plans/` (compiled in).
public enum StarterPlan {
  /// Template names, e.g. `basic`, `basic-fi`.
  public static var names: [String] {
    EmbeddedTemplates.files.keys
      .filter { $0.hasPrefix("plans/") && $0.hasSuffix(".yaml") }
      .map { String($0.dropFirst("plans/".count).dropLast(".yaml".count)) }
      .sorted()
  }

  /// The template's text with `{{starts}}` set to the Monday of `today`'s week, after
  /// the hint that leads an editor's YAML language server to the schema beside the plan.
  public static func text(named name: String, today: CalendarDate) -> String? {
    guard let template = EmbeddedTemplates.files["plans/\(name).yaml"] else { return nil }
    let monday = ISOWeek(today).monday
    return PlanSchema.editorHint + "\n"
      + template.replacingOccurrences(of: "{{starts}}", with: monday.description)
  }

  /// Where `write` puts the schema for a plan at `path`: beside it.
  public static func schemaPath(besidePlan path: String) -> String {
    ((path as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent(PlanSchema.fileName)
  }

  /// Writes a starter plan to `path`, creating its folder, and the plan's JSON Schema
  /// beside it (always the current one); refuses to overwrite the plan unless `force`.
  public static func write(
    named name: String, to path: String, today: CalendarDate, force: Bool
  ) throws(DiagnosticsError) {
    guard let text = text(named: name, today: today) else {
      throw DiagnosticsError(
        Diagnostic(
          message: "there is no starter plan called '\(name)'",
          suggestion: (suggestion(for: name, among: names).map { $0 + " " } ?? "")
            + "(choose one of: \(names.joined(separator: ", ")))"))
    }
    let fm = FileManager.default
    var isFolder: ObjCBool = false
    if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "this is a folder; rollout init needs the path of the plan file",
          suggestion:
            "name the file, for example \((path as NSString).appendingPathComponent("plan.yaml"))"))
    }
    if fm.fileExists(atPath: path) && !force {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "a file already exists here; rollout never overwrites it unasked",
          suggestion: "choose another path, or add --force to replace it"))
    }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      if !folder.isEmpty {
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      try Data(PlanSchema.text.utf8).write(
        to: URL(fileURLWithPath: schemaPath(besidePlan: path)), options: .atomic)
    } catch {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "the plan cannot be written: \(error.localizedDescription)",
          suggestion: "check that the folder exists and that you may write to it"))
    }
  }
}
