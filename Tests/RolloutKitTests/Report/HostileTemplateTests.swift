import Foundation
import Testing

@testable import RolloutKit

/// A `--template` cannot crash `rollout` or keep it busy: a clear error past the nesting
/// limit, and rendering that grows with the output, not with the template's nesting.
struct HostileTemplateTests {
  static let report = ReportRendererTests.report

  func render(_ template: String) throws -> String {
    try ReportRenderer.markdown(Self.report, template: template, file: "hostile.mustache")
  }

  func firstDiagnostic(_ template: String) -> Diagnostic? {
    do {
      _ = try render(template)
      return nil
    } catch {
      return (error as? DiagnosticsError)?.diagnostics.first
    }
  }

  @Test(arguments: [101, 3_000, 100_000])
  func sectionsNestedTooDeepAreAnErrorAtTheFirstTagPastTheLimit(_ depth: Int) {
    let template =
      "Title\n" + String(repeating: "{{#hasNext}}", count: depth) + "x"
      + String(repeating: "{{/hasNext}}", count: depth)
    let d = firstDiagnostic(template)
    #expect(d?.line == 2)
    #expect(d?.column == 1 + 100 * 12)
    #expect(d?.message == "the template nests sections more than 100 deep")
  }

  @Test func aChangedDelimiterDoesNotHideTheNesting() {
    let template =
      "{{=<% %>=}}\n" + String(repeating: "<%#hasNext%>", count: 3_000) + "x"
      + String(repeating: "<%/hasNext%>", count: 3_000)
    #expect(firstDiagnostic(template)?.message == "the template nests sections more than 100 deep")
  }

  @Test func aHundredNestedSectionsStillRender() throws {
    let template =
      String(repeating: "{{#hasNext}}", count: 100) + "x"
      + String(repeating: "{{/hasNext}}", count: 100)
    #expect(try render(template) == "x")
  }

  @Test func aListInsideItselfFiveHundredTimesStopsWithAnErrorInTime() {
    let template =
      String(repeating: "{{#phases}}", count: 100) + "{{title}}"
      + String(repeating: "{{/phases}}", count: 100)
    let clock = ContinuousClock()
    var d: Diagnostic?
    let took = clock.measure { d = firstDiagnostic(template) }
    #expect(
      d?.message.contains("repeats its list sections more than") == true, "\(String(describing: d))"
    )
    #expect(took < .seconds(30))
  }

  /// The seconds `lines` lines of tags take to render, the fastest of two runs (a busy
  /// machine's pause counts less), after checking what they render to.
  func renderTime(lines: Int) throws -> Double {
    let template = String(
      repeating: "{{plan}} {{verdict.word}} {{#phase}}{{title}}{{/phase}}\n", count: lines)
    let clock = ContinuousClock()
    var out = ""
    let runs = try (0..<2).map { _ in try clock.measure { out = try render(template) } }
    #expect(out.hasPrefix("Web strategy rollout NOT YET Pilot"), "\(out.prefix(80))")
    #expect(out.split(separator: "\n").count == lines)
    let fastest = runs.min()!
    return Double(fastest.components.seconds) + Double(fastest.components.attoseconds) / 1e18
  }

  /// Rendering grows with the template, not with its square (the library's own parse took
  /// minutes for 20,000 tags): four times the tags take about four times as long, never
  /// sixteen. A ratio, not a time limit, so that a slow machine cannot fail it.
  @Test func twentyThousandTagsRenderInTimeLinearInTheirNumber() throws {
    let small = try renderTime(lines: 5_000)
    let large = try renderTime(lines: 20_000)
    #expect(large / small < 8, "5,000 lines: \(small) s, 20,000 lines: \(large) s")
  }
}
