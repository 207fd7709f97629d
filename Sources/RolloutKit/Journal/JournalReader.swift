import Foundation
import YAML

/// A journal as read: its valid entries, every problem, and a cut-short last line.
public struct JournalContents: Sendable {
  public var entries: [Entry]
  public var diagnostics: [Diagnostic]
  /// A last line without its newline that is not a valid entry (SPEC §3: a write that
  /// was interrupted). Nothing may be appended after it until it is repaired.
  public var tornTail: TornTail?

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Where the damaged last line of a journal starts.
public struct TornTail: Sendable, Hashable {
  /// Its line number.
  public var line: Int
  /// Its first byte in the file; it runs to the end of the file.
  public var offset: Int
}

/// Reads a journal line by line (SPEC §3): each line is parsed on its own, so that a bad
/// line is located exactly and does not hide the lines after it.
public enum JournalReader {
  /// Reads the journal's bytes; `file` names it in diagnostics.
  public static func read(_ bytes: [UInt8], file: String, plan: Plan) -> JournalContents {
    var contents = JournalContents(entries: [], diagnostics: [], tornTail: nil)
    var ranges: [Int: Range<Int>] = [:]  // line number → bytes, for locating references
    var lineNumber = 0
    var start = 0
    var continuing = false  // inside the indented lines of a block entry
    let count = bytes.count
    while start < count {
      lineNumber += 1
      var end = start
      while end < count, bytes[end] != 0x0A { end += 1 }
      let terminated = end < count
      var contentEnd = end
      if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      defer { start = end + 1 }
      let range = start..<contentEnd
      switch classify(bytes, range) {
      case .blank, .comment:
        continue
      case .indented where continuing:
        continue
      case .indented, .other:
        continuing = false
        contents.diagnostics.append(
          Diagnostic(
            file: file, line: lineNumber, column: 1,
            message: "each entry must be on one line, written as - {…}",
            suggestion: "join this line to its entry, or remove it"))
        continue
      case .entry:
        continuing = false
      }
      var problems = LineProblems()
      let entry = decodeLine(bytes, range, line: lineNumber, file: file, problems: &problems)
      if let entry {
        contents.entries.append(entry)
        ranges[lineNumber] = range
        continue
      }
      if !terminated {
        // SPEC §3: a last line cut short is reported, never silently dropped.
        contents.tornTail = TornTail(line: lineNumber, offset: start)
        contents.diagnostics.append(tornTailDiagnostic(file: file, line: lineNumber))
        continue
      }
      if problems.blockEntry {
        continuing = true
      } else if problems.openFlow, end + 1 < count, bytes[end + 1] == 0x20 || bytes[end + 1] == 0x09 {
        continuing = true
        problems.diagnostics = [
          Diagnostic(
            file: file, line: lineNumber, column: 1,
            message: "each entry must be on one line; this one continues on the next line",
            suggestion: "join the entry's lines into one line")
        ]
      }
      contents.diagnostics += problems.diagnostics
    }
    contents.diagnostics += references(
      contents.entries, plan: plan, file: file, bytes: bytes, ranges: ranges)
    return contents
  }

  /// Reads the journal file; a missing file is an empty journal.
  public static func read(path: String, plan: Plan) throws(DiagnosticsError) -> JournalContents {
    guard FileManager.default.fileExists(atPath: path) else {
      return JournalContents(entries: [], diagnostics: [], tornTail: nil)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "the journal cannot be read",
          suggestion: "check that the file is readable (its permissions)"))
    }
    return read([UInt8](data), file: path, plan: plan)
  }

  static func tornTailDiagnostic(file: String, line: Int) -> Diagnostic {
    Diagnostic(
      file: file, line: line, column: 1,
      message: "the last line is cut short (no newline, not a complete entry): "
        + "a write was probably interrupted",
      suggestion: "run 'rollout check --repair' to move it to \(file).rejected; "
        + "nothing is added to the journal until then")
  }

  enum LineClass { case blank, comment, indented, entry, other }

  static func classify(_ bytes: [UInt8], _ range: Range<Int>) -> LineClass {
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
    /// The `{` was not closed on this line.
    var openFlow = false
  }

  /// Parses and decodes one line; `nil` with problems when it is not a valid entry.
  static func decodeLine(
    _ bytes: [UInt8], _ range: Range<Int>, line: Int, file: String,
    problems: inout LineProblems
  ) -> Entry? {
    let node: Node?
    do {
      node = try Parser().parse(Array(bytes[range]))
    } catch {
      problems.openFlow = error.message.contains("ends inside")
        || error.message.contains("not closed")
      problems.diagnostics.append(
        Diagnostic(
          file: file, line: line, column: error.mark.column, message: error.message,
          suggestion: error.suggestion))
      return nil
    }
    guard let items = node?.items, items.count == 1, let item = items.first,
      bytes[range].dropFirst().first(where: { $0 != 0x20 }) == UInt8(ascii: "{")
    else {
      problems.blockEntry = node?.items?.first?.pairs != nil
      problems.diagnostics.append(
        Diagnostic(
          file: file, line: line, column: 1,
          message: "each entry must be on one line, written as - {…}",
          suggestion: "write the whole entry as - {id: …, at: …, week: …, kind: …, …}"))
      return nil
    }
    var decoder = EntryDecoder(file: file, line: line)
    let entry = decoder.decode(item)
    problems.diagnostics += decoder.diagnostics
    return entry
  }

  /// Whether `bytes` (one line, without newline) is a complete, valid entry.
  static func isValidEntryLine(_ bytes: [UInt8]) -> Bool {
    var problems = LineProblems()
    return decodeLine(bytes, 0..<bytes.count, line: 1, file: "", problems: &problems) != nil
  }

  /// Duplicate ids and names the plan does not have, located at the offending field.
  static func references(
    _ entries: [Entry], plan: Plan, file: String, bytes: [UInt8], ranges: [Int: Range<Int>]
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var firstLine: [String: Int] = [:]
    firstLine.reserveCapacity(entries.count)
    for entry in entries {
      if let earlier = firstLine[entry.id] {
        out.append(
          Diagnostic(
            file: file, line: entry.line, column: column(of: "id", entry, bytes, ranges),
            message: "the id '\(entry.id)' is already used on line \(earlier)",
            suggestion: "give this entry another id (8 characters 0-9, a-f)"))
      } else {
        firstLine[entry.id] = entry.line
      }
    }
    let ids = Set(firstLine.keys)
    for entry in entries {
      for p in EntryReferences.problems(of: entry, plan: plan, knownIDs: ids) {
        out.append(
          Diagnostic(
            file: file, line: entry.line, column: column(of: p.field, entry, bytes, ranges),
            message: p.message, suggestion: p.suggestion))
      }
    }
    return out
  }

  /// The column of a field's value, found by parsing the line again (only on errors).
  static func column(
    of field: String, _ entry: Entry, _ bytes: [UInt8], _ ranges: [Int: Range<Int>]
  ) -> Int? {
    guard let range = ranges[entry.line],
      let node = try? Parser().parse(Array(bytes[range])),
      let pairs = node.items?.first?.pairs,
      let pair = pairs.first(where: { $0.key.scalar?.text == field })
    else { return nil }
    return pair.value.mark.column
  }
}
