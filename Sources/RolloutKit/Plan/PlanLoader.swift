import Foundation
import YAML

/// Reads a plan file into a `Plan`, collecting every problem as a `Diagnostic`.
public enum PlanLoader {
  /// Loads the plan at `path`; throws every diagnostic when it has errors.
  public static func load(path: String) throws(DiagnosticsError) -> Plan {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticsError(
        Diagnostic(file: path, message: "the plan file cannot be read", suggestion: "check the path and its permissions"))
    }
    let (plan, diagnostics) = decode(Array(data), file: path)
    if let plan, !diagnostics.contains(where: { $0.severity == .error }) { return plan }
    throw DiagnosticsError(diagnostics)
  }

  /// Decodes plan text; returns the plan when it could be built, and every diagnostic.
  public static func decode(_ bytes: [UInt8], file: String) -> (Plan?, [Diagnostic]) {
    fatalError("implemented next")
  }
}
