/// Prints diagnostics compiler-style: `path:line:col: error: message`, then the fix.
public struct DiagnosticPrinter: Sendable {
  public var colour: Bool

  public init(colour: Bool) {
    self.colour = colour
  }

  public func format(_ d: Diagnostic) -> String {
    var location = ""
    if let file = d.file {
      location = file
      if let line = d.line {
        location += ":\(line)"
        if let column = d.column { location += ":\(column)" }
      }
      location += ": "
    }
    let label: String
    switch d.severity {
    case .error: label = paint("error:", "1;31")
    case .warning: label = paint("warning:", "1;33")
    case .note: label = paint("note:", "1;36")
    }
    var text = paint(location, "1") + label + " " + d.message
    if let suggestion = d.suggestion {
      text += "\n" + String(repeating: " ", count: 2) + paint("fix:", "1;32") + " " + suggestion
    }
    return text
  }

  public func format(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(format).joined(separator: "\n")
  }

  private func paint(_ s: String, _ code: String) -> String {
    guard colour, !s.isEmpty else { return s }
    return "\u{1B}[\(code)m\(s)\u{1B}[0m"
  }
}
