#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalReader {
  /// What reading has found so far, fed one block of whole lines at a time.
  struct LineState {
    let file: String
    let plan: Plan
    var names: PlanNames
    var fastPath = true
    var contents = JournalContents(entries: EntryStore(), diagnostics: [], tornTail: nil)
    var lineNumber = 0
    /// Inside the indented lines of a block entry.
    var continuing = false
    /// Every id as a number, sorted once the whole journal is read (built then from the
    /// store's rows, so that reading holds no second list of a million ids); sorting one
    /// array is kinder to the cache than a hash table of a million ids.
    var ids: [UInt32] = []
    /// The column of the id, by entry, on lines that the parser read (the tool's own
    /// lines, read by `CanonicalLine`, have it at 8), so that a second use is located
    /// exactly.
    var idColumns: [Int: Int] = [:]
    /// Problems with names, by entry, in journal order.
    var nameProblems: [(entry: Int, diagnostic: Diagnostic)] = []
    /// Retractions, checked once every id is known: the entry and its line's bytes.
    var retractions: [(entry: Int, bytes: [UInt8])] = []
    /// The batches' markers met so far.
    var batches = JournalBatch.Tracker()

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
      case .blank:
        return
      case .comment:
        // docs/journal.md: the markers of a batch are comments.
        if let marker = JournalBatch.marker(buffer, range) {
          batches.see(marker, line: lineNumber, offset: offset, entries: contents.entries.count)
        }
        return
      case .indented where continuing:
        return
      case .indented, .other:
        continuing = false
        contents.diagnostics.append(
          Diagnostic(file: file, line: lineNumber, column: 1, JournalProblem.notOneLine))
        return
      case .entry:
        continuing = false
      }
      if fastPath,
        CanonicalLine.append(buffer, range, line: lineNumber, to: &contents.entries)
      {
        added(buffer, range)
        return
      }
      var problems = LineProblems()
      if let entry = decodeLine(buffer, range, line: lineNumber, file: file, problems: &problems) {
        if let column = problems.idColumn { idColumns[contents.entries.count] = column }
        contents.entries.append(entry)
        added(buffer, range)
        return
      }
      if !terminated {
        // docs/journal.md: a last line cut short is reported, never silently dropped.
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
          Diagnostic(file: file, line: lineNumber, column: 1, JournalProblem.continuesOnNextLine)
        ]
      }
      contents.diagnostics += problems.diagnostics
    }

    /// Checks the entry just kept, its id and names, while its line is at hand.
    private mutating func added(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      let index = contents.entries.count - 1
      if contents.entries.kind(index) == .retract {
        retractions.append((index, Array(buffer[range])))
        return
      }
      guard !names.knows(contents.entries, index) else { return }
      let entry = contents.entries[index]
      for p in EntryReferences.problems(of: entry, plan: plan, knownIDs: []) {
        nameProblems.append(
          (
            index,
            Diagnostic(
              file: file, line: entry.line, column: column(of: p.field, buffer, range),
              ReferenceDiagnosis(p, .journal))
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
        if ids[mid] < key { low = mid + 1 } else { high = mid }
      }
      return low < ids.count && ids[low] == key
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
      let entries = contents.entries
      func key(_ k: Int) -> UInt32 { entries.idKey(k) ?? Self.idKey(entries[k].id) }
      ids = entries.indices.map(key)
      IDSort.sort(&ids)
      var duplicates: [(entry: Int, first: Int)] = []
      if zip(ids, ids.dropFirst()).contains(where: { $0 == $1 }) {
        // Rare (an error): the ids with their positions, to name each second use.
        var keyed = entries.indices.map { UInt64(key($0)) << 32 | UInt64($0) }
        keyed.sort()
        var k = 1
        while k < keyed.count {
          if keyed[k] >> 32 == keyed[k - 1] >> 32 {
            // The first of a run has the lowest index: the earliest use.
            let first = Int(keyed[k - 1] & 0xFFFF_FFFF)
            while k < keyed.count, keyed[k] >> 32 == keyed[k - 1] >> 32 {
              duplicates.append((Int(keyed[k] & 0xFFFF_FFFF), first))
              k += 1
            }
          }
          k += 1
        }
      }
      duplicates.sort { $0.entry < $1.entry }
      for (index, first) in duplicates {
        let entry = contents.entries[index]
        contents.diagnostics.append(
          Diagnostic(
            file: file, line: entry.line, column: idColumns[index] ?? 8,
            JournalProblem.idUsedTwice(entry.id, firstLine: contents.entries[first].line)))
      }
      var retractProblems: [(entry: Int, diagnostic: Diagnostic)] = []
      if !retractions.isEmpty {
        var known: Set<String>?
        var suggested = 0
        for (index, bytes) in retractions {
          let entry = contents.entries[index]
          guard case .retract(let r) = entry.body else { continue }
          if r.target == entry.id {
            let column = bytes.withUnsafeBufferPointer {
              JournalReader.column(of: "target", $0, 0..<bytes.count)
            }
            retractProblems.append(
              (
                index,
                Diagnostic(
                  file: file, line: entry.line, column: column,
                  JournalProblem.withdrawsItself(entry.id))
              ))
            continue
          }
          guard !hasID(Self.idKey(r.target)) else { continue }
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
                  file: file, line: entry.line, column: column, ReferenceDiagnosis(p, .command))
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
      return batches.settled(contents, file: file)
    }
  }
}
