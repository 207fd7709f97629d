import Foundation
import TestSupport
import Testing

@testable import RolloutKit

/// The rendered reports on the fixture plan and journal (`Tests/Fixtures/report/`),
/// compared byte for byte with `Tests/RolloutKitTests/Snapshots/`. Re-record after an
/// intended change with `ROLLOUT_RECORD=1 swift test --filter ReportSnapshotTests` (the run
/// fails while recording; look at the diff, then run again).
struct ReportSnapshotTests {
  static let testsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let fixture = testsFolder.appendingPathComponent("Fixtures/report/rollout.yaml").path
  static let snapshots = testsFolder.appendingPathComponent("RolloutKitTests/Snapshots")

  /// The fixture's report, read through the real plan loader, journal reader and engine.
  static func render(
    week: String, phase: String? = nil, language: Language, entries: [Entry]? = nil,
    format: ReportFormat = .markdown, fixture: String = fixture
  ) throws -> String {
    let plan = try PlanLoader.load(path: fixture)
    let journal = PlanLocator.journalPath(planPath: fixture, journalKey: plan.journal)
    let all = try entries.map(EntryStore.init) ?? Journal.load(path: journal, plan: plan)
    let evaluation = GateEngine.evaluate(plan: plan, entries: all, week: ISOWeek(week)!)
    let report = ReportBuilder.build(
      evaluation: evaluation, entries: all,
      phase: try ReportBuilder.phase(phase, in: evaluation), language: language,
      markup: format.markup)
    let template = ReportRenderer.defaultTemplate(for: language, format: format)
    switch format {
    case .json: return ReportRenderer.json(report)
    case .text: return ReportRenderer.text(report)
    case .html: return try ReportRenderer.html(report, template: template, file: "template")
    case .markdown: return try ReportRenderer.markdown(report, template: template, file: "template")
    }
  }

  static func assertSnapshot(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    TestSupport.assertSnapshot(
      text, at: snapshots.appendingPathComponent(name), sourceLocation: sourceLocation)
  }

  /// W46: 'scale' is active and overdue, 'pilot' passed by an overriding go.
  @Test(arguments: Language.allCases)
  func activeOverduePhase(language: Language) throws {
    let text = try Self.render(week: "2026-W46", language: language)
    Self.assertSnapshot(text, named: "scale-w46.\(language.rawValue).md")
  }

  /// W47: the plan is stopped during 'scale'.
  @Test(arguments: Language.allCases)
  func stoppedPhase(language: Language) throws {
    let text = try Self.render(week: "2026-W47", language: language)
    Self.assertSnapshot(text, named: "scale-w47-stopped.\(language.rawValue).md")
  }

  /// 'pilot' passed by a go decision although its goals were not all met.
  @Test func overriddenPhase() throws {
    let text = try Self.render(week: "2026-W46", phase: "pilot", language: .en)
    Self.assertSnapshot(text, named: "pilot-w46-overridden.en.md")
  }

  @Test func passedPhaseAndJSON() throws {
    try Self.assertSnapshot(
      Self.render(week: "2026-W46", phase: "listen", language: .nl), named: "listen-w46.nl.md")
    try Self.assertSnapshot(
      Self.render(week: "2026-W46", language: .en, format: .json), named: "scale-w46.en.json")
  }

  /// docs/reports.md: a past week's report does not change when later entries are added.
  @Test func aPastWeeksReportIsUnchangedByLaterEntries() throws {
    let plan = try PlanLoader.load(path: Self.fixture)
    let journal = PlanLocator.journalPath(planPath: Self.fixture, journalKey: plan.journal)
    let all = Array(try Journal.load(path: journal, plan: plan))
    let upToW45 = all.filter { $0.week <= ISOWeek("2026-W45")! }
    for language in Language.allCases {
      let before = try Self.render(week: "2026-W45", language: language, entries: upToW45)
      let after = try Self.render(week: "2026-W45", language: language, entries: all)
      #expect(before == after)
    }
  }
}
