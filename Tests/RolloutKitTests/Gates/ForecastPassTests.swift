import RolloutKit
import Testing

/// docs/gates.md: a phase's forecast pass is the latest week in which its required goals are
/// met or forecast — only when every required qualitative goal is met already, never on
/// hold, never under `unlock: decision`.
@Suite("Forecast pass")
struct ForecastPassTests {
  /// Phase `a` from 2026-W10: `steady` rises by 2 a week towards 20 (forecast 2026-W15),
  /// `slow` by 1 towards 20 (forecast 2026-W20), `done` is met, `words` is qualitative.
  static func evaluate(
    _ goals: [Goal], assessed: Bool = true, unlock: UnlockMode = .automatic,
    decisions: [DecisionKind] = []
  ) -> PhaseEvaluation? {
    let p = plan(unlock: unlock, [phase("a", weeks: 20, goals)])
    var j = TestJournal()
    j.series(from: "2026-W10", [10, 12, 14], "steady")
    j.series(from: "2026-W10", [10, 11, 12], "slow")
    j.series(from: "2026-W10", [30, 30, 30], "done")
    if assessed { j.assess("2026-W11", "words", .met) }
    for d in decisions { j.decide("2026-W12", "a", d) }
    return p.evaluate(j, at: "2026-W12").phase("a")
  }

  static let metrics = ["steady", "slow", "done"].map { Metric(id: $0, title: $0) }

  static func plan(unlock: UnlockMode, _ phases: [Phase]) -> Plan {
    RolloutKitTests.plan(unlock: unlock, metrics: metrics, phases)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var goals: [Goal]
    var assessed = true
    var unlock = UnlockMode.automatic
    var decisions: [DecisionKind] = []
    var pass: String?

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "the latest forecast of the required goals",
      goals: [quant("s", "steady", ">= 20"), quant("l", "slow", ">= 20"), qual("words")],
      pass: "2026-W20"),
    Case(
      name: "a met goal counts as met now",
      goals: [quant("s", "steady", ">= 20"), quant("d", "done", ">= 20")], pass: "2026-W15"),
    Case(
      name: "a goal that is not required does not hold the forecast back",
      goals: [quant("s", "steady", ">= 20"), quant("l", "slow", ">= 99", required: false)],
      pass: "2026-W15"),
    Case(
      name: "a qualitative goal still pending: no forecast pass",
      goals: [quant("s", "steady", ">= 20"), qual("words")], assessed: false, pass: nil),
    Case(
      name: "a required goal without a forecast: none",
      goals: [quant("s", "steady", ">= 20"), quant("l", "slow", "<= 0")], pass: nil),
    Case(
      name: "on hold: none", goals: [quant("s", "steady", ">= 20")], decisions: [.hold],
      pass: nil),
    Case(
      name: "unlock: decision: none", goals: [quant("s", "steady", ">= 20")],
      unlock: .decision, pass: nil),
  ]

  @Test(arguments: cases)
  func forecastPass(_ c: Case) throws {
    let phase = try #require(
      Self.evaluate(c.goals, assessed: c.assessed, unlock: c.unlock, decisions: c.decisions))
    #expect(phase.state == .active)
    #expect(phase.forecastPass == c.pass.map(wk))
  }

  @Test("a goal on hold still gets its own forecast")
  func goalsForecastOnHold() throws {
    let phase = try #require(Self.evaluate([quant("s", "steady", ">= 20")], decisions: [.hold]))
    #expect(phase.onHold)
    #expect(phase.goals[0].outlook?.forecast == wk("2026-W15"))
  }
}
