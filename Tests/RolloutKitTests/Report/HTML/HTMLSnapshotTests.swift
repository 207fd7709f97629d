import Testing

@testable import RolloutKit

/// The HTML page and the chat text of the fixture report in every language, compared with
/// `Tests/RolloutKitTests/Snapshots/`; re-record an intended change with
/// `ROLLOUT_RECORD=1 swift test --filter HTMLSnapshotTests`, then look at the diff.
struct HTMLSnapshotTests {
  @Test(arguments: Language.allCases)
  func htmlPage(language: Language) throws {
    let page = try ReportSnapshotTests.render(week: "2026-W46", language: language, format: .html)
    try ReportSnapshotTests.assertSnapshot(page, named: "scale-w46.\(language.rawValue).html")
  }

  @Test(arguments: Language.allCases)
  func chatText(language: Language) throws {
    let text = try ReportSnapshotTests.render(week: "2026-W46", language: language, format: .text)
    try ReportSnapshotTests.assertSnapshot(text, named: "scale-w46.\(language.rawValue).txt")
  }
}
