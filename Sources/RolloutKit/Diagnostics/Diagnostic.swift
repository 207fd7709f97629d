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
  /// What is wrong and how to fix it, worded in each language.
  public var words: any Worded

  /// The message in English (machine output and tests read it).
  public var message: String { words.message(in: .en) }
  /// How to fix it in English, in a few words ("did you mean 'csat'?").
  public var suggestion: String? { words.fix(in: .en) }

  public init(
    _ severity: Severity = .error, file: String? = nil, line: Int? = nil, column: Int? = nil,
    _ words: some Worded
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.words = words
  }

  /// An error without a place (a command's refusal, say).
  public init(_ words: some Worded) {
    self.init(.error, file: nil, line: nil, column: nil, words)
  }

  public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
    (a.severity, a.file, a.line, a.column) == (b.severity, b.file, b.line, b.column)
      && a.message == b.message && a.suggestion == b.suggestion
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(severity)
    hasher.combine(file)
    hasher.combine(line)
    hasher.combine(column)
    hasher.combine(message)
  }

  /// The compiler-style form, without colour.
  public var description: String { DiagnosticPrinter(colour: false, language: .en).format(self) }
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
