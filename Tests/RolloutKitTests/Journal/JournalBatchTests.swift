import Foundation
import Testing

@testable import RolloutKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// docs/journal.md batches: several entries appended together are one batch between two
/// markers; a batch cut anywhere counts not at all and is moved aside whole.
@Suite struct JournalBatchTests {
  let before = EntryCodec.line(sampleEntry(.note, id: "aaaaaaa1"))
  var batch: [String] {
    (1...3).map { EntryCodec.line(sampleEntry(.metric, text: "row \($0)", id: "bbbbbbb\($0)")) }
  }

  @Test func severalLinesAreWrittenBetweenTheMarkersOfOneBatch() throws {
    let path = scratchPath()
    try JournalWriter.append([before], to: path)
    try JournalWriter.append(batch, to: path)
    let lines = String(decoding: bytes(at: path), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 6)
    #expect(lines[0] == before)
    let begin = try #require(lines[1].wholeMatch(of: /# batch ([0-9a-f]{8}) begins: 3 entries/))
    #expect(lines[5] == "# batch \(begin.1) ends")
    let contents = readJournal(lines.joined(separator: "\n") + "\n")
    #expect(contents.diagnostics.isEmpty)
    #expect(contents.entries.map(\.id) == ["aaaaaaa1", "bbbbbbb1", "bbbbbbb2", "bbbbbbb3"])
  }

  /// Every place a kill or a full disk can cut the batch: at each byte, on a line's end or
  /// in its middle, the reader counts none of the batch and names its first line, and the
  /// repair moves exactly the batch's bytes to `.rejected`.
  @Test func aBatchCutAtAnyByteCountsNotAtAllAndIsMovedAsideWhole() throws {
    let head = before + "\n"
    let whole = head + JournalBatch.wrap(batch, id: "0badcafe").joined(separator: "\n") + "\n"
    let full = Array(whole.utf8)
    let beginMarker = "# batch 0badcafe begins: 3 entries".utf8.count
    for cut in (head.utf8.count + 1)..<(head.utf8.count + beginMarker) {
      // Not yet a batch: a comment without its end.
      let contents = readJournal(String(decoding: full[0..<cut], as: UTF8.self))
      #expect(contents.entries.map(\.id) == ["aaaaaaa1"] && contents.diagnostics.isEmpty)
    }
    for cut in (head.utf8.count + beginMarker)..<(full.count - 1) {
      let text = String(decoding: full[0..<cut], as: UTF8.self)
      let contents = readJournal(text)
      #expect(contents.entries.map(\.id) == ["aaaaaaa1"], "cut at \(cut)")
      #expect(contents.tornTail?.line == 2 && contents.tornTail?.offset == head.utf8.count)
      #expect(contents.diagnostics.count == 1, "cut at \(cut): \(contents.diagnostics)")
      #expect(contents.diagnostics.first?.line == 2)
      #expect(
        contents.diagnostics.first?.message.hasPrefix(
          "the 3 entries written together from here (an import) were cut short") == true)
    }
    for cut in [head.utf8.count + 40, head.utf8.count + beginMarker + 1, full.count - 5] {
      let path = scratchPath()
      #expect(FileManager.default.createFile(atPath: path, contents: Data(full[0..<cut])))
      let outcome = try JournalCheck.run(path: path, plan: journalTestPlan, repair: true)
      #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
      #expect(outcome.repaired?.line == 2)
      #expect(outcome.repaired?.batch?.expected == 3)
      #expect(bytes(at: path) == Array(head.utf8))
      let moved = Array(full[head.utf8.count..<cut])
      #expect(bytes(at: path + ".rejected") == moved + (moved.last == 0x0A ? [] : [0x0A]))
    }
  }

  @Test func aBatchWhoseEndMarkerLacksOnlyItsNewlineIsWhole() {
    let text = before + "\n" + JournalBatch.wrap(batch, id: "0badcafe").joined(separator: "\n")
    let contents = readJournal(text)
    #expect(contents.diagnostics.isEmpty)
    #expect(contents.entries.count == 4)
  }

  @Test func aBatchWithoutItsEndBeforeAnotherBatchIsAnErrorAndCountsNotAtAll() {
    let cut = JournalBatch.wrap(batch, id: "0badcafe").dropLast()
    let next = JournalBatch.wrap(
      [EntryCodec.line(sampleEntry(.note, id: "ccccccc1")), before], id: "00000002")
    let contents = readJournal((cut + next).joined(separator: "\n") + "\n")
    #expect(contents.entries.map(\.id) == ["ccccccc1", "aaaaaaa1"])
    #expect(contents.tornTail == nil)
    #expect(contents.diagnostics.map(\.line) == [1])
    #expect(contents.diagnostics.first?.suggestion?.contains("next '# batch' line") == true)
  }

  /// docs/journal.md: a reader that meets a line still being written (the writer holds the
  /// journal's lock) waits for the lock and reads the finished line, never a torn tail.
  @Test func aReaderMeetingAWriteUnderWayWaitsForItsLock() throws {
    let path = scratchPath()
    let line = EntryCodec.line(sampleEntry(.note, id: "aaaaaaa2"))
    try JournalWriter.append([before], to: path)
    let fd = open(path, O_WRONLY | O_APPEND)
    #expect(fd >= 0 && flock(fd, LOCK_EX) == 0)
    let half = Array(line.utf8.prefix(40))
    #expect(write(fd, half, half.count) == half.count)
    let result = SharedFlag<JournalContents?>(nil)
    let reader = Thread { result.set(try? JournalReader.read(path: path, plan: journalTestPlan)) }
    reader.start()
    usleep(300_000)
    #expect(result.get() == nil, "the reader did not wait for the writer")
    let rest = Array(line.utf8.dropFirst(40)) + [0x0A]
    #expect(write(fd, rest, rest.count) == rest.count)
    flock(fd, LOCK_UN)
    close(fd)
    while !reader.isFinished { usleep(1000) }
    #expect(result.get()?.diagnostics.isEmpty == true)
    #expect(result.get()?.entries.map(\.id) == ["aaaaaaa1", "aaaaaaa2"])
  }

  /// docs/journal.md: a reader never takes a write still under way for a damaged tail. A
  /// writer appends large notes while this reads the journal over and over.
  @Test func aReaderWaitsForAWriteUnderWayInsteadOfReportingATornTail() throws {
    let path = scratchPath()
    try JournalWriter.append([before], to: path)
    let text = String(repeating: "Long feedback from the pilot team. ", count: 300)
    let done = SharedFlag(false)
    let writer = Thread {
      for n in 0..<400 {
        let id = String(format: "a%07x", n)
        try? JournalWriter.append(
          [EntryCodec.line(sampleEntry(.note, text: text, id: id))], to: path)
      }
      done.set(true)
    }
    writer.start()
    var reads = 0
    var torn = 0
    while !done.get() {
      let contents = try JournalReader.read(path: path, plan: journalTestPlan)
      if contents.tornTail != nil || !contents.diagnostics.isEmpty {
        torn += 1
        if torn == 1 { Issue.record("\(contents.diagnostics.first?.message ?? "")") }
      }
      reads += 1
    }
    #expect(torn == 0, "\(torn) of \(reads) reads saw a damaged tail")
    #expect(reads > 10)
  }
}

/// A flag shared between threads.
final class SharedFlag<Value: Sendable>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()
  init(_ value: Value) { self.value = value }
  func get() -> Value { lock.withLock { value } }
  func set(_ new: Value) { lock.withLock { value = new } }
}
