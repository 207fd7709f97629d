import Foundation
import Testing

/// Wide or long, and which column is which metric: `--map`, the plan's `import:`, a
/// column named after a metric, and every mistake a person makes with them, each
/// reported at once with nothing logged.
@Suite struct ImportMappingTests {
  func write(_ folder: URL, _ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  func run(_ arguments: [String], _ folder: URL) throws -> RolloutResult {
    try ImportExportsTests.run(arguments, in: folder)
  }

  @Test func aMetricColumnMakesTheFileLongAndItsAbsenceWide() throws {
    let (folder, _) = try ImportExportsTests.folder()
    try write(folder, "long.csv", "Viikko;Mittari;Arvo\n2026-W37;csat;4,5\n")
    try write(folder, "wide.csv", "Week;CSAT;Toiminnot\n2026-W37;4,5;1 200\n")
    let long = try run(["import", "long.csv", "--dry-run"], folder)
    let wide = try run(["import", "wide.csv", "--dry-run"], folder)
    #expect(long.stdout.contains("csat    2026-W37       1  4.5\n"), "\(long.stderr)")
    // A column named as a metric's id gives it; 'Toiminnot' is under `actions`' import:.
    #expect(wide.stdout.contains("actions  2026-W37       1  1200\n"), "\(wide.stderr)")
    #expect(wide.stdout.contains("csat     2026-W37       1  4.5\n"), "\(wide.stdout)")
  }

  @Test func aMapReadsAColumnAsAMetricAndTheChannelAppliesToEveryValue() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try write(
      folder, "li.csv",
      "Date,Impressions (organic),Clicks (organic)\n2026-09-07,900,12\n2026-09-08,,15\n")
    let r = try run(
      [
        "import", "li.csv", "--map", " impressions (ORGANIC) =impressions", "--map",
        "Clicks (organic)=clicks", "--channel", "linkedin",
      ], folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasSuffix("3 metric values logged from li.csv.\n"), "\(r.stdout)")
    let lines = String(decoding: contents(journal), as: UTF8.self).split(separator: "\n")
      .filter { $0.hasPrefix("- {") }.dropFirst()
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.contains("channel: linkedin") })
  }

  @Test func mappingMistakesAreAllReportedAndNothingIsLogged() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try write(folder, "sc.csv", "Date,Clicks,Impressions,CTR\n2026-09-07,12,900,1.3%\n")
    let before = contents(journal)
    let r = try run(
      [
        "import", "sc.csv", "--map", "Clicks=clikcs", "--map", "clicks=clicks", "--map",
        "Position=position", "--map", "CTR",
      ], folder)
    #expect(r.status == 1)
    #expect(
      r.stderr == """
        sc.csv:1: error: --map 'Clicks=clikcs': the plan has no metric 'clikcs'
          fix: did you mean 'clicks'?
        sc.csv:1: error: the column 'clicks' is mapped twice
          fix: map each column once
        sc.csv:1: error: --map names the column 'Position', which the file does not have (its columns: 'Clicks', 'Impressions', 'CTR')
          fix: check the spelling against the file's header
        sc.csv:1: error: --map 'CTR' is not COLUMN=METRIC
          fix: write it like --map 'Sessions=visits'

        """)
    #expect(contents(journal) == before)
  }

  @Test func twoColumnsForOneMetricOrNoneAtAllAreErrors() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try write(folder, "two.csv", "Date,Sessions,Istunnot\n2026-09-07,1,2\n")
    try write(folder, "none.csv", "Date,Bounce rate\n2026-09-07,0.4\n")
    try write(folder, "nodate.csv", "Sessions\n12\n")
    let before = contents(journal)
    #expect(
      try run(["import", "two.csv"], folder).stderr.hasPrefix(
        "two.csv:1: error: the columns 'Sessions', 'Istunnot' all give the metric 'sessions'"))
    #expect(
      try run(["import", "none.csv"], folder).stderr.hasPrefix(
        "none.csv:1: error: no column of the file is matched to a metric (its columns: 'Bounce rate')"
      ))
    #expect(
      try run(["import", "nodate.csv"], folder).stderr.hasPrefix(
        "nodate.csv:1: error: the file has no week or date column (its columns: 'Sessions')"))
    #expect(contents(journal) == before)
  }

  /// All or nothing: one bad cell among good ones stops the whole file, every bad cell is
  /// named, and the journal stays byte for byte as it was.
  @Test func everyBadRowOfAWideFileIsReportedAndTheJournalIsUntouched() throws {
    let (folder, journal) = try ImportExportsTests.folder()
    try write(
      folder, "ga4.csv",
      "# GA4\nDate,Sessions,Engaged sessions\n20260907,\"1,287\",790\n20261307,10,5\n"
        + "20260909,n/a,12.5.3\n20260910,1.5,\"1,234\"\n")
    let before = contents(journal)
    let r = try run(["import", "ga4.csv"], folder)
    #expect(r.status == 1)
    #expect(
      r.stderr.split(separator: "\n").filter { !$0.hasPrefix("  ") } == [
        "ga4.csv:4: error: '20261307' is not a date",
        "ga4.csv:5: error: 'n/a' is not a number rollout can use",
        "ga4.csv:5: error: '12.5.3' is not a number rollout can use",
      ], "\(r.stderr)")
    #expect(r.stderr.contains("or leave the cell empty when there is no value"))
    #expect(contents(journal) == before)
  }

  @Test(arguments: [
    (
      "t.tsv", "Date\tSessions\n2026-09-07\t1,234\n",
      "t.tsv:2: error: '1,234' could be read two ways (a thousand and more, or one and a fraction), and nothing else in the file says which"
    ),
    (
      "c.csv", "Date,Sessions\n2026-09-07,\"1.200\"\n2026-09-08,12\n",
      "c.csv:2: error: '1.200' could be read two ways (a thousand and more, or one and a fraction), and nothing else in the file says which"
    ),
    (
      "m.csv", "Date;Sessions;Clicks\n2026-09-07;1,5;2.5\n",
      "m.csv:1: error: the file's numbers write decimals both with a point ('2.5') and with a comma ('1,5')"
    ),
    (
      "w.csv", "Date;Sessions\n2026-09-07;2,5\n2026-09-08;1,234.5\n",
      "w.csv:1: error: the file's numbers write decimals both with a point ('1,234.5') and with a comma ('2,5')"
    ),
  ])
  func numbersThatCannotBeReadSafelyAreRefusedNotGuessed(name: String, text: String, first: String)
    throws
  {
    let (folder, journal) = try ImportExportsTests.folder(name)
    try write(folder, name, text)
    let before = contents(journal)
    let r = try run(["import", name], folder)
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix(first), "\(r.stderr)")
    #expect(contents(journal) == before)
  }

  @Test func thePlansImportNamesAreChecked() throws {
    let folder = try makeScratchFolder()
    try write(
      folder, "plan.yaml",
      """
      plan: P
      starts: 2026-08-31
      metrics:
        sessions:
          import: [Sessions, "  "]
        visits:
          import: [" sessions", [a]]
      phases:
        - id: a
          title: A
          weeks: 2
          goals:
            - id: g
              title: G

      """)
    let r = try runRollout(["check", "--plan", "plan.yaml"], in: folder)
    #expect(r.status == 1)
    #expect(
      r.stderr.split(separator: "\n").filter { !$0.hasPrefix("  ") } == [
        "plan.yaml:5:24: error: a column name in 'import' is empty",
        "plan.yaml:7:14: error: the column 'sessions' is already imported as the metric 'sessions'",
        "plan.yaml:7:27: error: a column name in 'import' must be text, but this is a list",
      ], "\(r.stderr)")
  }
}
