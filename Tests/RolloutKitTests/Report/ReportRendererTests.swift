import Foundation
import Testing

@testable import RolloutKit

/// Filling templates: no HTML escaping, parse errors located, JSON stable.
struct ReportRendererTests {
  static let report = ReportBuilder.build(
    evaluation: ReportFixture.evaluation(), entries: ReportFixture.entries(), phase: "pilot",
    language: .en)

  @Test func aUserTemplateWithoutPragmaIsNotHTMLEscaped() throws {
    var report = Self.report
    report.plan = "R&D \"web\" <b>"
    let out = try ReportRenderer.markdown(report, template: "{{plan}} / {{week}}\n", file: "t")
    #expect(out == "R&D \"web\" <b> / 2026-W48\n")
  }

  @Test func aTemplateWithThePragmaRendersTheSame() throws {
    let out = try ReportRenderer.markdown(
      Self.report, template: "{{% CONTENT_TYPE: TEXT}}\n{{verdict.word}}\n", file: "t")
    #expect(out == "NOT YET\n")
  }

  @Test func aBrokenTemplateIsReportedWithItsLine() {
    #expect {
      try ReportRenderer.markdown(
        Self.report, template: "line one\n{{#phases}}\n", file: "my.mustache")
    } throws: { error in
      let d = (error as? DiagnosticsError)?.diagnostics.first
      return d?.file == "my.mustache" && d?.line != nil
        && d?.message.contains("never closed") == true
    }
  }

  @Test func jsonIsTheModelWithSortedKeys() throws {
    let json = ReportRenderer.json(Self.report)
    #expect(json == ReportRenderer.json(Self.report))
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded == Self.report)
    #expect(json.contains("\"verdict\" : {"))
  }

  @Test(arguments: Language.allCases)
  func everyLanguageHasAShippedTemplate(language: Language) throws {
    let template = ReportRenderer.defaultTemplate(for: language)
    #expect(template.contains("{{verdict") || template.contains("{{#verdict}}"))
    let out = try ReportRenderer.markdown(Self.report, template: template, file: "t")
    #expect(out.hasPrefix("# Web strategy rollout: Pilot on chat\n"))
    #expect(!out.contains("{{"))
    #expect(!out.contains("\n\n\n"))
  }
}
