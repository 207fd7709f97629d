import Foundation
import Testing

/// Shell completion, run as bash runs it: the generated script is sourced, the command
/// line is put in COMP_WORDS, and the completion function fills COMPREPLY. The fixed
/// choices, and the plan's own ids read from the plan found as usual.
@Suite struct CompletionTests {
  /// The words bash would offer after `line` (which ends where TAB is pressed).
  func complete(_ line: String, in folder: URL) throws -> [String] {
    let script = folder.appendingPathComponent("completion.bash")
    let generated = try runRollout(["--generate-completion-script", "bash"], in: folder)
    try Data(generated.stdout.utf8).write(to: script)
    let bin = URL(fileURLWithPath: rolloutBinary).deletingLastPathComponent().path
    let driver = """
      source '\(script.path)'
      COMP_LINE='\(line)'
      COMP_POINT=${#COMP_LINE}
      read -ra COMP_WORDS <<< "$COMP_LINE"
      [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
      COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      _rollout rollout "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try runProcess(
      "/bin/bash", ["-c", driver], in: folder,
      environment: ["PATH": "\(bin):/usr/bin:/bin", "ROLLOUT_PLAN": ""], stdin: "")
    #expect(result.status == 0, "\(result.stdout)")
    return result.stdout.split(separator: "\n").map(String.init).sorted()
  }

  @Test func theFixedChoicesAreOffered() throws {
    let folder = try makeScratchFolder()
    #expect(try complete("rollout report --lang ", in: folder) == ["en", "fi", "nl"])
    #expect(try complete("rollout report --format ", in: folder).contains("json"))
    #expect(
      try complete("rollout init --template ", in: folder) == ["basic", "basic-fi", "basic-nl"])
    #expect(
      try complete("rollout decide listen ", in: folder) == ["go", "hold", "recycle", "stop"])
    #expect(try complete("rollout assess personas ", in: folder) == ["met", "not-met"])
    #expect(
      try complete("rollout note --sentiment ", in: folder) == ["negative", "neutral", "positive"])
    #expect(try complete("rollout log --kind ", in: folder).contains("retract"))
    #expect(try complete("rollout ed", in: folder) == ["edit"])
  }

  @Test func thePlansOwnIdsAreOffered() throws {
    let (folder, _) = try workspace()
    #expect(try complete("rollout decide ", in: folder) == ["pilot", "scale"])
    #expect(try complete("rollout decide pi", in: folder) == ["pilot"])
    #expect(try complete("rollout metric ", in: folder) == ["csat", "response_time_h"])
    #expect(try complete("rollout note --goal ", in: folder).contains("personas"))
    #expect(!(try complete("rollout note --goal ", in: folder)).contains("first-response"))
    #expect(try complete("rollout log --goal first", in: folder) == ["first-response"])
    #expect(try complete("rollout report --phase ", in: folder) == ["pilot", "scale"])
  }

  @Test func thePlanNamedOnTheCommandLineIsRead() throws {
    let folder = try makeScratchFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("other"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: fixture("journal/plan.yaml"), to: folder.appendingPathComponent("other/p.yaml"))
    #expect(try complete("rollout decide --plan other/p.yaml ", in: folder) == ["pilot", "scale"])
    #expect(try complete("rollout decide ", in: folder) == [])
  }

  @Test func aBrokenPlanGivesNothingAndNoNoise() throws {
    let folder = try makeScratchFolder()
    let plans = folder.appendingPathComponent("Plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try Data("plan: [unclosed\n".utf8).write(to: plans.appendingPathComponent("plan.yaml"))
    #expect(try complete("rollout metric ", in: folder) == [])
  }

  @Test func fileNamesAreOfferedForFiles() throws {
    let (folder, _) = try workspace()
    try Data("week,metric,value\n".utf8).write(to: folder.appendingPathComponent("export.csv"))
    #expect(try complete("rollout import ex", in: folder) == ["export.csv"])
    #expect(try complete("rollout check --plan Plans/pl", in: folder) == ["Plans/plan.yaml"])
  }
}
