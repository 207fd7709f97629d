import Foundation
import TestSupport
import Testing

/// `rollout report` through the built binary (docs/journal.md, §6).
struct ReportCommandTests {
  static let fixtureFolder = packageRoot.appendingPathComponent("Tests/Fixtures/report")

  /// A temporary copy of the report fixture (plan and journal).
  static func workspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rollout-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Plans"), withIntermediateDirectories: true)
    for name in ["rollout.yaml", "rollout.journal.yaml"] {
      try FileManager.default.copyItem(
        at: fixtureFolder.appendingPathComponent(name),
        to: folder.appendingPathComponent("Plans/\(name)"))
    }
    return folder
  }

  @Test func theReportMatchesTheLibrarySnapshot() throws {
    let dir = try Self.workspace()
    let result = try runRollout(["report", "--week", "2026-W46"], in: dir)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    assertSnapshot(
      result.stdout,
      at: packageRoot.appendingPathComponent("Tests/RolloutKitTests/Snapshots/scale-w46.en.md"))
  }

  @Test func langPhaseAndJSONOptions() throws {
    let dir = try Self.workspace()
    let fi = try runRollout(["report", "--as-of", "2026-11-13", "--lang", "fi"], in: dir)
    #expect(fi.status == 0)
    #expect(fi.stdout.contains("**Portti: EI VIELÄ**"))
    #expect(fi.stdout.contains("vko 46/2026 (9.–15.11.2026)"))
    let json = try runRollout(["report", "--week", "2026-W46", "--format", "json"], in: dir)
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["week"] as? String == "2026-W46")
    let listen = try runRollout(["report", "--phase", "listen", "--week", "2026-W46"], in: dir)
    #expect(listen.stdout.contains("**Gate: PASSED** — in W37"))
  }

  @Test func outWritesTheFileAndNothingElse() throws {
    let dir = try Self.workspace()
    let result = try runRollout(["report", "--week", "2026-W47", "--out", "report.md"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout == "")
    let written = try String(
      contentsOf: dir.appendingPathComponent("report.md"), encoding: .utf8)
    #expect(written.contains("**Gate: STOPPED**"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func aUserTemplateReplacesTheShippedOne() throws {
    let dir = try Self.workspace()
    try "{{plan}} — {{verdict.word}} & {{phase.title}}\n".write(
      to: dir.appendingPathComponent("mine.mustache"), atomically: true, encoding: .utf8)
    let result = try runRollout(
      ["report", "--week", "2026-W46", "--template", "mine.mustache"], in: dir)
    #expect(result.stdout == "Customer service rollout — NOT YET & Scale to every channel\n")
  }

  @Test func theSameInputsGiveTheSameBytes() throws {
    let dir = try Self.workspace()
    let first = try runRollout(["report"], in: dir, today: "2026-11-12")
    let second = try runRollout(["report"], in: dir, today: "2026-11-12")
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
  }

  @Test(arguments: [
    (["report", "--phase", "scael"], 1, "did you mean 'scale'?"),
    (["report", "--lang", "de"], 64, "not a report language"),
    (["report", "--format", "pdf"], 64, "Use markdown, html, text or json"),
    (["report", "--template", "missing.mustache"], 1, "'missing.mustache' does not exist"),
    (["report", "--print-template", "--format", "json"], 64, "--format json has no template"),
    (
      ["report", "--template", "t.mustache", "--format", "text"], 64,
      "--format text has no template"
    ),
    (["report", "--print-template", "--template", "t.mustache"], 64, "Leave out --template."),
    // A missing folder is created; a file in the way of one is named.
    (
      ["report", "--out", "Plans/rollout.yaml/r.md"], 1,
      "the folder 'Plans/rollout.yaml' is missing"
    ),
  ])
  func mistakesAreExplained(arguments: [String], status: Int32, message: String) throws {
    let dir = try Self.workspace()
    let result = try runRollout(arguments, in: dir)
    #expect(result.status == status)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func hostileNotesDoNotBreakTheReport() throws {
    let dir = try Self.workspace()
    let text = "a | b <script>x</script> `c` \"] end"
    let note = try runRollout(
      ["note", text, "--phase", "scale", "--tag", "chat", "--week", "2026-W46", "--force"],
      in: dir)
    #expect(note.status == 0, "\(note.stderr)")
    let result = try runRollout(["report", "--week", "2026-W46"], in: dir)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("<script"))
    #expect(result.stdout.contains("a \\| b &lt;script>x&lt;/script> \\`c\\` \"\\] end"))
  }

  @Test func aMissingTemplateSaysSoAndHowToGetOne() throws {
    let dir = try Self.workspace()
    let result = try runRollout(["report", "--template", "missing.mustache"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "missing.mustache: error: the template file 'missing.mustache' does not exist\n"
        + "  fix: check the path given with --template, or write the shipped one to a file to "
        + "start from: rollout report --print-template > missing.mustache\n")
  }

  /// A broken template, and how the error starts: the tag's line, what the library said.
  static let brokenTemplates: [(String, String)] = [
    (
      "a\n{{=<% %>}}\n<%plan%>\n",
      "bad.mustache:2:1: error: the template cannot be read: a set-delimiter tag {{=…=}} is "
        + "malformed (the Mustache library reported 'invalidSetDelimiter' at line 3, column 1)"
        + "\n  fix: write it as {{=<% %>=}}"
    ),
    (
      "# {{plan}}\n{{#phases}}\n- {{title}}\n",
      "bad.mustache:2:1: error: the template cannot be read: a section is never closed"
    ),
    (
      "{{#phases}}{{title}}{{/phase}}\n",
      "bad.mustache:1:21: error: the template cannot be read: a {{/…}} tag does not close the "
        + "section opened last"
    ),
    ("x {{plan\n", "bad.mustache:1:3: error: the template cannot be read: a tag is still open"),
  ]

  @Test(arguments: brokenTemplates)
  func aBrokenTemplateSaysWhatAndWhere(template: String, message: String) throws {
    let dir = try Self.workspace()
    try template.write(
      to: dir.appendingPathComponent("bad.mustache"), atomically: true, encoding: .utf8)
    let result = try runRollout(["report", "--template", "bad.mustache"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    #expect(!result.stderr.contains("close every {{#section}}") || message.contains("never closed"))
  }

  @Test func printTemplateGivesTheShippedTemplateInTheRightLanguage() throws {
    let dir = try Self.workspace()
    let english = try runRollout(["report", "--print-template"], in: dir)
    #expect(english.status == 0)
    let shipped = try String(
      contentsOf: packageRoot.appendingPathComponent("Templates/report.en.mustache"),
      encoding: .utf8)
    #expect(english.stdout == shipped)
    let finnish = try runRollout(["report", "--print-template", "--lang", "fi"], in: dir)
    #expect(finnish.stdout.contains("**Portti: {{word}}**"))
    // With no plan at all (only the binary installed), English.
    let empty = try makeScratchFolder()
    let bare = try runRollout(["report", "--print-template"], in: empty)
    #expect(bare.status == 0)
    #expect(bare.stdout == shipped)
    // The printed template, used as a --template, gives the shipped report.
    try english.stdout.write(
      to: dir.appendingPathComponent("mine.mustache"), atomically: true, encoding: .utf8)
    let mine = try runRollout(
      ["report", "--week", "2026-W46", "--template", "mine.mustache"], in: dir)
    let plain = try runRollout(["report", "--week", "2026-W46"], in: dir)
    #expect(mine.stdout == plain.stdout)
  }
}
