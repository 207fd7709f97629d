import Foundation

/// Where the plan probably is when none is found: a YAML file in this folder that looks
/// like a plan under another name (or this folder is `Plans/` itself), or a folder above
/// with a plan in its `Plans/` or a `plan.yaml`. Said as the fix of "no plan found".
public enum PlanHint: Sendable, Hashable {
  /// A file in this folder (`"rollout.yaml"`) whose first key is `plan:`.
  case here(String)
  /// A plan in a folder above, as a path from here (`"../Plans/plan.yaml"`), and that
  /// folder (`".."`).
  case above(path: String, folder: String)

  /// How many folders up to look.
  static let levels = 4

  /// The hint for `directory`, or `nil` when nothing near looks like a plan.
  public static func near(_ directory: String) -> PlanHint? {
    if let name = planLike(in: directory).first { return .here(name) }
    var up = ""
    var folder = (directory as NSString).standardizingPath
    for _ in 0..<levels {
      let parent = (folder as NSString).deletingLastPathComponent
      guard parent != folder, !parent.isEmpty else { return nil }
      folder = parent
      up += up.isEmpty ? ".." : "/.."
      let plans = (folder as NSString).appendingPathComponent("Plans")
      if let name = planLike(in: plans).first {
        return .above(path: up + "/Plans/" + name, folder: up)
      }
      let plan = (folder as NSString).appendingPathComponent("plan.yaml")
      if looksLikePlan(plan) { return .above(path: up + "/plan.yaml", folder: up) }
    }
    return nil
  }

  /// The plan-like YAML files of a folder, by name.
  static func planLike(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter(PlanLocator.isPlanFileName).sorted().filter {
      looksLikePlan((folder as NSString).appendingPathComponent($0))
    }
  }

  /// A file whose first lines have a `plan:` key at the top level.
  static func looksLikePlan(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4096)) ?? Data()
    let text = String(decoding: head, as: UTF8.self)
    return text.split(separator: "\n").prefix(40).contains {
      $0.hasPrefix("plan:") || $0.hasPrefix("\"plan\":")
    }
  }
}

extension PlanHint {
  func fix(in l: Language) -> String {
    switch self {
    case .here(let name):
      return l.say(
        en: "'\(name)' in this folder looks like a plan: name it with --plan \(name), "
          + "or move it into Plans/",
        fi: "tämän kansion '\(name)' näyttää suunnitelmalta: anna se valitsimella "
          + "--plan \(name) tai siirrä se kansioon Plans/",
        nl: "'\(name)' in deze map lijkt een plan: noem het met --plan \(name), "
          + "of zet het in Plans/")
    case .above(let path, let folder):
      return l.say(
        en: "'\(path)' looks like the plan: run rollout from '\(folder)' (cd \(folder)), "
          + "or name it with --plan \(path)",
        fi: "'\(path)' näyttää suunnitelmalta: aja rollout kansiosta '\(folder)' "
          + "(cd \(folder)) tai anna se valitsimella --plan \(path)",
        nl: "'\(path)' lijkt het plan: start rollout vanuit '\(folder)' (cd \(folder)), "
          + "of noem het met --plan \(path)")
    }
  }
}
