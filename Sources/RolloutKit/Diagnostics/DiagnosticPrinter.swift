/// Prints diagnostics compiler-style: `path:line:col: error: message`, then the fix.
///
/// The message and the fix are in the reader's language; the `error:`, `warning:` and
/// `note:` labels stay English in every language, so that editors and scripts that read
/// compiler-style output keep finding them (the one departure, documented in
/// docs/languages.md).
public struct DiagnosticPrinter: Sendable {
  public var colour: Bool
  public var language: Language

  public init(colour: Bool, language: Language = .en) {
    self.colour = colour
    self.language = language
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
    var text = paint(location, "1") + label + " " + d.words.message(in: language)
    if let suggestion = d.words.fix(in: language) {
      text += "\n" + String(repeating: " ", count: 2) + paint(fixLabel, "1;32") + " " + suggestion
    }
    return text
  }

  /// The label before a fix: a word for people, so it is in their language.
  private var fixLabel: String { language.say(en: "fix:", fi: "korjaus:", nl: "oplossing:") }

  public func format(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(format).joined(separator: "\n")
  }

  private func paint(_ s: String, _ code: String) -> String {
    guard colour, !s.isEmpty else { return s }
    return "\u{1B}[\(code)m\(s)\u{1B}[0m"
  }
}
