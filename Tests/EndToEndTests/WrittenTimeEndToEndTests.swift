import Foundation
import Testing

/// docs/languages.md through the binary: every option, the plan's `starts:` and CSV cells take dates
/// and weeks as people write them; a wrong one is a usage error that lists the forms.
@Suite struct WrittenTimeEndToEndTests {
  /// The `week:` of the journal's last line.
  func lastWeek(_ journal: String) -> String {
    let text = String(decoding: contents(journal), as: UTF8.self)
    let line = text.split(separator: "\n").last.map(String.init) ?? ""
    guard let range = line.range(of: "week: ") else { return "" }
    return String(line[range.upperBound...].prefix(8))
  }

  @Test(
    "writing commands take every week and date form",
    arguments: [
      (["--week", "W47"], "2026-W47"), (["--week", "47"], "2026-W47"),
      (["--week", "47/2026"], "2026-W47"), (["--week", "vko 46/2026"], "2026-W46"),
      (["--week", "wk 45 2026"], "2026-W45"), (["--week", "2026-w47"], "2026-W47"),
      (["--date", "8.11.2026"], "2026-W45"), (["--date", "20-11-2026"], "2026-W47"),
      (["--date", "2026-11-20"], "2026-W47"),
    ])
  func entryWeeks(_ options: [String], _ week: String) throws {
    let (folder, journal) = try workspace()
    let r = try runRollout(["metric", "csat", "4"] + options, in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(lastWeek(journal) == week)
  }

  @Test(
    "a wrong week or date is a usage error that names the forms, in the user's language",
    arguments: [
      (["metric", "csat", "4", "--week", "54"], "2026 has 53 weeks", "en"),
      (["metric", "csat", "4", "--date", "31.2.2026"], "is not a day in the calendar", "en"),
      (["status", "--week", "53/2027"], "2027 heeft 52 weken", "nl"),
      (["status", "--as-of", "huomenna"], "'huomenna' ei ole päivämäärä", "fi"),
      (["log", "--since", "viikko"], "'viikko' is not a week", "en"),
      (["log", "--until", "2026-W60"], "vuodessa 2026 on 53 viikkoa", "fi"),
      (["due", "--week", "47/26"], "'47/26' is geen week", "nl"),
    ])
  func wrongOnes(_ arguments: [String], _ message: String, _ language: String) throws {
    let (folder, journal) = try workspace()
    let r = try runRollout(arguments, in: folder, environment: ["ROLLOUT_LANG": language])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains(message), "\(r.stderr)")
    let forms = ["en": "2026-W47", "fi": "vko 47/2026", "nl": "wk 47 2026"]
    let dateForms = ["en": "20.11.2026", "fi": "20.11.2026", "nl": "20-11-2026"]
    #expect(
      r.stderr.contains(forms[language]!) || r.stderr.contains(dateForms[language]!),
      "\(r.stderr)")
    #expect(contents(journal).isEmpty)
  }

  @Test("log --since and --until take the people's forms")
  func logRange() throws {
    let (folder, _) = try workspace()
    for week in ["2026-W45", "2026-W46", "2026-W47"] {
      #expect(try runRollout(["metric", "csat", "4", "--week", week], in: folder).status == 0)
    }
    let r = try runRollout(["log", "--since", "vko 46/2026", "--until", "wk 46 2026"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("2026-W46") && !r.stdout.contains("2026-W45"))
    #expect(!r.stdout.contains("2026-W47"))
  }

  @Test("status --as-of takes a Finnish date")
  func asOf() throws {
    let (folder, _) = try workspace()
    let fi = try runRollout(["status", "--json", "--as-of", "20.11.2026"], in: folder)
    let iso = try runRollout(["status", "--json", "--as-of", "2026-11-20"], in: folder)
    #expect(fi.status == 0 && fi.stdout == iso.stdout, "\(fi.stderr)")
  }

  /// The journal test plan with another `starts:` line.
  func plan(starts: String) throws -> URL {
    let (folder, _) = try workspace(#function + starts)
    let url = folder.appendingPathComponent("Plans/plan.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: "starts: 2026-11-02", with: "starts: \(starts)")
    try Data(text.utf8).write(to: url)
    return folder
  }

  @Test("the plan's starts: takes 2.11.2026 and 2-11-2026")
  func startsForms() throws {
    for starts in ["2.11.2026", "2-11-2026", "\"02.11.2026\""] {
      let r = try runRollout(["check"], in: try plan(starts: starts))
      #expect(r.status == 0, "\(starts): \(r.stderr)")
    }
  }

  @Test("a wrong starts: keeps its line and column and lists the forms")
  func startsWrong() throws {
    let r = try runRollout(["check"], in: try plan(starts: "31.11.2026"))
    #expect(r.status == 1)
    #expect(r.stderr.contains("plan.yaml:3:9: error: '31.11.2026' is not a day in the calendar"))
    #expect(r.stderr.contains("20.11.2026"))
    let fi = try runRollout(
      ["check"], in: try plan(starts: "ensi maanantaina"), environment: ["LANG": "fi_FI.UTF-8"])
    #expect(fi.stderr.contains("plan.yaml:3:9: error: 'ensi maanantaina' ei ole päivämäärä"))
    #expect(fi.stderr.contains("korjaus: kirjoita päivämäärä muodossa 20.11.2026"), "\(fi.stderr)")
  }

  @Test("CSV date and week cells take the people's forms; a week in a file needs its year")
  func csvCells() throws {
    let (folder, journal) = try workspace()
    let dated = folder.appendingPathComponent("dated.csv")
    try Data("päivämäärä;mittari;arvo\n8.11.2026;csat;4\n16-11-2026;csat;5\n".utf8).write(
      to: dated)
    let r = try runRollout(["import", dated.path], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let weeks = folder.appendingPathComponent("weeks.csv")
    try Data("viikko;mittari;arvo\nvko 47/2026;csat;3\n47;csat;2\n2026-W54;csat;1\n".utf8).write(
      to: weeks)
    let before = contents(journal)
    let bad = try runRollout(["import", weeks.path], in: folder)
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("weeks.csv:3: error: the week '47' has no year"), "\(bad.stderr)")
    #expect(bad.stderr.contains("weeks.csv:4: error: '2026-W54' is not a week"), "\(bad.stderr)")
    #expect(!bad.stderr.contains("weeks.csv:2:"))
    #expect(contents(journal) == before)
  }
}
