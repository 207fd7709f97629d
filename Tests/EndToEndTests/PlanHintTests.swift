import Foundation
import Testing

/// When no plan is found, rollout says where one probably is, in the user's language: a
/// YAML file here that looks like a plan under another name, or a plan in a folder above.
@Suite struct PlanHintTests {
  static let plan = "plan: Asiakasdialogi\nstarts: 2.11.2026\nphases:\n  - id: pilotti\n"

  func write(_ text: String, to path: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test(
    "a plan under another name in this folder is named, with --plan and Plans/",
    arguments: [
      (
        "C",
        "fix: 'strategia.yaml' in this folder looks like a plan: name it with --plan strategia.yaml"
      ),
      ("fi_FI.UTF-8", "korjaus: tämän kansion 'strategia.yaml' näyttää suunnitelmalta"),
      ("nl_NL.UTF-8", "oplossing: 'strategia.yaml' in deze map lijkt een plan"),
    ])
  func planHere(locale: String, expected: String) throws {
    let folder = try makeScratchFolder(#function + locale)
    try write(Self.plan, to: "strategia.yaml", in: folder)
    try write("nimi: ei suunnitelma\n", to: "muistio.yaml", in: folder)
    let r = try runRollout(["status"], in: folder, environment: ["LANG": locale])
    #expect(r.status == 1)
    #expect(r.stderr.contains(expected), "\(r.stderr)")
  }

  @Test(
    "a plan in a folder above is named with the way back to it",
    arguments: [
      (
        "C", "fix: '../../Plans/plan.yaml' looks like the plan: run rollout from '../..' (cd ../..)"
      ),
      (
        "fi_FI.UTF-8",
        "korjaus: '../../Plans/plan.yaml' näyttää suunnitelmalta: aja rollout kansiosta '../..'"
      ),
      (
        "nl_NL.UTF-8",
        "oplossing: '../../Plans/plan.yaml' lijkt het plan: start rollout vanuit '../..'"
      ),
    ])
  func planAbove(locale: String, expected: String) throws {
    let folder = try makeScratchFolder(#function + locale)
    try write(Self.plan, to: "Plans/plan.yaml", in: folder)
    try write("raportti\n", to: "raportit/vko48/lue.txt", in: folder)
    let r = try runRollout(
      ["status"], in: folder.appendingPathComponent("raportit/vko48"),
      environment: ["LANG": locale])
    #expect(r.status == 1)
    #expect(r.stderr.contains(expected), "\(r.stderr)")
  }

  @Test("a YAML file that is not a plan gives no hint, only how to start")
  func nothingNear() throws {
    let folder = try makeScratchFolder()
    try write("nimi: ei suunnitelma\n", to: "muistio.yaml", in: folder)
    let r = try runRollout(["status"], in: folder)
    #expect(r.status == 1)
    #expect(r.stderr.contains("fix: run 'rollout init' to write a starter plan"), "\(r.stderr)")
  }
}
