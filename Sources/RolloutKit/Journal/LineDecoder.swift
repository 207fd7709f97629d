import YAML

/// One journal line on its own: what kind of line it is, and the entry the YAML parser
/// reads from it, with every problem located at its column.
extension JournalReader {
  static func tornTailDiagnostic(file: String, line: Int) -> Diagnostic {
    Diagnostic(file: file, line: line, column: 1, JournalProblem.tornTail(file: file))
  }

  enum LineClass { case blank, comment, indented, entry, other }

  static func classify(_ bytes: [UInt8], _ range: Range<Int>) -> LineClass {
    bytes.withUnsafeBufferPointer { classify($0, range) }
  }

  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> LineClass {
    guard let first = range.first(where: { bytes[$0] != 0x20 && bytes[$0] != 0x09 }) else {
      return .blank
    }
    if bytes[first] == UInt8(ascii: "#") { return .comment }
    if first != range.lowerBound { return .indented }
    return bytes[first] == UInt8(ascii: "-") ? .entry : .other
  }

  struct LineProblems {
    var diagnostics: [Diagnostic] = []
    /// The line starts a block mapping (`- id: …`) instead of `- {…}`.
    var blockEntry = false
    /// The column of the id's value, when the line was read as an entry.
    var idColumn: Int?
  }

  /// Parses and decodes one line; `nil` with problems when it is not a valid entry.
  static func decodeLine(
    _ bytes: [UInt8], _ range: Range<Int>, line: Int, file: String,
    problems: inout LineProblems
  ) -> Entry? {
    bytes.withUnsafeBufferPointer {
      decodeLine($0, range, line: line, file: file, problems: &problems)
    }
  }

  static func decodeLine(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, file: String,
    problems: inout LineProblems
  ) -> Entry? {
    let node: Node?
    do {
      node = try Parser().parse(Array(bytes[range]))
    } catch {
      // libyaml places "not closed" past the end of the text: point at the line's end.
      let column =
        error.mark.line == 1
        ? error.mark.column : String(decoding: bytes[range], as: UTF8.self).count + 1
      problems.diagnostics.append(
        Diagnostic(file: file, line: line, column: column, error.problem))
      return nil
    }
    guard let items = node?.items, items.count == 1, let item = items.first,
      bytes[range].dropFirst().first(where: { $0 != 0x20 }) == UInt8(ascii: "{")
    else {
      problems.blockEntry = node?.items?.first?.pairs != nil
      problems.diagnostics.append(
        Diagnostic(file: file, line: line, column: 1, JournalProblem.notFlow))
      return nil
    }
    var decoder = EntryDecoder(file: file, line: line)
    let entry = decoder.decode(item)
    problems.idColumn = item.pairs?.first { $0.key.scalar?.text == "id" }?.value.mark.column
    problems.diagnostics += decoder.diagnostics
    return entry
  }

  /// Whether `bytes` (one line, without newline) is a complete, valid entry.
  static func isValidEntryLine(_ bytes: [UInt8]) -> Bool {
    var problems = LineProblems()
    return decodeLine(bytes, 0..<bytes.count, line: 1, file: "", problems: &problems) != nil
  }

  /// The column of a field's value, found by parsing the line again (only on errors).
  static func column(of field: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int?
  {
    guard let node = try? Parser().parse(Array(bytes[range])),
      let pairs = node.items?.first?.pairs,
      let pair = pairs.first(where: { $0.key.scalar?.text == field })
    else { return nil }
    return pair.value.mark.column
  }
}
