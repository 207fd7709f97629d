/// Why a YAML text could not be read, in words for people who are not programmers.
public struct YAMLError: Error, Sendable, Hashable {
  public var mark: Mark
  public var message: String
  public var suggestion: String?

  public init(mark: Mark, message: String, suggestion: String? = nil) {
    self.mark = mark
    self.message = message
    self.suggestion = suggestion
  }

  /// A ':' that YAML did not expect is either text that needs quotes or a key indented
  /// more than its neighbours; the line itself tells which.
  func refined(with bytes: [UInt8]) -> YAMLError {
    guard message == "a ':' appears where YAML does not expect one",
      let line = Self.line(mark.line, of: bytes)
    else { return self }
    let characters = Array(line)
    var i = 0
    while i < characters.count, characters[i] == " " { i += 1 }
    if characters[i...].starts(with: ["-", " "]) { i += 2 }
    while i < characters.count, characters[i] != ":", characters[i] != " " { i += 1 }
    guard i < characters.count, characters[i] == ":", i + 1 == mark.column else { return self }
    return YAMLError(
      mark: Mark(line: mark.line, column: 1),
      message: "this line is indented more than the keys above it",
      suggestion: "indent it exactly like the key it belongs with, using spaces")
  }

  /// Line `number` (1-based) of a text, without its line end.
  static func line(_ number: Int, of bytes: [UInt8]) -> String? {
    var current = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if current == number { return String(decoding: bytes[start..<index], as: UTF8.self) }
      current += 1
      start = index + 1
    }
    return current == number ? String(decoding: bytes[start...], as: UTF8.self) : nil
  }

  /// Rewords one of libyaml's problems; the original stays at the end for the curious.
  static func fromLibyaml(problem: String, context: String?, mark: Mark) -> YAMLError {
    let known: [(String, String, String?)] = [
      (
        "mapping values are not allowed", "a ':' appears where YAML does not expect one",
        "if the text contains ': ', put the whole value in double quotes; else check the indentation"
      ),
      (
        "did not find expected key", "this line does not line up with the keys above it",
        "indent it exactly like its neighbours, with spaces"
      ),
      (
        "did not find expected '-' indicator",
        "this line is indented differently from the list items above it",
        "line up each '- ' item, and the keys under it, with the ones above (spaces only)"
      ),
      (
        "found character that cannot start any token",
        "this character cannot start a value here (a tab, '@' or '`'?)",
        "indent with spaces, not tabs, and quote values that start with '@' or '`'"
      ),
      (
        "found unexpected end of stream", "the file ends inside a quoted text or a bracket",
        "close the quote or the bracket that was opened"
      ),
      (
        "could not find expected ':'", "a key is missing its ':'",
        "write 'key: value'; if this is a continued text, put it in quotes"
      ),
      (
        "did not find expected ',' or '}'", "a '{ … }' mapping is not closed or lacks a comma",
        "separate the entries with ',' and end with '}'; quote texts that contain ',' or '}'"
      ),
      (
        "did not find expected ',' or ']'", "a '[ … ]' list is not closed or lacks a comma",
        "separate the items with ',' and end with ']'"
      ),
      (
        "did not find expected node content", "a value is missing here",
        "write a value after the ':' or '-', or quote the text"
      ),
      (
        "found a tab character", "a tab is used for indentation",
        "indent with spaces; YAML does not allow tabs there"
      ),
      (
        "control characters are not allowed", "the file contains control characters",
        "this looks like a binary file, not a text file written in an editor"
      ),
      (
        "invalid leading UTF-8 octet", "the file is not valid UTF-8 text",
        "save the file as UTF-8 in your editor"
      ),
      (
        "found undefined tag handle", "a '!' starts an unknown tag", "put the value in quotes"
      ),
      (
        "found unknown escape character", "a '\\' in a double-quoted text is not a known escape",
        "write '\\\\' for a backslash, or use single quotes"
      ),
      (
        "block sequence entries are not allowed",
        "a '- ' list item appears where a value was expected",
        "put the list on its own lines, indented under its key"
      ),
      (
        "found duplicate %YAML directive", "the file has two %YAML lines", "remove one"
      ),
    ]
    if context == "while scanning a block scalar" {
      return YAMLError(
        mark: mark, message: "a value that starts with '>' or '|' begins a block of text in YAML",
        suggestion: "put the value in double quotes, for example \">= 4.2\"")
    }
    for (needle, message, suggestion) in known where problem.contains(needle) {
      return YAMLError(mark: mark, message: message, suggestion: suggestion)
    }
    let detail = [context, problem].compactMap { $0 }.joined(separator: " ")
    return YAMLError(mark: mark, message: "the YAML cannot be read: \(detail)")
  }
}
