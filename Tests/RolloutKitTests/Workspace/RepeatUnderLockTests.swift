import Foundation
import Testing

@testable import RolloutKit

/// docs/journal.md: a note is checked for a repeat under the journal's lock, against the
/// journal as it is when the lock is held, so that two writers at the same moment (the web
/// form and `rollout note`, or two posts) cannot both pass the check.
@Suite struct RepeatUnderLockTests {
  func workspace(_ name: String = #function) throws -> Workspace {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rollout-lock-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return Workspace(
      planPath: folder.appendingPathComponent("plan.yaml").path,
      journalPath: folder.appendingPathComponent("plan.journal.yaml").path,
      plan: journalTestPlan, today: CalendarDate(year: 2026, month: 11, day: 25)!,
      environment: [:])
  }

  func lines(_ w: Workspace) -> [Substring] {
    ((try? String(contentsOfFile: w.journalPath, encoding: .utf8)) ?? "").split(separator: "\n")
  }

  let aino = Recording(author: "Aino", at: "2026-11-25T10:00:00+02:00", force: false)
  let note = EntryDraft(
    week: w48, body: .note(Note(phase: "pilot", text: "Asked twice about the hours")))

  /// The interleaving of a race, made on purpose: both writers read the journal before
  /// either holds the lock; the second appends after the first, with its earlier reading.
  @Test func aWriterWhoseReadingIsOlderThanTheJournalIsStillRefusedARepeat() throws {
    let w = try workspace()
    let readFirst = try Capture.validJournal(w)
    let readSecond = try Capture.validJournal(w)
    try Capture.record([note], in: w, recording: aino, journal: readFirst)
    #expect {
      try Capture.record([note], in: w, recording: aino, journal: readSecond)
    } throws: { error in
      let problems = (error as? DiagnosticsError)?.diagnostics ?? []
      return problems.count == 1 && problems[0].words is CaptureRefusal
        && problems[0].message.contains("already logged")
    }
    #expect(lines(w).count == 1)
  }
}
