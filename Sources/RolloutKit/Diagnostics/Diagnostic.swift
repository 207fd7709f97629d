/// A problem found in a user's file or input, as a value.
///
/// Readers collect every diagnostic they find instead of stopping at the first; one
/// printer (`DiagnosticPrinter`) turns them into `file:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  public var severity: Severity
  public var file: String?
  public var line: Int?
  public var column: Int?
  public var message: String
  /// How to fix it, in a few words ("did you mean 'csat'?").
  public var suggestion: String?

  public init(
    _ severity: Severity = .error, file: String? = nil, line: Int? = nil, column: Int? = nil,
    message: String, suggestion: String? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.suggestion = suggestion
  }

  /// The compiler-style form, without colour.
  public var description: String { DiagnosticPrinter(colour: false).format(self) }
}

/// A failure that carries every diagnostic found, for commands that must stop.
public struct DiagnosticsError: Error, Sendable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public init(_ diagnostic: Diagnostic) {
    self.diagnostics = [diagnostic]
  }
}
