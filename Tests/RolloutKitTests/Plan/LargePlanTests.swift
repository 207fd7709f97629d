import Foundation
import Testing

@testable import RolloutKit

/// A plan of 20,000 phases is read, evaluated and reported in time linear in its size.
/// Reading it was quadratic three times over: the YAML layer copied the list of phases at
/// every phase, the loader compared each id with every id before it, and each text value
/// counted the plan's lines from the top to look for a comment.
struct LargePlanTests {
  /// A plan of `phases` one-week phases, each with a qualitative and a quantitative goal.
  static func planText(phases: Int) -> String {
    var text =
      "plan: Big plan\nstarts: 2026-11-02\nmetrics:\n  csat: {title: Satisfaction}\nphases:\n"
    for i in 0..<phases {
      text += """
          - id: p\(i)
            title: Phase \(i)
            weeks: 1
            goals:
              - {id: g\(i), title: Goal \(i), evidence: 1}
              - {id: m\(i), title: Metric \(i), metric: csat, target: ">= 4"}

        """
    }
    return text
  }

  /// Seconds to read, evaluate and build the report of a plan of `phases` phases, the
  /// fastest of two runs (a busy machine's pause counts less).
  func seconds(phases: Int) throws -> Double {
    let bytes = Array(Self.planText(phases: phases).utf8)
    let week = ISOWeek(year: 2026, week: 48)!
    let clock = ContinuousClock()
    var loaded: Plan?
    var phasesReported = 0
    let runs = (0..<2).map { _ in
      clock.measure {
        loaded = PlanLoader.decode(bytes, file: "big.yaml").0
        guard let plan = loaded else { return }
        let evaluation = GateEngine.evaluate(plan: plan, entries: [Entry](), week: week)
        let report = ReportBuilder.build(
          evaluation: evaluation, entries: [Entry](), phase: "p3", language: .en)
        phasesReported = evaluation.phases.count
        _ = report
      }
    }
    #expect(loaded?.phases.count == phases)
    #expect(loaded?.goal("m\(phases - 1)")?.phase.id == "p\(phases - 1)")
    #expect(phasesReported == phases)
    let fastest = runs.min()!
    return Double(fastest.components.seconds) + Double(fastest.components.attoseconds) / 1e18
  }

  @Test func twentyThousandPhasesTakeTimeLinearInTheirNumber() throws {
    let small = try seconds(phases: 5_000)
    let large = try seconds(phases: 20_000)
    // Four times the phases: linear is about four times the time; quadratic sixteen.
    #expect(large / small < 8, "5,000 phases: \(small) s, 20,000 phases: \(large) s")
  }

  @Test func aPhaseIdUsedTwiceInALargePlanIsStillNamedWithItsFirstLine() {
    let text =
      Self.planText(phases: 3)
      + Self.planText(phases: 1).split(
        separator: "phases:\n", maxSplits: 1)[1]
    let (_, diagnostics) = PlanLoader.decode(Array(text.utf8), file: "big.yaml")
    let messages = diagnostics.map(\.message)
    #expect(messages.contains { $0.contains("'p0'") && $0.contains("line 6") }, "\(messages)")
  }
}
