import Foundation
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    var ranges: [Range<Int>] = []  // each entry's bytes, to locate reference problems
    var lineNumber = 0
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a BOM from a Windows editor
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
      if let entry = bytes.withUnsafeBufferPointer({
        CanonicalLine.decode($0, range, line: lineNumber)
      }) {
        contents.entries.append(entry)
        ranges.append(range)
        continue
      }
      var problems = LineProblems()
      let entry = decodeLine(bytes, range, line: lineNumber, file: file, problems: &problems)
      if let entry {
        contents.entries.append(entry)
        ranges.append(range)
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
      } else if end + 1 < count, bytes[end + 1] == 0x20 || bytes[end + 1] == 0x09 {
        // An entry broken over indented lines (a hand edit, or another YAML writer).
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
    // Read straight into one byte array: no intermediate `Data` copy of a large journal.
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    defer { if fd >= 0 { close(fd) } }
    var info = stat()
    guard fd >= 0, fstat(fd, &info) == 0,
      let bytes = JournalWriter.readBytes(fd, at: 0, count: Int(info.st_size))
    else {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "the journal cannot be read",
          suggestion: "check that the file is readable (its permissions)"))
    }
    return read(bytes, file: path, plan: plan)
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
      // libyaml places "not closed" past the end of the text: point at the line's end.
      let column =
        error.mark.line == 1
        ? error.mark.column : String(decoding: bytes[range], as: UTF8.self).count + 1
      problems.diagnostics.append(
        Diagnostic(
          file: file, line: line, column: column, message: error.message,
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
    _ entries: [Entry], plan: Plan, file: String, bytes: [UInt8], ranges: [Range<Int>]
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var firstLine = [String: Int](minimumCapacity: entries.count)  // not a scan per duplicate
    for (index, entry) in entries.enumerated() {
      guard let earlier = firstLine[entry.id] else {
        firstLine[entry.id] = entry.line
        continue
      }
      out.append(
        Diagnostic(
          file: file, line: entry.line, column: column(of: "id", bytes, ranges[index]),
          message: "the id '\(entry.id)' is already used on line \(earlier)",
          suggestion: "give this entry another id (8 characters 0-9, a-f)"))
    }
    let ids = Set(firstLine.keys)
    for (index, entry) in entries.enumerated() {
      for p in EntryReferences.problems(of: entry, plan: plan, knownIDs: ids) {
        out.append(
          Diagnostic(
            file: file, line: entry.line, column: column(of: p.field, bytes, ranges[index]),
            message: p.message, suggestion: p.suggestion))
      }
    }
    return out
  }

  /// The column of a field's value, found by parsing the line again (only on errors).
  static func column(of field: String, _ bytes: [UInt8], _ range: Range<Int>) -> Int? {
    guard let node = try? Parser().parse(Array(bytes[range])),
      let pairs = node.items?.first?.pairs,
      let pair = pairs.first(where: { $0.key.scalar?.text == field })
    else { return nil }
    return pair.value.mark.column
  }
}
