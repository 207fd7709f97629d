import Testing

@testable import RolloutKit

/// `--format text` (docs/reports.md): the verdict, what is open and what is missing in at most 15
/// plain lines, whatever the size of the plan.
struct TextSummaryTests {
  static func report(language: Language = .en) -> Report {
    ReportBuilder.build(
      evaluation: ReportFixture.evaluation(), entries: ReportFixture.entries(), phase: "pilot",
      language: language, markup: .text)
  }

  /// The fixture's report with `goals` open goals and `missing` things missing.
  static func big(goals: Int, missing: Int) -> Report {
    var r = report()
    let open = r.quantitative[0]
    r.qualitative = []
    r.changes.items = []
    r.changes.hasChanges = false
    r.quantitative = (0..<goals).map { i in
      var g = open
      g.title = "Goal \(i + 1)"
      g.status = "not-met"
      g.required = true
      return g
    }
    r.due = (0..<missing).map { DueItem(text: "Missing thing \($0 + 1)") }
    return r
  }

  @Test func theVerdictComesFirstInPlainWords() {
    let lines = ReportRenderer.text(Self.report()).split(separator: "\n")
    #expect(lines[0].hasPrefix("Web strategy rollout – phase 2 of 3: Pilot on chat – week 48"))
    #expect(lines[1].hasPrefix("Gate: "))
  }

  @Test(arguments: [(0, 0), (3, 2), (13, 0), (0, 13), (14, 1), (40, 40), (1, 60)])
  func neverMoreThanFifteenLinesAndTheCutIsSaid(goals: Int, missing: Int) {
    let text = ReportRenderer.text(Self.big(goals: goals, missing: missing))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count <= 15, "\(lines.count) lines:\n\(text)")
    let shownGoals = lines.filter { $0.hasPrefix("- Goal ") }.count
    let shownMissing = lines.filter { $0.hasPrefix("- Missing thing ") }.count
    let cuts = lines.filter { $0.hasPrefix("- … and ") }
    var said = 0
    for cut in cuts {
      said += Int(cut.split(separator: " ")[3]) ?? 0
    }
    #expect(shownGoals + shownMissing + said == goals + missing)
    // Both lists get a share when both overflow.
    if goals > 3 && missing > 3 { #expect(shownGoals >= 3 && shownMissing >= 3) }
  }

  @Test(arguments: Language.allCases)
  func noMarkdownTablesFencesOrEmphasis(language: Language) {
    var r = Self.report(language: language)
    r.due.append(DueItem(text: "**not bold** | not a table"))
    let text = ReportRenderer.text(r)
    for markup in ["```", "|---", "## "] { #expect(!text.contains(markup)) }
    #expect(text.contains("**not bold** | not a table"), "user text arrives as written")
  }

  /// When the changes, the open goals and what is missing all overflow, each list gets a share
  /// and the cut is said.
  @Test func changesShareTheFifteenLinesWithTheOtherLists() throws {
    var r = Self.big(goals: 10, missing: 10)
    r.changes.hasChanges = true
    r.changes.items = (0..<10).map {
      Change(
        id: "g\($0)", title: "Changed \($0 + 1)", status: "met", previousStatus: "not-met",
        statusChanged: true, text: "not met → met")
    }
    let text = ReportRenderer.text(r)
    let lines = text.split(separator: "\n")
    #expect(lines.count <= 15, "\(text)")
    #expect(lines.filter { $0.hasPrefix("- Changed ") }.count >= 2)
    #expect(lines.filter { $0.hasPrefix("- Goal ") }.count >= 2)
    #expect(lines.filter { $0.hasPrefix("- Missing thing ") }.count >= 2)
    #expect(lines.filter { $0.hasPrefix("- … and ") }.count == 3)
    let since = try #require(lines.firstIndex { $0.hasPrefix("Since last week (") })
    let open = try #require(lines.firstIndex { $0 == "Goals not met yet:" })
    #expect(since < open, "the changes come before the open goals, as in the full report")
    #expect(!text.contains("no goal changed status"))
  }

  @Test func aWeeksMetGoalSaysHowManyWeeksItHas() throws {
    var r = Self.big(goals: 1, missing: 0)
    r.quantitative[0].hasWeeksMet = true
    r.quantitative[0].progress = "2 of 3 weeks met"
    #expect(ReportRenderer.text(r).contains("2 of 3 weeks met"))
  }
}
