/// Entries written together (an import) as one batch (docs/journal.md): between a begin
/// and an end comment, so that a batch cut short by a kill or a full disk is recognised
/// whole, counted not at all, and moved aside whole by `check --repair`.
///
///     # batch 3f9a0c1e begins: 5000 entries
///     - {id: …}
///     # batch 3f9a0c1e ends
///
/// The markers are YAML comments: any YAML reader, and rollout before batches, skips them.
public enum JournalBatch {
  /// `lines` between the markers of a batch named `id`; one line is written as it is.
  static func wrap(_ lines: [String], id: String) -> [String] {
    guard lines.count > 1 else { return lines }
    return ["# batch \(id) begins: \(lines.count) entries"] + lines + ["# batch \(id) ends"]
  }

  /// A random batch name: 8 hex digits.
  static func freshID() -> String {
    let n = UInt32.random(in: 0...UInt32.max)
    let hex = String(n, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }

  enum Marker: Equatable {
    case begins(id: String, count: Int)
    case ends(id: String)
  }

  static let prefix = Array("# batch ".utf8)

  /// The marker on a comment line, or `nil` for any other comment.
  static func marker(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Marker? {
    guard range.count > prefix.count,
      prefix.indices.allSatisfy({ buffer[range.lowerBound + $0] == prefix[$0] })
    else { return nil }
    let words = String(
      decoding: buffer[(range.lowerBound + prefix.count)..<range.upperBound],
      as: UTF8.self
    ).split(separator: " ")
    guard let id = words.first.map(String.init), id.count == 8 else { return nil }
    if words.count == 2, words[1] == "ends" { return .ends(id: id) }
    if words.count == 4, words[1] == "begins:", words[3] == "entries", let n = Int(words[2]) {
      return .begins(id: id, count: n)
    }
    return nil
  }

  /// A batch begun and not (yet) ended, as the reader found it.
  struct Open: Equatable {
    var id: String
    var expected: Int
    var line: Int
    var offset: Int
    /// The index of its first entry among the journal's entries.
    var firstEntry: Int
  }

  /// The batches of one reading, fed the markers in order.
  struct Tracker {
    var open: Open?
    /// Batches that another batch's begin followed before their end (a hand edit).
    var unended: [(batch: Open, nextLine: Int, nextEntry: Int)] = []

    mutating func see(_ marker: Marker, line: Int, offset: Int, entries: Int) {
      switch marker {
      case .begins(let id, let count):
        if let open { unended.append((open, line, entries)) }
        open = Open(id: id, expected: count, line: line, offset: offset, firstEntry: entries)
      case .ends(let id):
        if open?.id == id { open = nil }
      }
    }

    /// `contents` without the entries of any batch that has no end: their problems are
    /// replaced by one, the batch's. A batch still open at the end of the file is the
    /// journal's damaged tail, from its begin marker on, for `check --repair` to move.
    func settled(_ contents: JournalContents, file: String) -> JournalContents {
      var cuts = unended
      if let open {
        cuts.append((open, Int.max, contents.entries.count))
      }
      guard !cuts.isEmpty else { return contents }
      var result = contents
      for (batch, nextLine, nextEntry) in cuts.reversed() {
        let written = nextEntry - batch.firstEntry
        // Only on this error path is the store copied.
        let all = result.entries
        let cut = batch.firstEntry..<nextEntry
        result.entries = EntryStore(all.indices.lazy.filter { !cut.contains($0) }.map { all[$0] })
        result.diagnostics.removeAll { d in
          d.line.map { $0 >= batch.line && $0 < nextLine } ?? false
        }
        let atEnd = nextLine == Int.max
        let problem = BatchProblem.cut(
          expected: batch.expected, written: written, atEnd: atEnd, file: file)
        result.diagnostics.append(Diagnostic(file: file, line: batch.line, column: 1, problem))
        if atEnd {
          result.tornTail = TornTail(
            line: batch.line, offset: batch.offset,
            batch: TornTail.Batch(expected: batch.expected, written: written))
        }
      }
      result.diagnostics = Capture.inLineOrder(result.diagnostics)
      return result
    }
  }
}
