import Foundation
import TestSupport
import Testing

/// `rollout edit` with editor scripts, `rollout schema` and the hint `rollout init` writes.
@Suite struct EditAndSchemaTests {
  /// A workspace with the journal test plan, and an editor script that runs `body` on the
  /// file it is given ("$1").
  func setUp(_ body: String, name: String = #function) throws -> (
    folder: URL, plan: String, editor: String
  ) {
    let (folder, _) = try workspace(name)
    let script = folder.appendingPathComponent("editor.sh")
    try Data("set -e\nfile=\"$1\"\n\(body)\n".utf8).write(to: script)
    return (folder, folder.appendingPathComponent("Plans/plan.yaml").path, "sh \(script.path)")
  }

  func leftovers(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Plans").path)
      .filter { $0.hasPrefix(".") }
  }

  @Test func aCleanEditReplacesThePlanAndKeepsItsMode() throws {
    let (folder, plan, editor) = try setUp("sed -i 's/^plan: .*/plan: Renamed rollout/' \"$file\"")
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: plan)
    let result = try runRollout(["edit"], in: folder, environment: ["EDITOR": editor])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Plans/plan.yaml: saved; the plan checks clean\n")
    #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("plan: Renamed rollout"))
    let mode = try FileManager.default.attributesOfItem(atPath: plan)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try leftovers(folder).isEmpty)
  }

  @Test func anEditWithErrorsIsKeptBesideAndThePlanStays() throws {
    let (folder, plan, editor) = try setUp("sed -i '0,/weeks: 4/s//weeks: four/' \"$file\"")
    let before = try String(contentsOfFile: plan, encoding: .utf8)
    #expect(before.contains("weeks: 4"))
    let result = try runRollout(
      ["edit"], in: folder, environment: ["VISUAL": editor, "EDITOR": "false"])
    #expect(result.status == 1)
    #expect(try String(contentsOfFile: plan, encoding: .utf8) == before)
    let kept = plan + ".edited"
    #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("weeks: four"))
    #expect(result.stderr.contains("Plans/plan.yaml.edited:"))
    #expect(result.stderr.contains("error: 'weeks' must be a whole number, but this is 'four'"))
    #expect(
      result.stderr.contains(
        "Plans/plan.yaml is unchanged: your version has 1 error. It is kept in Plans/plan.yaml.edited"
      ))
    #expect(try leftovers(folder).isEmpty)
  }

  @Test func theNextEditGoesOnFromTheKeptVersion() throws {
    let (folder, plan, editor) = try setUp("sed -i '0,/weeks: 4/s//weeks: four/' \"$file\"")
    #expect(try runRollout(["edit"], in: folder, environment: ["EDITOR": editor]).status == 1)
    let mend = folder.appendingPathComponent("mend.sh")
    try Data("sed -i 's/weeks: four/weeks: 5/' \"$1\"\n".utf8).write(to: mend)
    let again = try runRollout(["edit"], in: folder, environment: ["EDITOR": "sh \(mend.path)"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stderr.contains("going on from your version in Plans/plan.yaml.edited"))
    #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("weeks: 5"))
    #expect(!FileManager.default.fileExists(atPath: plan + ".edited"))
  }

  @Test func anEditThatTheJournalContradictsIsRefused() throws {
    let (folder, plan, editor) = try setUp("sed -i 's/id: personas/id: persona-cards/' \"$file\"")
    let note = try runRollout(["note", "Cards printed", "--goal", "personas"], in: folder)
    #expect(note.status == 0, "\(note.stderr)")
    let before = try String(contentsOfFile: plan, encoding: .utf8)
    let result = try runRollout(["edit"], in: folder, environment: ["EDITOR": editor])
    #expect(result.status == 1)
    #expect(result.stderr.contains("plan.journal.yaml:1:"))
    #expect(result.stderr.contains("personas"))
    #expect(try String(contentsOfFile: plan, encoding: .utf8) == before)
  }

  @Test func aFailingEditorLeavesEverythingAsItWas() throws {
    let (folder, plan, editor) = try setUp("echo 'plan: half' > \"$file\"\nexit 3")
    let before = try String(contentsOfFile: plan, encoding: .utf8)
    let result = try runRollout(["edit"], in: folder, environment: ["EDITOR": editor])
    #expect(result.status == 1)
    #expect(result.stderr.contains("failed (exit 3); the plan is unchanged"))
    #expect(try String(contentsOfFile: plan, encoding: .utf8) == before)
    #expect(!FileManager.default.fileExists(atPath: plan + ".edited"))
    #expect(try leftovers(folder).isEmpty)
  }

  @Test func anEditorThatDoesNotExistIsNamed() throws {
    let (folder, _, _) = try setUp("true")
    let result = try runRollout(["edit"], in: folder, environment: ["EDITOR": "no-such-editor-xyz"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("cannot start the editor 'no-such-editor-xyz'; the plan is unchanged"))
  }

  @Test func noEditorAndNoTerminalIsAUsageError() throws {
    let (folder, _, _) = try setUp("true")
    let result = try runRollout(["edit"], in: folder, environment: ["VISUAL": "", "EDITOR": ""])
    #expect(result.status == 64)
    #expect(result.stderr.contains("no editor: set VISUAL or EDITOR"))
  }

  @Test func anUnchangedPlanSaysSo() throws {
    let (folder, _, editor) = try setUp("true")
    let result = try runRollout(["edit"], in: folder, environment: ["EDITOR": editor])
    #expect(result.status == 0)
    #expect(result.stdout == "Plans/plan.yaml: no changes\n")
    #expect(try leftovers(folder).isEmpty)
  }

  /// On a terminal (`script` gives the command one), errors lead to the question.
  @Test(arguments: [
    ("e\n", 0, "saved; the plan checks clean"),
    ("k\n", 0, "saved with 1 error"),
    ("q\n", 1, "It is kept in Plans/plan.yaml.edited"),
  ])
  func onATerminalThePersonChooses(_ answer: String, _ status: Int32, _ says: String) throws {
    // The first run breaks the plan; a second run (after "e") mends it.
    let (folder, plan, editor) = try setUp(
      """
      if [ -e "$file.once" ]; then sed -i 's/weeks: four/weeks: 5/' "$file"
      else sed -i '0,/weeks: 4/s//weeks: four/' "$file"; touch "$file.once"; fi
      """, name: "terminal\(answer.first!)")
    let binary = rolloutBinary
    let result = try runProcess(
      "/usr/bin/script", ["-qec", "\(binary) edit", "/dev/null"], in: folder,
      environment: ["EDITOR": editor, "ROLLOUT_TODAY": "2026-11-25", "NO_COLOR": "1"],
      stdin: answer)
    #expect(result.status == status, "\(result.stdout)")
    #expect(result.stdout.contains("(e)dit again, (k)eep anyway, (q)uit?"))
    #expect(result.stdout.contains(says))
    let text = try String(contentsOfFile: plan, encoding: .utf8)
    #expect(text.contains("weeks: four") == (answer == "k\n"))
    #expect(text.contains("weeks: 5") == (answer == "e\n"))
  }

  @Test func schemaIsPrintedAndInitWritesItBesideThePlanWithTheHint() throws {
    let folder = try makeScratchFolder()
    let schema = try runRollout(["schema"], in: folder)
    #expect(schema.status == 0)
    #expect(schema.stdout.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
    let result = try runRollout(["init"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Wrote Plans/rollout.schema.json"))
    let plan = try String(
      contentsOf: folder.appendingPathComponent("Plans/plan.yaml"), encoding: .utf8)
    #expect(plan.hasPrefix("# yaml-language-server: $schema=./rollout.schema.json\n"))
    let written = try String(
      contentsOf: folder.appendingPathComponent("Plans/rollout.schema.json"), encoding: .utf8)
    #expect(written == schema.stdout)
    #expect(try runRollout(["check"], in: folder).status == 0)
  }
}

/// Runs any program, for the tests that need one around `rollout` (a terminal, a shell).
func runProcess(
  _ executable: String, _ arguments: [String], in directory: URL, environment: [String: String],
  stdin: String
) throws -> (status: Int32, stdout: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.currentDirectoryURL = directory
  var env = [
    "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TERM": "dumb",
  ]
  env.merge(environment) { _, new in new }
  process.environment = env
  let out = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = out
  process.standardInput = input
  try launch(process)
  input.fileHandleForWriting.write(Data(stdin.utf8))
  try input.fileHandleForWriting.close()
  let data = out.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
