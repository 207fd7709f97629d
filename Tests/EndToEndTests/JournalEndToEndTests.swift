import Foundation
import Testing

/// The journal through the built binary (docs/journal.md, §5): concurrent writers, torn tails,
/// located errors, refusals that leave the file untouched, CSV import.
@Suite struct JournalEndToEndTests {

  @Test func eightWritersTimesTwentyFiveNotesAreAllKept() async throws {
    let (folder, journal) = try workspace()
    let statuses = await withTaskGroup(of: [Int32].self) { group in
      for writer in 0..<8 {
        group.addTask {
          (0..<25).map { i in
            (try? runRollout(
              [
                "note", "writer \(writer) note \(i): \"quoted\" # not a comment", "--phase",
                "pilot",
              ],
              in: folder, environment: ["ROLLOUT_AUTHOR": "Writer \(writer)"]))?.status ?? -1
          }
        }
      }
      return await group.reduce(into: []) { $0 += $1 }
    }
    #expect(statuses.count == 200 && statuses.allSatisfy { $0 == 0 })
    let lines = String(decoding: contents(journal), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 200)
    let ids = lines.compactMap { $0.split(separator: ",").first?.dropFirst("- {id: ".count) }
    #expect(Set(ids).count == 200)
    let check = try runRollout(["check"], in: folder)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("the journal is valid (200 entries)"))
  }

  @Test func eachCommandLogsAndPrintsTheNewID() throws {
    let (folder, journal) = try workspace()
    let note = try runRollout(
      [
        "note", "Personas help", "--goal", "personas", "--tag", "chat", "--tag", "faq",
        "--sentiment", "positive", "--channel", "chat",
      ], in: folder)
    #expect(note.status == 0, "\(note.stderr)")
    let noteID = String(note.stdout.prefix(8))
    #expect(note.stdout.contains("logged a note in 2026-W48: pilot/personas"))
    let runs = [
      ["metric", "response_time_h", "18,5", "--channel", "chat"],
      ["assess", "personas", "met", "--text", "Everyone uses them"],
      ["decide", "pilot", "hold", "--text", "Wait for the survey"],
      ["retract", noteID, "--text", "Logged twice"],
      ["note", "-", "--phase", "pilot", "--week", "2026-W46"],
      ["metric", "csat", "4.2", "--date", "2026-11-18", "--author", "Juha"],
    ]
    for args in runs {
      let r = try runRollout(args, in: folder, stdin: "from stdin\nsecond line\n")
      #expect(r.status == 0, "\(args): \(r.stderr)")
      #expect(r.stdout.split(separator: "\n").count == 1)
    }
    let log = try runRollout(["log"], in: folder)
    #expect(log.status == 0)
    let lines = log.stdout.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(lines[0].contains("[retracted by"))
    #expect(lines[5].hasPrefix("2026-W46") && lines[5].contains("from stdin ⏎ second line"))
    #expect(lines[6].contains("Juha") && lines[6].hasPrefix("2026-W47"))
    let json = try runRollout(["log", "--kind", "metric", "--json"], in: folder)
    let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.map { $0["value"] as? Double } == [18.5, 4.2])
    let written = String(decoding: contents(journal), as: UTF8.self)
    #expect(written.contains("text: \"from stdin\\nsecond line\""))
  }

  @Test func theEditorWritesTheNoteAndAnEmptyNoteAborts() throws {
    let (folder, journal) = try workspace()
    let editor = folder.appendingPathComponent("fake-editor.sh")
    try
      "#!/bin/sh\nprintf 'Written in the editor\\n' | cat - \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
      .write(to: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
    let ok = try runRollout(
      ["note", "--phase", "pilot"], in: folder, environment: ["EDITOR": editor.path])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(
      String(decoding: contents(journal), as: UTF8.self).contains("\"Written in the editor\""))
    let before = contents(journal)
    let empty = try runRollout(
      ["note", "--phase", "pilot"], in: folder, environment: ["EDITOR": "true"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("the note is empty"))
    #expect(contents(journal) == before)
  }

  @Test func refusalsLeaveTheJournalByteIdentical() throws {
    let (folder, journal) = try workspace()
    #expect(try runRollout(["metric", "csat", "4"], in: folder).status == 0)
    let before = contents(journal)
    let refused: [([String], String)] = [
      (["metric", "cast", "4"], "did you mean 'csat'?"),
      (["metric", "csat", "nan"], "not a number"),
      (["metric", "csat", "inf"], "not a number"),
      (["metric", "csat", "1e400"], "not a number"),
      (["metric", "csat", "abc"], "not a number"),
      (["metric", "csat", ""], "the value is empty"),
      (["metric", "csat", "4", "--week", "2026-W50"], "after this week"),
      (["note", "x", "--phase", "scale"], "locked"),
      (["note", "x", "--phase", "pilot", "--goal", "tone"], "belongs to phase 'scale'"),
      (["assess", "first-response", "met", "--text", "x"], "measured by a metric"),
      (["decide", "scale", "go", "--text", "x", "--force"], "refused"),
      (["retract", "deadbeef", "--text", "x"], "no entry 'deadbeef'"),
    ]
    for (args, message) in refused {
      let r = try runRollout(args, in: folder)
      #expect(r.status == 1, "\(args)")
      #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
      #expect(contents(journal) == before, "\(args) changed the journal")
    }
    let usage = try runRollout(["decide", "pilot", "maybe", "--text", "x"], in: folder)
    #expect(usage.status == 64)
    #expect(contents(journal) == before)
    let forced = try runRollout(["note", "x", "--phase", "scale", "--force"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
  }

  @Test func aTornTailIsRefusedRepairedAndKept() throws {
    let (folder, journal) = try workspace()
    #expect(try runRollout(["metric", "csat", "4"], in: folder).status == 0)
    let tail = "- {id: cafe0001, at: \"2026-11-25T10:0"
    let handle = try #require(FileHandle(forWritingAtPath: journal))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(tail.utf8))
    try handle.close()
    let before = contents(journal)

    let refused = try runRollout(["metric", "csat", "5"], in: folder)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("plan.journal.yaml:2:1: error: the last line is cut short"))
    #expect(contents(journal) == before)
    for command in [["log"], ["check"]] {
      let r = try runRollout(command, in: folder)
      #expect(r.status == 1 && r.stderr.contains(":2:1: error: the last line is cut short"))
    }

    let repair = try runRollout(["check", "--repair"], in: folder)
    #expect(repair.status == 0, "\(repair.stderr)")
    #expect(repair.stdout.contains("moved the damaged line 2"))
    #expect(contents(journal + ".rejected") == Array((tail + "\n").utf8))
    #expect(contents(journal) == Array(before.prefix(before.count - tail.utf8.count)))
    #expect(try runRollout(["metric", "csat", "5"], in: folder).status == 0)
  }

  @Test func aHandEditedLineIsLocatedAndStopsEvaluation() throws {
    let (folder, journal) = try workspace()
    #expect(try runRollout(["metric", "csat", "4"], in: folder).status == 0)
    let good = String(decoding: contents(journal), as: UTF8.self)
    let bad =
      "- {id: cafe0002, at: \"2026-11-25T10:00:00+02:00\", week: 2026-W48, kind: metrc, "
      + "metric: csat, value: 4, author: Aino}\n"
    try (good + bad + good.replacingOccurrences(of: "csat", with: "cast"))
      .write(toFile: journal, atomically: true, encoding: .utf8)
    let log = try runRollout(["log"], in: folder)
    #expect(log.status == 1)
    #expect(log.stderr.contains("plan.journal.yaml:2:73: error: 'metrc' is not a kind of entry"))
    #expect(log.stderr.contains("did you mean 'metric'?"))
    #expect(log.stderr.contains("plan.journal.yaml:3:8: error: the id"))  // line 1 copied
    #expect(log.stderr.contains("plan.journal.yaml:3:89: error: the plan has no metric 'cast'"))
    let before = contents(journal)
    #expect(try runRollout(["metric", "csat", "5"], in: folder).status == 1)
    #expect(contents(journal) == before)
  }

  @Test func finnishExcelCSVImports() throws {
    let (folder, journal) = try workspace()
    let csv = folder.appendingPathComponent("export.csv")
    let text =
      "\u{FEFF}date;metric;value;channel;text\r\n"
      + "2026-11-16;response_time_h;18,5;chat;\"Marraskuu; viikko 47\"\r\n"
      + "2026-11-23;response_time_h;17,25;chat;\r\n"
    try Data(text.utf8).write(to: csv)
    let dry = try runRollout(["import", csv.path, "--dry-run"], in: folder)
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("nothing was logged"))
    #expect(contents(journal).isEmpty)
    let real = try runRollout(["import", csv.path], in: folder)
    #expect(real.status == 0, "\(real.stderr)")
    let log = try runRollout(["log", "--json"], in: folder)
    let rows = try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.map { $0["value"] as? Double } == [18.5, 17.25])
    #expect(rows?.map { $0["week"] as? String } == ["2026-W47", "2026-W48"])
    #expect(rows?.first?["text"] as? String == "Marraskuu; viikko 47")
  }

  @Test func aCSVWithBadRowsLogsNothingAndNamesEveryOne() throws {
    let (folder, journal) = try workspace()
    #expect(try runRollout(["metric", "csat", "4"], in: folder).status == 0)
    let before = contents(journal)
    let csv = folder.appendingPathComponent("bad.csv")
    try """
    week,metric,value
    2026-W47,csat,4
    2026-W47,cast,4
    2026-W47,csat,lots
    2026-W51,csat,4

    """.write(to: csv, atomically: true, encoding: .utf8)
    let r = try runRollout(["import", csv.path], in: folder)
    #expect(r.status == 1)
    // Format problems, names the plan does not have and weeks to come, all in one run.
    #expect(r.stderr.contains("bad.csv:4: error: 'lots' is not a number"), "\(r.stderr)")
    #expect(r.stderr.contains("bad.csv:3: error: the plan has no metric 'cast'"))
    #expect(r.stderr.contains("bad.csv:5: error: 2026-W51 is after this week"))
    #expect(contents(journal) == before)
  }
}
