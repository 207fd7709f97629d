import Testing

@testable import RolloutKit

/// docs/journal.md reading: every problem located as `journal:LINE:COL`, all of them at once.
@Suite struct JournalReaderTests {
  static let ok = "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: "

  /// A bad line, the location expected, and a fragment of the message (and of the fix).
  @Test(
    arguments: [
      (
        "note, phase: pilot, author: A, text: \"t\", mood: happy}", "mood", "has no field 'mood'",
        "the fields of a note"
      ),
      (
        "nite, phase: pilot, author: A, text: \"t\"}", "nite", "'nite' is not a kind",
        "did you mean 'note'?"
      ),
      ("note, phase: pilot, author: A}", "{", "needs the field 'text'", "add text:"),
      (
        "note, phase: pilto, author: A, text: \"t\"}", "pilto", "no phase 'pilto'",
        "did you mean 'pilot'? Correct it in this journal line"
      ),
      (
        "note, phase: pilot, goal: persona, author: A, text: \"t\"}", "persona",
        "no goal 'persona'",
        "did you mean 'personas'? Correct it in this journal line"
      ),
      (
        "note, phase: scale, goal: personas, author: A, text: \"t\"}", "personas",
        "belongs to phase 'pilot'", "log the note for phase 'pilot'"
      ),
      (
        "note, phase: pilot, tags: chat, author: A, text: \"t\"}", "chat", "must be a list",
        "[chat]"
      ),
      (
        "note, phase: pilot, sentiment: glad, author: A, text: \"t\"}", "glad",
        "'glad' is not a valid sentiment", "positive"
      ),
      ("metric, metric: csat, value: .nan, author: A}", ".nan", "finite number", "18.5"),
      ("metric, metric: csat, value: 1e400, author: A}", "1e400", "finite number", "18.5"),
      (
        "metric, metric: csat, value: \"4\", author: A}", "\"4\"", "must be a number",
        "remove the quotes"
      ),
      (
        "metric, metric: cast, value: 4, author: A}", "cast", "no metric 'cast'",
        "did you mean 'csat'? Correct it in this journal line"
      ),
      (
        "assess, goal: first-response, verdict: met, author: A, text: \"t\"}", "first-response",
        "measured by a metric", "rollout metric"
      ),
      (
        "assess, goal: tone, verdict: done, author: A, text: \"t\"}", "done",
        "'done' is not a valid verdict", "met, not-met"
      ),
      (
        "decide, phase: pilot, decision: goo, author: A, text: \"t\"}", "goo",
        "'goo' is not a valid decision", "did you mean 'go'?"
      ),
      (
        "retract, target: deadbeef, author: A, text: \"t\"}", "deadbeef", "no entry 'deadbeef'", nil
      ),
    ] as [(String, String, String, String?)])
  func badLineIsLocated(rest: String, pointsAt token: String, message: String, fix: String?) {
    let line = Self.ok + rest
    let contents = readJournal("# comment\n" + line + "\n")
    #expect(contents.entries.isEmpty || contents.hasErrors)
    #expect(contents.diagnostics.count == 1, "\(contents.diagnostics)")
    let d = contents.diagnostics.first
    #expect(d?.file == "j.yaml")
    #expect(d?.line == 2)
    #expect(d?.column == column(of: token, in: line), "\(String(describing: d))")
    #expect(d?.message.contains(message) == true, "\(String(describing: d?.message))")
    if let fix {
      #expect(d?.suggestion?.contains(fix) == true, "\(String(describing: d?.suggestion))")
    }
  }

  @Test(arguments: [
    (
      "- {id: 0b91d4aa, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, metric: csat, value: 4, author: A}",
      "0b91d4aa", "not an entry id"
    ),
    (
      "- {id: c0ffee01, at: \"yesterday\", week: 2026-W48, kind: metric, metric: csat, value: 4, author: A}",
      "\"yesterday", "not a recording time"
    ),
    (
      "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W54, kind: metric, metric: csat, value: 4, author: A}",
      "2026-W54", "not an ISO week"
    ),
    (
      "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, metric: csat, metric: csat, value: 4, author: A}",
      "metric: csat, value", "appears twice"
    ),
    (
      "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, metric: csat, value: 4, author: A",
      "", "not closed"
    ),
    ("- id: c0ffee01", "-", "must be on one line"),
    ("id: c0ffee01", "i", "must be on one line"),
    ("- just text", "-", "must be on one line"),
  ])
  func malformedLinesAreLocated(line: String, pointsAt token: String, message: String) {
    let contents = readJournal(line + "\n")
    #expect(contents.entries.isEmpty)
    #expect(contents.diagnostics.first?.line == 1)
    let expected = token.isEmpty ? line.count + 1 : column(of: token, in: line)
    #expect(contents.diagnostics.first?.column == expected, "\(contents.diagnostics)")
    #expect(
      contents.diagnostics.first?.message.contains(message) == true, "\(contents.diagnostics)")
  }

  @Test func everyProblemIsReportedAndGoodLinesStillRead() {
    let good = EntryCodec.line(sampleEntry(.note))
    let text =
      [
        good, "- {broken", good.replacingOccurrences(of: "pilot", with: "pilto"), "",
        "   # an indented comment", EntryCodec.line(sampleEntry(.metric, id: "c0ffee02")),
      ].joined(separator: "\n") + "\n"
    let contents = readJournal(text)
    #expect(contents.diagnostics.map(\.line) == [2, 3, 3])
    #expect(contents.diagnostics[1].message.contains("already used on line 1"))
    #expect(contents.entries.map(\.line) == [1, 3, 6])
  }

  /// A second use of an id points at that id, wherever the line has it: at column 8 in
  /// the tool's own lines, elsewhere in a line written by hand or by another tool.
  @Test func aSecondUseOfAnIdPointsAtTheId() {
    let first = Self.ok + "note, phase: pilot, author: A, text: \"t\"}"
    let byHand =
      "- {at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: note, id: c0ffee01, "
      + "phase: pilot, author: A, text: \"t\"}"
    let contents = readJournal(first + "\n" + first + "\n" + byHand + "\n")
    let duplicates = contents.diagnostics.filter { $0.message.contains("already used on line 1") }
    #expect(duplicates.map(\.line) == [2, 3])
    #expect(duplicates.map(\.column) == [8, column(of: "c0ffee01", in: byHand)])
  }

  @Test func aMultiLineEntryIsOneProblemNotOnePerLine() {
    let text = """
      - id: c0ffee01
        at: "2026-11-25T10:02:11+02:00"
        week: 2026-W48
      - {id: c0ffee02, at: "2026-11-25T10:02:11+02:00",
         week: 2026-W48, kind: metric, metric: csat, value: 4, author: A}
      \(EntryCodec.line(sampleEntry(.metric, id: "c0ffee03")))

      """
    let contents = readJournal(text)
    #expect(contents.diagnostics.map(\.line) == [1, 4])
    #expect(contents.diagnostics.allSatisfy { $0.message.contains("on one line") })
    #expect(contents.entries.map(\.id) == ["c0ffee03"])
  }

  @Test func aCutShortLastLineIsATornTail() {
    let good = EntryCodec.line(sampleEntry(.note))
    let text = good + "\n" + String(good.prefix(40))
    let contents = readJournal(text)
    #expect(contents.tornTail == TornTail(line: 2, offset: good.utf8.count + 1))
    #expect(contents.diagnostics.count == 1)
    #expect(contents.diagnostics.first?.message.contains("cut short") == true)
    #expect(contents.diagnostics.first?.suggestion?.contains("rollout check --repair") == true)
    #expect(contents.entries.count == 1)
  }

  @Test func aValidLastLineWithoutNewlineIsAccepted() {
    let contents = readJournal(EntryCodec.line(sampleEntry(.note)))
    #expect(contents.diagnostics.isEmpty)
    #expect(contents.tornTail == nil)
    #expect(contents.entries.count == 1)
  }

  @Test func crlfLineEndsAndEmptyJournalsRead() {
    #expect(readJournal(EntryCodec.line(sampleEntry(.note)) + "\r\n").entries.count == 1)
    #expect(readJournal("").entries.isEmpty)
    #expect(readJournal("# only a comment\n\n").diagnostics.isEmpty)
  }

  @Test func aRetractMayNameAnEntryWrittenLaterInTheFile() {
    // A union merge in git can put a retraction above its target.
    let text =
      EntryCodec.line(sampleEntry(.retract)) + "\n" + EntryCodec.line(sampleEntry(.note)) + "\n"
    #expect(readJournal(text).diagnostics.isEmpty)
  }

  @Test func binaryDamageIsLocated() {
    let contents = JournalReader.read(
      Array((EntryCodec.line(sampleEntry(.note)) + "\n- {id: \u{0}x}\n").utf8), file: "j.yaml",
      plan: journalTestPlan)
    #expect(contents.diagnostics.first?.line == 2)
  }

  @Test func loadThrowsEveryProblem() throws {
    let path = scratchPath()
    try JournalWriter.append(["- {nope"], to: path)
    try JournalWriter.append(["- {also: nope}"], to: path)
    #expect(throws: DiagnosticsError.self) { try Journal.load(path: path, plan: journalTestPlan) }
    do {
      _ = try Journal.load(path: path, plan: journalTestPlan)
    } catch {
      #expect(Set(error.diagnostics.compactMap(\.line)) == [1, 2])
      #expect(error.diagnostics.allSatisfy { $0.file == path })
    }
    #expect(try Journal.load(path: scratchPath(), plan: journalTestPlan).isEmpty)
  }

  /// The 1-based column where `token` first appears (the last occurrence for the
  /// duplicate-field case is found by giving more context).
  func column(of token: String, in line: String) -> Int {
    guard
      let range = line.range(of: token, options: token == "metric: csat, value" ? .backwards : [])
    else { return -1 }
    return line.distance(from: line.startIndex, to: range.lowerBound) + 1
  }
}
