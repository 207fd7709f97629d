import Foundation
import Testing

/// The quality bar for journals: whatever a journal holds, `check` and `status` answer
/// with a located diagnostic and exit 1, or accept it; never a crash, never a hang.
@Suite struct HostileJournalTests {
  /// A scratch folder holding the journal tests' plan as `plan.yaml`, with `journal`
  /// as its journal `plan.journal.yaml`.
  func workspace(journal: Data, _ name: String = #function) throws -> URL {
    let folder = try makeScratchFolder(name)
    try FileManager.default.copyItem(
      at: fixture("journal/plan.yaml"), to: folder.appendingPathComponent("plan.yaml"))
    try journal.write(to: folder.appendingPathComponent("plan.journal.yaml"))
    return folder
  }

  func workspace(fixture name: String) throws -> URL {
    try workspace(
      journal: Data(contentsOf: fixture("hostile/journals").appendingPathComponent(name)), name)
  }

  /// One line as `rollout` writes it.
  static func line(id: String, text: String = "Customers thanked us") -> String {
    "- {id: \(id), at: \"2026-11-12T10:02:11+02:00\", week: 2026-W46, kind: note, "
      + "phase: pilot, author: Aino, text: \"\(text)\"}"
  }

  @Test(arguments: [
    ("empty.journal.yaml", 0, "plan.journal.yaml: the journal is valid (0 entries)"),
    ("whitespace.journal.yaml", 0, "plan.journal.yaml: the journal is valid (0 entries)"),
    ("bom.journal.yaml", 0, "plan.journal.yaml: the journal is valid (2 entries)"),
    ("crlf.journal.yaml", 0, "plan.journal.yaml: the journal is valid (2 entries)"),
    (
      "binary.journal.yaml", 1,
      "plan.journal.yaml:1:1: error: each entry must be on one line, written as - {…}"
    ),
    (
      "latin1.journal.yaml", 1,
      "plan.journal.yaml:2:117: error: the file is not valid UTF-8 text (byte 0xE9)"
    ),
    (
      "tabs.journal.yaml", 1,
      "plan.journal.yaml:2:2: error: this character cannot start a value here"
    ),
    (
      "alias-bomb.journal.yaml", 1,
      "plan.journal.yaml:1:3: error: anchors and aliases ('&name', '*name') are not supported"
    ),
    (
      "deep-nesting.journal.yaml", 1,
      "plan.journal.yaml:1:175: error: the nesting is deeper than 64 levels"
    ),
    (
      "numbers.journal.yaml", 1,
      "plan.journal.yaml:1:113: error: 'value' must be a finite number, not '1e400'"
    ),
    (
      "duplicate-keys.journal.yaml", 1,
      "plan.journal.yaml:3:107: error: the field 'author' appears twice in this entry"
    ),
    (
      "torn-tail.journal.yaml", 1,
      "plan.journal.yaml:2:1: error: the last line is cut short (no newline, not a complete entry)"
    ),
    (
      "block-entry.journal.yaml", 1,
      "plan.journal.yaml:2:1: error: each entry must be on one line, written as - {…}"
    ),
  ])
  func hostileJournalFiles(_ name: String, _ status: Int32, _ expected: String) throws {
    let folder = try workspace(fixture: name)
    let check = try runRollout(["check", "--plan", "plan.yaml"], in: folder, timeout: 30)
    #expect(check.status == status, "\(check.stderr)")
    if status == 0 {
      #expect(check.stdout.contains(expected + "\n"), "\(check.stdout)")
      #expect(check.stderr.isEmpty)
    } else {
      #expect(check.stderr.hasPrefix(expected), "\(check.stderr)")
    }
    // The evaluating commands read the journal the same way and stop on the same problem.
    let state = try runRollout(["status", "--plan", "plan.yaml"], in: folder, timeout: 30)
    #expect(state.status == status, "\(state.stderr)")
    if status != 0 { #expect(state.stderr.hasPrefix(expected), "\(state.stderr)") }
  }

  @Test func everyNumberThatIsNotFiniteIsReportedAndTheOthersAreRead() throws {
    let folder = try workspace(fixture: "numbers.journal.yaml")
    let result = try runRollout(["check", "--plan", "plan.yaml"], in: folder)
    let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(
      errors.map { $0.prefix(while: { $0 != " " }) } == [
        "plan.journal.yaml:1:113:", "plan.journal.yaml:3:113:", "plan.journal.yaml:4:113:",
        "plan.journal.yaml:7:113:",
      ], "\(result.stderr)")
    #expect(result.stderr.contains("'value' must be a finite number, not '.nan'"))
    #expect(result.stderr.contains("'value' must be a finite number, not '-.inf'"))
    #expect(result.stderr.contains("remove the quotes and write the number"))
  }

  @Test func aJournalThatIsOnlyAByteOrderMarkTakesNewEntries() throws {
    let folder = try workspace(journal: Data([0xEF, 0xBB, 0xBF]))
    let note = try runRollout(["note", "Still readable", "--plan", "plan.yaml"], in: folder)
    #expect(note.status == 0, "\(note.stderr)")
    let check = try runRollout(["check", "--plan", "plan.yaml"], in: folder)
    #expect(check.stdout.contains("the journal is valid (1 entries)"), "\(check.stderr)")
  }

  @Test func aCutShortTailIsRepairedWithEveryByteKept() throws {
    let folder = try workspace(fixture: "torn-tail.journal.yaml")
    let original = try Data(contentsOf: folder.appendingPathComponent("plan.journal.yaml"))
    let repair = try runRollout(["check", "--repair", "--plan", "plan.yaml"], in: folder)
    #expect(repair.status == 0, "\(repair.stderr)")
    #expect(repair.stdout.contains("the journal is valid (1 entries)"))
    let kept = try Data(contentsOf: folder.appendingPathComponent("plan.journal.yaml"))
    let rejected = try Data(
      contentsOf: folder.appendingPathComponent("plan.journal.yaml.rejected"))
    #expect(kept + rejected == original + Data("\n".utf8))
  }

  @Test func aBinaryJournalIsAnsweredInAFewLines() throws {
    let folder = try workspace(fixture: "binary.journal.yaml")
    let result = try runRollout(["check", "--plan", "plan.yaml"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count < 250, "\(result.stderr)")
  }

  @Test func aTenMegabyteTextIsReadWithoutTrouble() throws {
    let huge = String(repeating: "ä", count: 5_000_000)  // 10 MB of UTF-8
    let folder = try workspace(journal: Data((Self.line(id: "a1b2c3d4", text: huge) + "\n").utf8))
    let check = try runRollout(["check", "--plan", "plan.yaml"], in: folder, timeout: 120)
    #expect(check.status == 0, "\(check.stderr.prefix(300))")
    #expect(check.stdout.contains("the journal is valid (1 entries)"))
    let state = try runRollout(["status", "--plan", "plan.yaml"], in: folder, timeout: 120)
    #expect(state.status == 0, "\(state.stderr.prefix(300))")
  }

  @Test func aTwoMegabyteNoteFromStandardInputIsLoggedAndReadBack() throws {
    let text = String(repeating: "Feedback with \"quotes\", tabs\tand ünïcödé. ", count: 50_000)
    #expect(text.utf8.count > 2_000_000)
    let folder = try workspace(journal: Data())
    let note = try runRollout(
      ["note", "-", "--plan", "plan.yaml"], in: folder, stdin: text, timeout: 120)
    #expect(note.status == 0, "\(note.stderr.prefix(300))")
    let check = try runRollout(["check", "--plan", "plan.yaml"], in: folder, timeout: 120)
    #expect(
      check.stdout.contains("the journal is valid (1 entries)"), "\(check.stderr.prefix(300))")
    let log = try runRollout(["log", "--json", "--plan", "plan.yaml"], in: folder, timeout: 120)
    #expect(log.status == 0)
    #expect(log.stdout.utf8.count > 2_000_000)
  }

  /// A journal pasted into itself (every id twice): finding where each id was first used
  /// once scanned the journal from the top for every duplicate, minutes for 80,000 lines.
  @Test(.enabled(if: scaleTestsEnabled, "a scale test: ROLLOUT_SCALE_TESTS=1"))
  func aJournalPastedIntoItselfIsAnsweredQuickly() throws {
    var half = ""
    for n in 0..<40_000 { half += Self.line(id: "a" + String(format: "%07x", n)) + "\n" }
    let folder = try workspace(journal: Data((half + half).utf8))
    let started = Date()
    let result = try runRollout(["check", "--plan", "plan.yaml"], in: folder, timeout: 240)
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "plan.journal.yaml:40001:8: error: the id 'a0000000' is already used on line 1"),
      "\(result.stderr.prefix(300))")
    #expect(Date().timeIntervalSince(started) < 120)
  }

  /// A million copies of one line: a million duplicate ids, answered in a few lines and
  /// well within the time limit (minutes for the unoptimised debug build on a busy machine).
  @Test(.enabled(if: scaleTestsEnabled, "a scale test: ROLLOUT_SCALE_TESTS=1"))
  func aMillionIdenticalLinesAreAnsweredInAFewLines() throws {
    let line = Self.line(id: "a1b2c3d4") + "\n"
    var journal = Data(capacity: line.utf8.count * 1_000_000)
    let bytes = Data(line.utf8)
    for _ in 0..<1_000_000 { journal.append(bytes) }
    let folder = try workspace(journal: journal)
    let result = try runRollout(["check", "--plan", "plan.yaml"], in: folder, timeout: 900)
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n")
    #expect(
      lines.first == "plan.journal.yaml:2:8: error: the id 'a1b2c3d4' is already used on line 1")
    #expect(lines.count <= 2 * 50 + 2, "\(lines.count) lines")
    #expect(
      result.stderr.contains(
        "plan.journal.yaml: note: 999949 more problems like \"the id '…' is already used on "
          + "line …\" are not shown"), "\(result.stderr.suffix(400))")
  }
}
