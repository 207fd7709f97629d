/// Why a YAML text could not be read: where, and which problem. The problem is a value;
/// the layer that talks to people words it (in each of its languages), so nothing here
/// is prose that another place must parse.
public struct YAMLError: Error, Sendable, Hashable {
  public var mark: Mark
  public var problem: YAMLProblem

  public init(mark: Mark, _ problem: YAMLProblem) {
    self.mark = mark
    self.problem = problem
  }

  /// A ':' that YAML did not expect is either text that needs quotes or a key indented
  /// more than its neighbours; the line itself tells which.
  func refined(with bytes: [UInt8]) -> YAMLError {
    if problem == .keyWithoutColon(suggestion: nil), let line = Self.line(mark.line, of: bytes) {
      return YAMLError(mark: mark, .keyWithoutColon(suggestion: Self.withColon(line)))
    }
    guard problem == .unexpectedColon, let line = Self.line(mark.line, of: bytes) else {
      return self
    }
    let characters = Array(line)
    var i = 0
    while i < characters.count, characters[i] == " " { i += 1 }
    if characters[i...].starts(with: ["-", " "]) { i += 2 }
    while i < characters.count, characters[i] != ":", characters[i] != " " { i += 1 }
    guard i < characters.count, characters[i] == ":", i + 1 == mark.column else { return self }
    return YAMLError(mark: Mark(line: mark.line, column: 1), .indentedMore)
  }

  /// `weeks: 6` for a line `weeks 6` (a key, a space, a value, no ':'); `nil` otherwise.
  static func withColon(_ line: String) -> String? {
    let text = line.drop { $0 == " " || $0 == "-" }.drop { $0 == " " }
    guard let space = text.firstIndex(of: " "), !text.contains(":"), !text.contains("#"),
      text[..<space].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
    else { return nil }
    let value = text[space...].drop { $0 == " " }
    return value.isEmpty ? nil : "\(text[..<space]): \(value)"
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

  /// One of libyaml's problems as a value; an unknown one keeps libyaml's words.
  ///
  /// A problem found while scanning a key (a key without its ':') shows only on a later
  /// line (libyaml's `mark`); it is shown where the key starts (`contextMark`).
  static func fromLibyaml(
    problem: String, context: String?, mark problemMark: Mark, contextMark: Mark? = nil
  ) -> YAMLError {
    let mark =
      context == "while scanning a simple key" ? contextMark ?? problemMark : problemMark
    if context == "while scanning a block scalar" { return YAMLError(mark: mark, .blockScalar) }
    let known: [(String, YAMLProblem)] = [
      ("mapping values are not allowed", .unexpectedColon),
      ("did not find expected key", .keysMisaligned),
      ("did not find expected '-' indicator", .listItemsMisaligned),
      ("found character that cannot start any token", .cannotStartValue),
      ("found unexpected end of stream", .endsInsideQuoteOrBracket),
      ("could not find expected ':'", .keyWithoutColon(suggestion: nil)),
      ("did not find expected ',' or '}'", .flowMappingUnclosed),
      ("did not find expected ',' or ']'", .flowListUnclosed),
      ("did not find expected node content", .valueMissing),
      ("found a tab character", .tabIndentation),
      ("control characters are not allowed", .controlCharacters),
      ("invalid leading UTF-8 octet", .notUTF8(byte: nil)),
      ("found undefined tag handle", .unknownTagHandle),
      ("found unknown escape character", .unknownEscape),
      ("block sequence entries are not allowed", .listItemWhereValueExpected),
      ("found duplicate %YAML directive", .twoVersionLines),
    ]
    for (needle, known) in known where problem.contains(needle) {
      return YAMLError(mark: mark, known)
    }
    let detail = [context, problem].compactMap { $0 }.joined(separator: " ")
    return YAMLError(mark: mark, .unreadable(detail))
  }
}

/// Everything the YAML layer can find wrong with a text.
public enum YAMLProblem: Sendable, Hashable {
  /// A ':' where YAML does not expect one: text with ': ' that needs quotes.
  case unexpectedColon
  /// A key indented more than the keys above it.
  case indentedMore
  /// A line that does not line up with the keys above it.
  case keysMisaligned
  /// A line indented differently from the `- ` items above it.
  case listItemsMisaligned
  /// A tab, `@` or a backquote where a value starts.
  case cannotStartValue
  /// The file ends inside a quoted text or a bracket.
  case endsInsideQuoteOrBracket
  /// A key without its ':'; with the line as it would read with one (`weeks: 6` for
  /// `weeks 6`) when the line is a word and a value.
  case keyWithoutColon(suggestion: String?)
  /// A `{ … }` not closed, or without a comma.
  case flowMappingUnclosed
  /// A `[ … ]` not closed, or without a comma.
  case flowListUnclosed
  /// A value is missing.
  case valueMissing
  /// Tabs used for indentation.
  case tabIndentation
  /// Control characters: a binary file.
  case controlCharacters
  /// Bytes that are not UTF-8 (the first bad byte, when known).
  case notUTF8(byte: UInt8?)
  /// A NUL byte: a binary file.
  case nulByte
  /// A `!` starting an unknown tag handle.
  case unknownTagHandle
  /// A `\` escape that YAML does not know, in a double-quoted text.
  case unknownEscape
  /// A `- ` list item where a value was expected.
  case listItemWhereValueExpected
  /// Two `%YAML` lines.
  case twoVersionLines
  /// A value starting with `>` or `|`, which begins a block of text.
  case blockScalar
  /// `&name` or `*name`.
  case anchorOrAlias
  /// More than one document (`---`).
  case secondDocument
  /// A tag other than the core schema's.
  case unsupportedTag(String)
  /// Lists and mappings nested deeper than the limit.
  case tooDeep(limit: Int)
  /// libyaml could not allocate its parser.
  case outOfMemory
  /// A problem libyaml names in words this layer does not know (kept as libyaml wrote them).
  case unreadable(String)
}
