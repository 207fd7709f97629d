import Foundation
import TestSupport
import Testing

@testable import RolloutKit

/// docs/plan.md: every plan error is reported compiler-style with line, column and a fix.
@Suite struct PlanDiagnosticsTests {
  /// The broken plans under `Tests/Fixtures/plans/diagnostics/`: each `NAME.yaml` beside
  /// `NAME.expected`, every diagnostic it must produce as `rollout check` prints them.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/plans/diagnostics")

  static let brokenPlans: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()

  @Test(arguments: brokenPlans)
  func reportsEveryProblemWhereItIs(_ name: String) throws {
    let yaml = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".yaml"))
    let (_, diagnostics) = PlanLoader.decode(Array(yaml), file: name + ".yaml")
    assertSnapshot(
      DiagnosticPrinter(colour: false).format(diagnostics) + "\n",
      at: Self.folder.appendingPathComponent(name + ".expected"))
  }

  @Test func everyBrokenPlanIsThere() {
    #expect(Self.brokenPlans.count >= 29)
  }

  /// The start of a plan whose last line is `goals:`.
  static let header = """
    plan: Test plan
    starts: 2026-08-31
    metrics:
      csat:
        title: Customer satisfaction
    objectives:
      - id: fast
        title: Fast answers
    phases:
      - id: listen
        title: Listen
        weeks: 4
        goals:

    """

  /// A plan whose only goal is `goal` (indented as a list item under `goals:`).
  static func plan(goal: String) -> String { header + goal }

  @Test func everyProblemIsReportedAtOnceInFileOrder() {
    let yaml = """
      plan: X
      starts: 2026-13-01
      colour: blue
      phases:
        - id: a
          title: A
          weeks: -1
          goals:
            - id: g
              title: G
              metric: nope
              target: "<= 1"
      """
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(plan == nil)
    #expect(diagnostics.count == 4)
    #expect(diagnostics.map(\.line) == [2, 3, 7, 11])
  }

  @Test(arguments: [
    ("", "the plan is empty"),
    ("   \n\n# only a comment\n", "the plan is empty"),
    ("plan: X\u{0}\n", "the file contains a NUL byte: it looks binary, not text"),
  ])
  func emptyAndBinaryFilesGetADiagnostic(_ text: String, _ message: String) {
    let (plan, diagnostics) = PlanLoader.decode(Array(text.utf8), file: "p.yaml")
    #expect(plan == nil)
    #expect(diagnostics.map(\.message) == [message])
  }

  @Test func invalidUTF8IsLocated() {
    var bytes = Array("plan: X\nowner: ".utf8)
    bytes += [0x4A, 0xE4, 0x72, 0x76, 0x69]  // "Järvi" in Latin-1
    let (_, diagnostics) = PlanLoader.decode(bytes, file: "p.yaml")
    #expect(diagnostics.count == 1)
    #expect(diagnostics[0].line == 2)
    #expect(diagnostics[0].column == 9)
    #expect(diagnostics[0].message.hasPrefix("the file is not valid UTF-8 text"))
  }

  @Test func aValidPlanDecodesEveryField() throws {
    let yaml =
      Self.header
        + """
              - id: personas
                title: Personas in use
                description: Everyone can name the persona.
                evidence: 2
                serves: [fast]
                required: false
              - id: csat-goal
                title: Satisfied
                metric: csat
                target: ">= 4.2"
                window: 4
                weeks-met: 3
                baseline: 3.5
                channel: chat
        """
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let p = try #require(plan)
    #expect(p.title == "Test plan")
    #expect(p.starts == CalendarDate(year: 2026, month: 8, day: 31))
    #expect(p.language == .en && p.unlock == .automatic)
    let goals = p.phases[0].goals
    #expect(goals[0].kind == .qualitative(evidence: 2))
    #expect(goals[0].serves == ["fast"] && goals[0].required == false)
    #expect(
      goals[1].measure
        == Measure(
          metric: "csat", target: Target(.greaterOrEqual, 4.2), window: 4, rule: .weeksMet(3),
          baseline: 3.5, channel: "chat"))
  }

  /// Finnish and Dutch write `4,5` and type `≥`; the plan accepts both.
  @Test func decimalCommasAndMathSignsAreAccepted() throws {
    let yaml = Self.plan(
      goal: """
              - id: g
                title: G
                metric: csat
                target: "≥ 4,5"
                baseline: 3,5

        """)
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let measure = try #require(plan?.phases[0].goals[0].measure)
    #expect(measure.target == Target(.greaterOrEqual, 4.5))
    #expect(measure.baseline == 3.5)
    #expect(Target("≤ 24") == Target(.lessOrEqual, 24))
    #expect(Target("= 0") == Target(.equal, 0))
  }

  @Test func aFourMegabyteCommentStillLoads() {
    let comment = "# " + String(repeating: "x", count: 4_000_000) + "\n"
    let yaml = comment + Self.plan(goal: "      - id: g\n        title: G\n")
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(plan != nil)
    #expect(diagnostics.isEmpty)
  }
}
