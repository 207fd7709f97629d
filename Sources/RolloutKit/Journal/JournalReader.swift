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
///
/// A file is read in blocks and each line is handled as soon as it is complete, so
/// reading keeps only the entries (never the whole file) in memory. Lines in the tool's
/// canonical shape go through `CanonicalLine`; any other line goes through the YAML parser.
public enum JournalReader {
  /// Reads the journal's bytes; `file` names it in diagnostics.
  public static func read(_ bytes: [UInt8], file: String, plan: Plan) -> JournalContents {
    read(bytes, file: file, plan: plan, fastPath: true)
  }

  /// Without `fastPath`, every line goes through the YAML parser (for tests that compare).
  static func read(_ bytes: [UInt8], file: String, plan: Plan, fastPath: Bool)
    -> JournalContents
  {
    var state = LineState(file: file, plan: plan)
    state.fastPath = fastPath
    bytes.withUnsafeBufferPointer { buffer in
      _ = state.feed(buffer, at: 0, final: true)
    }
    return state.finish()
  }

  /// Reads the journal file; a missing file is an empty journal.
  public static func read(path: String, plan: Plan) throws(DiagnosticsError) -> JournalContents {
    guard FileManager.default.fileExists(atPath: path) else {
      return JournalContents(entries: [], diagnostics: [], tornTail: nil)
    }
    let failure = DiagnosticsError(
      Diagnostic(
        file: path, message: "the journal cannot be read",
        suggestion: "check that the file is readable (its permissions)"))
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    defer { if fd >= 0 { close(fd) } }
    var info = stat()
    guard fd >= 0, fstat(fd, &info) == 0 else { throw failure }
    // The size when reading starts: a line appended meanwhile waits for the next read.
    let size = Int(info.st_size)
    var state = LineState(file: path, plan: plan)
    let blockSize = 1 << 20
    var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: min(size, blockSize) + 1)
    defer { buffer.deallocate() }
    var filled = 0  // bytes in the buffer
    var base = 0  // file offset of buffer[0]
    while true {
      let wanted = min(buffer.count - filled, size - (base + filled))
      var got = 0
      while got < wanted {
        let n = pread(
          fd, buffer.baseAddress! + filled + got, wanted - got, off_t(base + filled + got))
        if n < 0, errno == EINTR { continue }
        guard n > 0 else { break }
        got += n
      }
      guard got == wanted else { throw failure }
      filled += got
      let final = base + filled == size
      let used = state.feed(
        UnsafeBufferPointer(rebasing: buffer[0..<filled]), at: base, final: final)
      if final { break }
      if base == 0, used > 0 {
        // Room for all entries at the first block's density, so the list is not copied
        // to grow (and holds no more than a few percent spare).
        let estimate = Double(size) / Double(used) * Double(state.contents.entries.count)
        state.contents.entries.reserveCapacity(Int(estimate * 1.03) + 64)
        state.ids.reserveCapacity(Int(estimate * 1.03) + 64)
      }
      if used == 0 {
        // One line longer than the buffer: make room for all of it.
        let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
        _ = bigger.initialize(fromContentsOf: buffer[0..<filled])
        buffer.deallocate()
        buffer = bigger
        continue
      }
      // Keep the unfinished line at the start of the buffer.
      let rest = filled - used
      if rest > 0 {
        (buffer.baseAddress! + 0).update(from: buffer.baseAddress! + used, count: rest)
      }
      base += used
      filled = rest
    }
    return state.finish()
  }

  /// What reading has found so far, fed one block of whole lines at a time.
  struct LineState {
    let file: String
    let plan: Plan
    let names: PlanNames
    var fastPath = true
    var contents = JournalContents(entries: [], diagnostics: [], tornTail: nil)
    var table = NameTable()
    var lineNumber = 0
    /// Inside the indented lines of a block entry.
    var continuing = false
    /// The line of each id, to report a second use.
    /// Each entry's id as a number (high half) and its index (low half); sorted at the
    /// end to find ids used twice. Sorting one array is kinder to the cache than a hash
    /// table of a million ids.
    var ids: [UInt64] = []
    /// The column of the id on lines that the parser read (the tool's lines have it at 8).
    var idColumns: [Int: Int] = [:]
    /// Problems with names, by entry, in journal order.
    var nameProblems: [(entry: Int, diagnostic: Diagnostic)] = []
    /// Retractions, checked once every id is known: the entry and its line's bytes.
    var retractions: [(entry: Int, bytes: [UInt8])] = []

    init(file: String, plan: Plan) {
      self.file = file
      self.plan = plan
      self.names = PlanNames(plan)
    }

    /// Handles every whole line of `buffer` (whose first byte is at `offset` in the file);
    /// with `final`, the rest too. Returns how many bytes were used.
    ///
    /// A line counts as whole once the byte after its newline is in the buffer too: an
    /// entry cut over several lines is recognised by the indentation of the next line.
    mutating func feed(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, final: Bool) -> Int {
      let count = buffer.count
      var start = 0
      // A UTF-8 byte order mark from a Windows editor is not part of the first line.
      if offset == 0, count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
        start = 3
      }
      while start < count {
        var end = start
        if let base = buffer.baseAddress,
          let found = memchr(base + start, 0x0A, count - start)
        {
          end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        } else {
          end = count
        }
        let terminated = end < count
        if !final, end + 1 >= count { break }
        let next: UInt8? = end + 1 < count ? buffer[end + 1] : nil
        line(buffer, start..<end, terminated: terminated, next: next, offset: offset + start)
        start = end + 1
      }
      return min(start, count)
    }

    private mutating func line(
      _ buffer: UnsafeBufferPointer<UInt8>, _ lineRange: Range<Int>, terminated: Bool,
      next: UInt8?, offset: Int
    ) {
      lineNumber += 1
      var contentEnd = lineRange.upperBound
      if contentEnd > lineRange.lowerBound, buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      let range = lineRange.lowerBound..<contentEnd
      switch classify(buffer, range) {
      case .blank, .comment:
        return
      case .indented where continuing:
        return
      case .indented, .other:
        continuing = false
        contents.diagnostics.append(
          Diagnostic(
            file: file, line: lineNumber, column: 1,
            message: "each entry must be on one line, written as - {…}",
            suggestion: "join this line to its entry, or remove it"))
        return
      case .entry:
        continuing = false
      }
      if fastPath,
        let entry = CanonicalLine.decode(buffer, range, line: lineNumber, names: &table)
      {
        add(entry, buffer, range)
        return
      }
      var problems = LineProblems()
      if let entry = decodeLine(buffer, range, line: lineNumber, file: file, problems: &problems) {
        add(entry, buffer, range)
        return
      }
      if !terminated {
        // SPEC §3: a last line cut short is reported, never silently dropped.
        contents.tornTail = TornTail(line: lineNumber, offset: offset)
        contents.diagnostics.append(tornTailDiagnostic(file: file, line: lineNumber))
        return
      }
      if problems.blockEntry {
        continuing = true
      } else if next == 0x20 || next == 0x09 {
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

    /// Keeps a valid entry and checks its id and names while its line is at hand.
    private mutating func add(
      _ entry: Entry, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) {
      let index = contents.entries.count
      contents.entries.append(entry)
      ids.append(UInt64(Self.idKey(entry.id)) << 32 | UInt64(UInt32(truncatingIfNeeded: index)))
      if case .retract = entry.body {
        retractions.append((index, Array(buffer[range])))
        return
      }
      guard !names.knows(entry) else { return }
      for p in EntryReferences.problems(of: entry, plan: plan, knownIDs: []) {
        nameProblems.append(
          (
            index,
            Diagnostic(
              file: file, line: entry.line, column: column(of: p.field, buffer, range),
              message: p.message, suggestion: EntryReferences.journalFix(p))
          ))
      }
    }

    /// How many unknown retraction targets get a did-you-mean among the journal's ids.
    static let suggestedTargets = 20

    /// Whether some entry has this id (once `ids` is sorted).
    private func hasID(_ key: UInt32) -> Bool {
      var low = 0
      var high = ids.count
      while low < high {
        let mid = (low + high) / 2
        if UInt32(truncatingIfNeeded: ids[mid] >> 32) < key { low = mid + 1 } else { high = mid }
      }
      return low < ids.count && UInt32(truncatingIfNeeded: ids[low] >> 32) == key
    }

    /// An id as a number: ids are 8 hex digits (both readers check that).
    static func idKey(_ id: String) -> UInt32 {
      var key: UInt32 = 0
      for c in id.utf8 {
        let digit = c <= 0x39 ? c &- 0x30 : c &- 0x61 &+ 10
        key = key &<< 4 | UInt32(digit & 0x0F)
      }
      return key
    }

    /// The contents, with the problems that needed the whole journal.
    mutating func finish() -> JournalContents {
      ids.sort()
      var duplicates: [(entry: Int, first: Int)] = []
      var k = 1
      while k < ids.count {
        if ids[k] >> 32 == ids[k - 1] >> 32 {
          // The first of a run has the lowest index: the earliest use.
          let first = Int(ids[k - 1] & 0xFFFF_FFFF)
          while k < ids.count, ids[k] >> 32 == ids[k - 1] >> 32 {
            duplicates.append((Int(ids[k] & 0xFFFF_FFFF), first))
            k += 1
          }
        }
        k += 1
      }
      duplicates.sort { $0.entry < $1.entry }
      for (index, first) in duplicates {
        let entry = contents.entries[index]
        contents.diagnostics.append(
          Diagnostic(
            file: file, line: entry.line, column: idColumns[index] ?? 8,
            message: "the id '\(entry.id)' is already used on line \(contents.entries[first].line)",
            suggestion: "give this entry another id (8 characters 0-9, a-f)"))
      }
      var retractProblems: [(entry: Int, diagnostic: Diagnostic)] = []
      if !retractions.isEmpty {
        var known: Set<String>?
        var suggested = 0
        for (index, bytes) in retractions {
          let entry = contents.entries[index]
          guard case .retract(let r) = entry.body, !hasID(Self.idKey(r.target)) else { continue }
          if known == nil { known = Set(contents.entries.map(\.id)) }
          // A did-you-mean compares with every id: for the first few unknown targets only,
          // so that a journal full of them is not read in quadratic time.
          suggested += 1
          let candidates = suggested <= Self.suggestedTargets ? known ?? [] : []
          for p in EntryReferences.problems(of: entry, plan: plan, knownIDs: candidates) {
            let column = bytes.withUnsafeBufferPointer {
              JournalReader.column(of: p.field, $0, 0..<bytes.count)
            }
            retractProblems.append(
              (
                index,
                Diagnostic(
                  file: file, line: entry.line, column: column, message: p.message,
                  suggestion: p.suggestion)
              ))
          }
        }
      }
      // Both lists are in journal order: merge them.
      var a = 0
      var b = 0
      while a < nameProblems.count || b < retractProblems.count {
        if b == retractProblems.count
          || (a < nameProblems.count && nameProblems[a].entry <= retractProblems[b].entry)
        {
          contents.diagnostics.append(nameProblems[a].diagnostic)
          a += 1
        } else {
          contents.diagnostics.append(retractProblems[b].diagnostic)
          b += 1
        }
      }
      return contents
    }
  }

  /// Strings to values by an FNV hash of their bytes (cheaper than `Hasher` for the few
  /// short names of a plan, looked up once or twice per entry). Built once, never grows.
  struct NameIndex<Value> {
    private var names: [String?]
    private var values: [Value?]

    init(_ pairs: [(String, Value)]) {
      var capacity = 16
      while capacity < pairs.count * 2 { capacity *= 2 }
      names = Array(repeating: nil, count: capacity)
      values = Array(repeating: nil, count: capacity)
      for (name, value) in pairs {
        let s = slot(of: name)
        if names[s] == nil { (names[s], values[s]) = (name, value) }  // the first one counts
      }
    }

    private func slot(of name: String) -> Int {
      var copy = name
      let hash = copy.withUTF8 { bytes in
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in bytes { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return h
      }
      let mask = names.count - 1
      var s = Int(truncatingIfNeeded: hash) & mask
      while let there = names[s], there != name { s = (s + 1) & mask }
      return s
    }

    subscript(name: String) -> Value? { values[slot(of: name)] }
  }

  /// The plan's names, looked up by hash: the quick answer to "does this entry name only
  /// things the plan has?", which holds for nearly every line.
  struct PlanNames {
    let phases: NameIndex<Bool>
    /// Each goal's phase (the first goal of that id, as `Plan.goal` finds it).
    let goalPhase: NameIndex<(phase: String, qualitative: Bool)>
    let metrics: NameIndex<Bool>

    init(_ plan: Plan) {
      phases = NameIndex(plan.phases.map { ($0.id, true) })
      goalPhase = NameIndex(
        plan.phases.flatMap { phase in
          phase.goals.map { ($0.id, (phase: phase.id, qualitative: $0.isQualitative)) }
        })
      metrics = NameIndex(plan.metrics.map { ($0.id, true) })
    }

    /// `true` when `EntryReferences` would find nothing wrong (retractions aside).
    func knows(_ entry: Entry) -> Bool {
      switch entry.body {
      case .note(let n):
        guard phases[n.phase] != nil else { return false }
        guard let goal = n.goal else { return true }
        return goalPhase[goal]?.phase == n.phase
      case .metric(let m):
        return metrics[m.metric] != nil
      case .assess(let a):
        return goalPhase[a.goal]?.qualitative == true
      case .decide(let d):
        return phases[d.phase] != nil
      case .retract:
        return false
      }
    }
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
