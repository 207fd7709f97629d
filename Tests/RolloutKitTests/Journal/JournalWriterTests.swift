import Foundation
import Testing

@testable import RolloutKit

/// docs/journal.md writing: whole lines, one write, nothing after a damaged tail; repair keeps
/// every byte.
@Suite struct JournalWriterTests {
  let note = EntryCodec.line(sampleEntry(.note))
  let metric = EntryCodec.line(sampleEntry(.metric, id: "c0ffee02"))

  @Test func appendsWholeLinesToANewOrExistingJournal() throws {
    let path = scratchPath()
    try JournalWriter.append([note], to: path)
    try JournalWriter.append([metric], to: path)
    #expect(String(decoding: bytes(at: path), as: UTF8.self) == note + "\n" + metric + "\n")
  }

  /// A writer that created the journal and then writes nothing removes it only while it is
  /// empty: another writer may have appended between the creation and this writer's lock
  /// (simulated here by a line that lands while the refusing writer decides), and its
  /// entry must stay.
  @Test func aRefusingWriterRemovesTheJournalItCreatedOnlyWhenEmpty() throws {
    let empty = scratchPath()
    #expect(throws: DiagnosticsError.self) {
      try JournalWriter.append(to: empty) { _ throws(DiagnosticsError) in
        throw DiagnosticsError(Diagnostic(NoteRefusal.emptyText))
      }
    }
    #expect(!FileManager.default.fileExists(atPath: empty))
    try JournalWriter.append(to: empty) { _ in [] }
    #expect(!FileManager.default.fileExists(atPath: empty))

    let path = scratchPath()
    let other = note
    #expect(throws: DiagnosticsError.self) {
      try JournalWriter.append(to: path) { _ throws(DiagnosticsError) in
        let handle = FileHandle(forWritingAtPath: path)
        handle?.seekToEndOfFile()
        handle?.write(Data((other + "\n").utf8))
        try? handle?.close()
        throw DiagnosticsError(Diagnostic(NoteRefusal.emptyText))
      }
    }
    #expect(String(decoding: bytes(at: path), as: UTF8.self) == note + "\n")
    try JournalWriter.append(to: path) { _ in [] }
    #expect(String(decoding: bytes(at: path), as: UTF8.self) == note + "\n")
  }

  @Test func aValidLastLineLackingItsNewlineGetsOneFirst() throws {
    let path = scratchPath()
    #expect(FileManager.default.createFile(atPath: path, contents: Data(note.utf8)))
    try JournalWriter.append([metric], to: path)
    #expect(String(decoding: bytes(at: path), as: UTF8.self) == note + "\n" + metric + "\n")
    #expect(readJournal(String(decoding: bytes(at: path), as: UTF8.self)).diagnostics.isEmpty)
  }

  @Test(arguments: [
    "{id: c0ffee0", "- {id: c0ffee09, at: \"2026-11-25T10:02", "- {id: c0ffee09, kind: note}",
  ])
  func aTornTailIsRefusedAndTheFileLeftByteIdentical(tail: String) throws {
    let path = scratchPath()
    let before = Array((note + "\n" + tail).utf8)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(before)))
    #expect {
      try JournalWriter.append([metric], to: path)
    } throws: { error in
      let d = (error as? DiagnosticsError)?.diagnostics.first
      return d?.line == 2 && d?.message.contains("cut short") == true
    }
    #expect(bytes(at: path) == before)
  }

  @Test func repairMovesTheTornTailToRejectedKeepingEveryByte() throws {
    let path = scratchPath()
    let tail = "- {id: c0ffee09, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: no"
    try JournalWriter.append([note], to: path)
    // An earlier repair left something in .rejected already; it is kept.
    #expect(
      FileManager.default.createFile(atPath: path + ".rejected", contents: Data("old\n".utf8)))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(tail.utf8))
    try handle.close()

    let outcome = try JournalCheck.run(path: path, plan: journalTestPlan, repair: true)
    #expect(outcome.repaired?.line == 2)
    #expect(outcome.repaired?.bytes == tail.utf8.count)
    #expect(outcome.diagnostics.isEmpty)
    #expect(String(decoding: bytes(at: path), as: UTF8.self) == note + "\n")
    #expect(String(decoding: bytes(at: path + ".rejected"), as: UTF8.self) == "old\n" + tail + "\n")
    try JournalWriter.append([metric], to: path)
    #expect(try Journal.load(path: path, plan: journalTestPlan).count == 2)
  }

  @Test func checkWithoutRepairOnlyReports() throws {
    let path = scratchPath()
    let before = Array((note + "\n- {id: c0").utf8)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(before)))
    let outcome = try JournalCheck.run(path: path, plan: journalTestPlan, repair: false)
    #expect(outcome.repaired == nil)
    #expect(outcome.diagnostics.map(\.line) == [2])
    #expect(bytes(at: path) == before)
    #expect(try JournalCheck.run(path: path, plan: journalTestPlan, repair: true).repaired != nil)
    #expect(try JournalCheck.run(path: path, plan: journalTestPlan, repair: true).repaired == nil)
  }

  @Test func manyAppendsFromManyThreadsAreAllKept() async throws {
    let path = scratchPath()
    await withTaskGroup(of: Void.self) { group in
      for t in 0..<8 {
        group.addTask {
          for i in 0..<25 {
            let e = sampleEntry(.note, text: "t\(t) n\(i)", id: String(format: "a%03x%04x", t, i))
            try? JournalWriter.append([EntryCodec.line(e)], to: path)
          }
        }
      }
    }
    let entries = try Journal.load(path: path, plan: journalTestPlan)
    #expect(entries.count == 200)
    #expect(Set(entries.map(\.id)).count == 200)
  }
}

/// The checks a writing command makes before anything is written (docs/journal.md, §4).
@Suite struct CaptureTests {
  func prepare(_ body: Entry.Body, week: ISOWeek = w48, force: Bool = false, existing: [Entry] = [])
    -> [Diagnostic]
  {
    do {
      _ = try Capture.prepare(
        [EntryDraft(week: week, body: body)], plan: journalTestPlan, existing: EntryStore(existing),
        thisWeek: w48,
        recording: Recording(author: "Aino", at: "2026-11-25T10:02:11+02:00", force: force))
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test func validEntriesGetFreshIDs() throws {
    let existing = [sampleEntry(.note)]
    let entries = try Capture.prepare(
      [EntryDraft(week: w48, body: .retract(Retraction(target: "c0ffee01", text: "typo")))],
      plan: journalTestPlan, existing: EntryStore(existing), thisWeek: w48,
      recording: Recording(author: "Aino", at: "2026-11-25T10:02:11+02:00", force: false))
    #expect(entries.count == 1)
    #expect(entries[0].id != "c0ffee01" && EntryCodec.isValidID(entries[0].id))
  }

  @Test(arguments: [
    (Entry.Body.metric(MetricValue(metric: "cast", value: 1)), "did you mean 'csat'?"),
    (.note(Note(phase: "pilto", text: "t")), "did you mean 'pilot'?"),
    (.note(Note(phase: "pilot", goal: "tone", text: "t")), "use --phase scale"),
    (.assess(Assessment(goal: "first-response", verdict: .met, text: "t")), "rollout metric"),
    (.retract(Retraction(target: "deadbeef", text: "t")), "rollout log"),
    (.decide(Decision(phase: "pilt", decision: .go, text: "t")), "did you mean 'pilot'?"),
  ])
  func unknownNamesAreRefusedWithAFix(body: Entry.Body, fix: String) {
    let problems = prepare(body)
    #expect(problems.count == 1)
    #expect(problems.first?.suggestion?.contains(fix) == true, "\(problems)")
  }

  @Test func aFutureWeekNeedsForce() {
    let metric = Entry.Body.metric(MetricValue(metric: "csat", value: 4))
    let next = w48 + 1
    #expect(prepare(metric, week: next).first?.message.contains("after this week") == true)
    #expect(prepare(metric, week: next, force: true).isEmpty)
  }

  @Test func metricValuesBeforeThePlanStartsAreAllowed() {
    #expect(prepare(.metric(MetricValue(metric: "csat", value: 3.9)), week: w48 - 20).isEmpty)
  }

  @Test(arguments: ["18.5", "18,5", " 7 ", "-3", "1e3", "0"])
  func numbersAreRead(text: String) {
    #expect((try? MetricInput.read(text, language: .en).get()) != nil)
  }

  @Test(arguments: [
    "nan", "NaN", "inf", "-inf", ".inf", "1e400", "abc", "", " ", "1.2.3", "18,5,1",
  ])
  func nonNumbersAreRefused(text: String) {
    #expect((try? MetricInput.read(text, language: .en).get()) == nil)
    #expect(throws: DiagnosticsError.self) { try MetricInput.value(text) }
  }

  @Test(arguments: Language.allCases)
  func editedNotesDropOnlyOurInstructionsAndBlankEnds(language: Language) {
    let template = MessageEditor.template(phase: "pilot", week: w48, language: language)
    #expect(template.hasPrefix("\n" + MessageEditor.scissors + "\n# "))
    #expect(template.contains("'pilot'"))
    #expect(MessageEditor.message(from: template, template: template) == nil)
    #expect(
      MessageEditor.message(
        from: "\n  Line one\n#syyskampanja\nline two\n\n" + template, template: template)
        == "Line one\n#syyskampanja\nline two")
    // Everything from the scissors line on is ours, whatever was written below it.
    #expect(
      MessageEditor.message(
        from: "#syksy starts\n" + MessageEditor.scissors + "\nnot the note\n", template: template)
        == "#syksy starts")
    // Without the scissors line, only our own lines are dropped, exactly as written.
    let noScissors = template.replacingOccurrences(of: MessageEditor.scissors + "\n", with: "")
    #expect(
      MessageEditor.message(from: "#kampanja 2026\n" + noScissors, template: template)
        == "#kampanja 2026")
    #expect(MessageEditor.message(fromInput: "from stdin\n") == "from stdin")
    #expect(MessageEditor.message(fromInput: " \n") == nil)
  }
}
