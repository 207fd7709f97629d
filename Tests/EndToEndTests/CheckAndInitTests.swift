import Foundation
import TestSupport
import Testing

/// `rollout check` and `rollout init` through the built binary (docs/journal.md).
@Suite struct CheckAndInitTests {
  @Test(arguments: ["verkkostrategia.yaml", "multichannel-service.yaml", "medewerkersstem.yaml"])
  func shippedPlansPassCheck(_ name: String) throws {
    let result = try runRollout(["check", "--plan", "Plans/\(name)"], in: packageRoot)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "")
  }

  @Test func checkPrintsEveryProblemCompilerStyle() throws {
    let folder = try makeScratchFolder()
    try FileManager.default.copyItem(
      at: fixture("plans/broken.yaml"), to: folder.appendingPathComponent("broken.yaml"))
    let result = try runRollout(["check", "--plan", "broken.yaml"], in: folder)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    assertSnapshot(result.stderr, at: fixture("plans/broken.expected"))
  }

  @Test func planIsFoundInPlansFolderOrByEnvironment() throws {
    let folder = try makeScratchFolder()
    let initResult = try runRollout(["init"], in: folder)
    #expect(initResult.status == 0, "\(initResult.stderr)")
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("Plans/plan.yaml").path))
    #expect(try runRollout(["check"], in: folder).status == 0)

    // A journal beside it is not a second plan.
    try Data().write(to: folder.appendingPathComponent("Plans/plan.journal.yaml"))
    #expect(try runRollout(["check"], in: folder).status == 0)

    // Two plans: an error that lists them.
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("Plans/plan.yaml"),
      to: folder.appendingPathComponent("Plans/other.yaml"))
    let two = try runRollout(["check"], in: folder)
    #expect(two.status == 1)
    #expect(
      two.stderr.contains("more than one plan in ./Plans/: Plans/other.yaml, Plans/plan.yaml"))

    // ROLLOUT_PLAN chooses.
    let chosen = try runRollout(
      ["check"], in: folder, environment: ["ROLLOUT_PLAN": "Plans/other.yaml"])
    #expect(chosen.status == 0, "\(chosen.stderr)")
  }

  @Test func noPlanAnywhereSaysHowToStart() throws {
    let result = try runRollout(["check"], in: try makeScratchFolder())
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: no plan found: there is no --plan, no ROLLOUT_PLAN and no plan in ./Plans/\n"
        + "  fix: run 'rollout init' to write a starter plan, or name one with --plan PATH\n")
  }

  @Test func missingPlanFileIsNamed() throws {
    let result = try runRollout(["check", "--plan", "nope.yaml"], in: try makeScratchFolder())
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("nope.yaml: error: the plan file named by --plan does not exist"))
  }

  @Test func initStartsThePlanThisWeekAndNeverOverwrites() throws {
    let folder = try makeScratchFolder()
    let first = try runRollout(
      ["init", "p.yaml", "--template", "basic-fi"], in: folder, today: "2026-11-25")
    #expect(first.status == 0)
    let path = folder.appendingPathComponent("p.yaml")
    let text = try String(contentsOf: path, encoding: .utf8)
    #expect(text.contains("starts: 2026-11-23"))
    #expect(text.contains("language: fi"))

    try Data("my own plan\n".utf8).write(to: path)
    let second = try runRollout(["init", "p.yaml"], in: folder)
    #expect(second.status == 1)
    #expect(
      second.stderr.contains("a file already exists here; rollout never overwrites it unasked"))
    #expect(try String(contentsOf: path, encoding: .utf8) == "my own plan\n")

    let forced = try runRollout(["init", "p.yaml", "--force"], in: folder)
    #expect(forced.status == 0)
    #expect(try String(contentsOf: path, encoding: .utf8).contains("language: en"))
  }

  @Test func initIntoAFolderAsksForAFileName() throws {
    let folder = try makeScratchFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Plans"), withIntermediateDirectories: true)
    let result = try runRollout(["init", "Plans"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Plans: error: this is a folder; rollout init needs the path of the plan file\n"
        + "  fix: name the file, for example Plans/plan.yaml\n")
  }

  @Test func unknownTemplateIsAUsageError() throws {
    let result = try runRollout(
      ["init", "x.yaml", "--template", "basci"], in: try makeScratchFolder())
    #expect(result.status == 64)
    #expect(
      result.stderr.contains("There is no starter plan called 'basci'. Did you mean 'basic'?"))
  }

  @Test func badTodayIsExplained() throws {
    let result = try runRollout(
      ["init", "x.yaml"], in: try makeScratchFolder(), today: "25.11.2026")
    #expect(result.status == 1)
    #expect(result.stderr.contains("ROLLOUT_TODAY is '25.11.2026', which is not a date"))
  }

  @Test(arguments: [
    ("empty.yaml", Data(), "empty.yaml:1:1: error: the plan is empty"),
    (
      "binary.yaml", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x01]),
      "binary.yaml:1:6: error: the file contains a NUL byte"
    ),
    (
      "latin1.yaml", Data([0x70, 0x6C, 0x61, 0x6E, 0x3A, 0x20, 0xE4, 0x0A]),
      "latin1.yaml:1:7: error: the file is not valid UTF-8 text"
    ),
  ])
  func hostileFilesGetADiagnosticNotACrash(_ name: String, _ data: Data, _ message: String) throws {
    let folder = try makeScratchFolder()
    try data.write(to: folder.appendingPathComponent(name))
    let result = try runRollout(["check", "--plan", name], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
  }

  @Test func helpIsInWholeSentences() throws {
    let result = try runRollout(["check", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Validate the plan and the journal"))
  }
}
