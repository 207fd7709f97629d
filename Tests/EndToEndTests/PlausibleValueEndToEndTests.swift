import Foundation
import Testing

/// docs/plan.md `range:`: `rollout metric` and `rollout import` refuse a value outside its
/// metric's plausible values, in the user's language, and write nothing, unless `--force`.
@Suite struct PlausibleValueEndToEndTests {
  static let plan = """
    plan: Asiakasdialogi
    starts: 2.11.2026
    metrics:
      tyytyvaisyys:
        title: Tyytyväisyys
        range: [1, 5]
    phases:
      - id: pilotti
        title: Pilotti
        weeks: 4
        goals:
          - id: tyytyvaiset
            title: Asiakkaat tyytyväisiä
            metric: tyytyvaisyys
            target: ">= 4"

    """

  func workspace(_ name: String = #function) throws -> URL {
    let folder = try makeScratchFolder(name)
    let plans = folder.appendingPathComponent("Plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try Data(Self.plan.utf8).write(to: plans.appendingPathComponent("plan.yaml"))
    return folder
  }

  func journal(_ folder: URL) -> String {
    (try? String(
      contentsOf: folder.appendingPathComponent("Plans/plan.journal.yaml"), encoding: .utf8))
      ?? ""
  }

  @Test func metricRefusesAValueOutsideInTheUsersLanguageAndWritesNothing() throws {
    let folder = try workspace()
    let fi = try runRollout(
      ["metric", "tyytyvaisyys", "45"], in: folder, environment: ["LANG": "fi_FI.UTF-8"])
    #expect(fi.status == 1)
    #expect(
      fi.stderr.contains("tyytyvaisyys 45 on uskottavan välin 1…5 ulkopuolella"), "\(fi.stderr)")
    let nl = try runRollout(
      ["metric", "tyytyvaisyys", "0,5"], in: folder, environment: ["LANG": "nl_NL.UTF-8"])
    #expect(nl.stderr.contains("tyytyvaisyys 0,5 valt buiten 1…5"), "\(nl.stderr)")
    #expect(journal(folder).isEmpty)
    let forced = try runRollout(["metric", "tyytyvaisyys", "45", "--force"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(journal(folder).contains("value: 45"))
  }

  @Test func importRefusesTheWholeFileForOneValueOutside() throws {
    let folder = try workspace()
    try Data("week;metric;value\n2026-W46;tyytyvaisyys;4,2\n2026-W47;tyytyvaisyys;42\n".utf8)
      .write(to: folder.appendingPathComponent("arvot.csv"))
    let r = try runRollout(["import", "arvot.csv"], in: folder, environment: ["LANG": "C"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("arvot.csv:3: error: tyytyvaisyys 42 is outside 1…5"), "\(r.stderr)")
    #expect(journal(folder).isEmpty)
    let forced = try runRollout(["import", "arvot.csv", "--force"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(journal(folder).contains("value: 42"))
  }

  @Test func checkLocatesARangeThatIsNotTwoNumbersLowestFirst() throws {
    let folder = try workspace()
    let broken = Self.plan.replacingOccurrences(of: "range: [1, 5]", with: "range: [5, yksi]")
    try Data(broken.utf8).write(to: folder.appendingPathComponent("Plans/plan.yaml"))
    let r = try runRollout(["check"], in: folder, environment: ["LANG": "fi_FI.UTF-8"])
    #expect(r.status == 1)
    #expect(
      r.stderr.contains(
        "Plans/plan.yaml:6:16: error: avaimen 'range' arvon pitää olla kaksi lukua, pienin ja suurin, mutta tässä on 'yksi'"
      ), "\(r.stderr)")
  }
}
