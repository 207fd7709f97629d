import Foundation
import Testing

/// `report --out` never writes over the record or what the report is made from.
@Suite struct ReportOutTests {
  @Test func theJournalThePlanRejectedLinesAndTheTemplateAreRefused() throws {
    let (folder, journal) = try workspace()
    #expect(try runRollout(["note", "Customers thanked us"], in: folder).status == 0)
    let template = folder.appendingPathComponent("my.mustache").path
    try Data("{{plan}}\n".utf8).write(to: URL(fileURLWithPath: template))
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: journal)
    try FileManager.default.linkItem(
      atPath: journal, toPath: folder.appendingPathComponent("hard.yaml").path)
    let plan = folder.appendingPathComponent("Plans/plan.yaml").path
    let before = (contents(journal), contents(plan), contents(template))
    for (out, role) in [
      ("Plans/plan.journal.yaml", "journal"), ("./Plans/../Plans/plan.journal.yaml", "journal"),
      ("link.yaml", "journal"), ("hard.yaml", "journal"), ("Plans/plan.yaml", "plan"),
      ("Plans/plan.journal.yaml.rejected", "rejected lines"), ("my.mustache", "template"),
    ] {
      let run = try runRollout(
        ["report", "--template", "my.mustache", "--out", out], in: folder)
      #expect(run.status == 1, "\(out)")
      #expect(
        run.stderr.hasPrefix("\(out): error: --out names the \(role) file"), "\(run.stderr)")
    }
    #expect((contents(journal), contents(plan), contents(template)) == before)
    #expect(!FileManager.default.fileExists(atPath: journal + ".rejected"))
  }

  @Test func aDashIsStandardOutput() throws {
    let (folder, _) = try workspace()
    let run = try runRollout(["report", "--out", "-"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("# "), "\(run.stdout.prefix(80))")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
  }
}
