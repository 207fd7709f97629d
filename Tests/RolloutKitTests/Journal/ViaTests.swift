import Foundation
import Testing

@testable import RolloutKit

/// docs/journal.md: a note logged in the browser names the access token it came through
/// (`via`), between `author` and `text`; the command line's notes have none.
@Suite struct ViaTests {
  static func webNote(via: String? = "helpdesk") -> Entry {
    Entry(
      id: "c0ffee01", at: "2026-11-25T10:02:11+02:00", week: w48, author: "Mikko",
      body: .note(Note(phase: "pilot", channel: "chat", text: "Asked twice", via: via)))
  }

  @Test func viaIsWrittenBetweenAuthorAndText() {
    #expect(
      EntryCodec.line(Self.webNote())
        == "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: note, "
        + "phase: pilot, channel: chat, author: Mikko, via: helpdesk, text: \"Asked twice\"}")
    #expect(!EntryCodec.line(Self.webNote(via: nil)).contains("via"))
  }

  @Test(arguments: ["helpdesk", "Tiimi Ä", "yes", "a: b"])
  func viaReadsBackTheSameOnBothPaths(name: String) {
    var entry = Self.webNote(via: name)
    let line = EntryCodec.line(entry) + "\n"
    let contents = readJournal(line)
    #expect(contents.diagnostics.isEmpty, "\(contents.diagnostics)")
    entry.line = 1
    #expect(Array(contents.entries) == [entry])
    CanonicalLineTests.expectSameReading(line)
  }

  @Test func viaWrittenByHandInAnotherPlaceIsRead() {
    let contents = readJournal(
      "- {id: c0ffee01, via: intranet, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, "
        + "kind: note, phase: pilot, author: Mikko, text: \"x\"}\n")
    #expect(contents.diagnostics.isEmpty)
    guard case .note(let note)? = contents.entries.first?.body else {
      Issue.record("no note read")
      return
    }
    #expect(note.via == "intranet")
  }

  @Test func viaOnAMetricIsAnUnknownKey() {
    let contents = readJournal(
      "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, "
        + "metric: csat, value: 4, author: Mikko, via: intranet}\n")
    #expect(contents.entries.isEmpty)
    #expect(contents.diagnostics.contains { $0.message.contains("via") })
  }

  @Test func logShowsViaInTextAndJSON() throws {
    let rows = [JournalLog.Row(entry: Self.webNote(), retractedBy: nil)]
    #expect(JournalLog.text(rows).contains("(chat, via helpdesk): Asked twice"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(JournalLog.json(rows).utf8)) as? [[String: Any]])
    #expect(json.first?["via"] as? String == "helpdesk")
    let cli = [JournalLog.Row(entry: Self.webNote(via: nil), retractedBy: nil)]
    #expect(!JournalLog.text(cli).contains("via"))
  }
}
