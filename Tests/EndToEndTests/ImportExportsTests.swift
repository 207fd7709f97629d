import Foundation
import Testing

/// `rollout import` of analytics exports as they come (`Tests/Fixtures/import/`): GA4,
/// Matomo, Search Console and Meta page exports in English, Finnish and Dutch, read by the
/// plan's `import:` names, checked through the built binary.
@Suite struct ImportExportsTests {
  /// A scratch folder with the import plan as `plan.yaml`, a journal with one entry, and
  /// the fixture files.
  static func folder(_ name: String = #function) throws -> (URL, String) {
    let folder = try makeScratchFolder(name)
    let source = fixture("import")
    for file in try FileManager.default.contentsOfDirectory(atPath: source.path) {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
    }
    let journal = folder.appendingPathComponent("plan.journal.yaml").path
    try Data(
      ("- {id: c0ffee01, at: \"2026-11-20T10:00:00+02:00\", week: 2026-W47, kind: metric, "
        + "metric: csat, value: 4, author: Aino}\n").utf8
    ).write(to: URL(fileURLWithPath: journal))
    return (folder, journal)
  }

  static func run(_ arguments: [String], in folder: URL) throws -> RolloutResult {
    try runRollout(arguments + ["--plan", "plan.yaml"], in: folder)
  }

  static let ga4Table = """
    metric    week      values  week's value
    engaged   2026-W36       3  1674 (sum)
    engaged   2026-W37       4  2925 (sum)
    sessions  2026-W36       3  2792 (sum)
    sessions  2026-W37       4  4799 (sum)

    """
  static let searchConsoleTable = """
    metric       week      values  week's value
    clicks       2026-W37       4  202 (sum)
    ctr          2026-W37       4  1.9 (mean)
    impressions  2026-W37       4  10,451 (sum)
    position     2026-W37       4  12.02 (mean)

    """
  static let metaTable = """
    metric       week      values  week's value
    page_visits  2026-W37       2  190 (sum)
    reach        2026-W37       3  5277 (sum)

    """

  @Test(
    arguments: [
      (
        "ga4-en.csv", "Engagement rate, Average engagement time per session, Events per session",
        ga4Table, 14
      ),
      (
        "ga4-fi.csv", "Sitoutumisprosentti",
        """
        metric    week      values  week's value
        engaged   2026-W36       3  1674 (sum)
        sessions  2026-W36       3  2792 (sum)

        """, 6
      ),
      (
        "matomo-en.tsv", "Unique visitors, Actions per visit, Bounce rate",
        """
        metric    week      values  week's value
        actions   2026-W37       3  12,058 (sum)
        sessions  2026-W37       3  3403 (sum)

        """, 6
      ),
      (
        "matomo-nl.csv", "Gem. acties per bezoek",
        """
        metric    week      values  week's value
        actions   2026-W37       2  8181 (sum)
        sessions  2026-W37       2  2305 (sum)

        """, 4
      ),
      ("search-console-en.csv", nil, searchConsoleTable, 16),
      ("search-console-fi.csv", nil, searchConsoleTable, 16),
      ("meta-page-en.csv", "New Facebook Page likes", metaTable, 5),
      ("meta-page-fi.csv", "Uudet tykkäykset", metaTable, 5),
    ] as [(String, String?, String, Int)])
  func anExportAsItComesIsReadByThePlansImportNames(
    file: String, ignored: String?, table: String, count: Int
  ) throws {
    let (folder, journal) = try Self.folder(file)
    let before = contents(journal)
    let dry = try Self.run(["import", file, "--dry-run"], in: folder)
    let ignoredLine = ignored.map {
      "ignored: \($0) (no metric; map one with --map 'COLUMN=METRIC' or the plan's 'import:')\n"
    }
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(
      dry.stdout
        == (ignoredLine ?? "") + table
        + "\(count) values are valid; nothing was logged (--dry-run).\n")
    #expect(contents(journal) == before)
    let real = try Self.run(["import", file], in: folder)
    #expect(real.status == 0, "\(real.stderr)")
    #expect(real.stdout.hasSuffix("\(count) metric values logged from \(file).\n"))
    #expect(contents(journal).count > before.count)
    // Imported twice: every value is a repeat, and nothing more is logged.
    let after = contents(journal)
    let again = try Self.run(["import", file], in: folder)
    #expect(again.status == 1 && again.stderr.contains("is already logged"))
    #expect(contents(journal) == after)
  }

  /// Daily rows are logged oldest first whichever way the export sorts them (`combine:
  /// last` takes the later line), each with its day as the entry's text.
  @Test func daysAreLoggedInDateOrderWithTheirDate() throws {
    let (folder, journal) = try Self.folder()
    #expect(try Self.run(["import", "search-console-en.csv"], in: folder).status == 0)
    let lines = String(decoding: contents(journal), as: UTF8.self).split(separator: "\n")
    let clicks = lines.filter { $0.contains("metric: clicks") }
    #expect(clicks.count == 4)
    #expect(clicks.first?.contains("value: 58") == true, "\(clicks)")
    #expect(clicks.first?.contains("text: \"2026-09-07\"") == true, "\(clicks)")
    #expect(clicks.last?.contains("value: 41") == true)
  }
}
