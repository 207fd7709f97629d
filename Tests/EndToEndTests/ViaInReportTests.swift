import Foundation
import TestSupport
import Testing

/// docs/serve.md: a note logged through the web form names its access token in the report,
/// after its author, in every format and language.
extension TruthfulReportTests {
  @Test func aNoteFromTheWebFormSaysSoInTheReport() throws {
    let folder = try planFolder()
    let journal = folder.appendingPathComponent("Plans/plan.journal.yaml")
    try Data(
      ("- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: note, "
        + "phase: pilot, goal: personas, sentiment: positive, author: Mikko, via: helpdesk, "
        + "text: \"Asiakas kiitti\"}\n"
        + "- {id: c0ffee02, at: \"2026-11-25T10:05:00+02:00\", week: 2026-W48, kind: note, "
        + "phase: pilot, goal: personas, sentiment: positive, author: Aino, "
        + "text: \"Toinen kiitos\"}\n").utf8
    ).write(to: journal)
    let en = try ok(["report"], in: folder)
    #expect(en.contains("— Mikko, via web form (helpdesk), "), "\(en)")
    #expect(en.contains("— Aino, "))
    #expect(!en.contains("Aino, via"))
    let fi = try ok(["report", "--lang", "fi", "--format", "html"], in: folder)
    #expect(fi.contains("— Mikko, verkkolomakkeelta (helpdesk), "), "\(fi)")
    let nl = try ok(["report", "--lang", "nl"], in: folder)
    #expect(nl.contains("— Mikko, via webformulier (helpdesk)"), "\(nl)")
    let json = try ok(["report", "--format", "json"], in: folder)
    #expect(json.contains("\"hasVia\" : true"))
  }
}
