import Foundation

/// Finds the plan file (docs/languages.md): `--plan`, else `ROLLOUT_PLAN`, else the single plan in
/// `./Plans/` (journals excluded).
public enum PlanLocator {
  public static func locate(
    explicit: String?, environment: [String: String], directory: String
  ) throws(DiagnosticsError) -> String {
    if let explicit, !explicit.isEmpty { return try existing(explicit, from: "--plan") }
    if let fromEnv = environment["ROLLOUT_PLAN"], !fromEnv.isEmpty {
      return try existing(fromEnv, from: "ROLLOUT_PLAN")
    }
    let folder = (directory as NSString).appendingPathComponent("Plans")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let plans = names.filter(isPlanFileName).sorted()
    switch plans.count {
    case 1:
      return "Plans/" + plans[0]
    case 0:
      throw DiagnosticsError(Diagnostic(WorkspaceProblem.noPlan(PlanHint.near(directory))))
    default:
      throw DiagnosticsError(Diagnostic(WorkspaceProblem.manyPlans(plans.map { "Plans/\($0)" })))
    }
  }

  /// `*.yaml` / `*.yml`, but not `*.journal.yaml`.
  public static func isPlanFileName(_ name: String) -> Bool {
    let lower = name.lowercased()
    guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else { return false }
    return !lower.hasSuffix(".journal.yaml") && !lower.hasSuffix(".journal.yml")
      && !name.hasPrefix(".")
  }

  private static func existing(_ path: String, from source: String) throws(DiagnosticsError)
    -> String
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DiagnosticsError(
        Diagnostic(file: path, WorkspaceProblem.planMissing(source: source, path: path)))
    }
    if isDirectory.boolValue {
      throw DiagnosticsError(Diagnostic(file: path, WorkspaceProblem.planIsFolder(source: source)))
    }
    return path
  }

  /// docs/languages.md: beside the plan as `<stem>.journal.yaml`, unless the plan's `journal:`
  /// key names another path (relative to the plan).
  public static func journalPath(planPath: String, journalKey: String?) -> String {
    let folder = (planPath as NSString).deletingLastPathComponent
    if let journalKey, !journalKey.isEmpty {
      if journalKey.hasPrefix("/") { return journalKey }
      return folder.isEmpty ? journalKey : (folder as NSString).appendingPathComponent(journalKey)
    }
    var stem = (planPath as NSString).lastPathComponent
    for suffix in [".yaml", ".yml"] where stem.lowercased().hasSuffix(suffix) {
      stem = String(stem.dropLast(suffix.count))
      break
    }
    let name = stem + ".journal.yaml"
    return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
  }
}
