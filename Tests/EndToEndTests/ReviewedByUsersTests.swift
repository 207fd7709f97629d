import Foundation
import Testing

/// What a Finnish and a Dutch comms lead ran into when they tried rollout for a month, each
/// through the binary: a value that reads two ways, withdrawing a wrong import, and whether a
/// moved value is better or worse.
@Suite struct ReviewedByUsersTests {
  let truth = TruthfulReportTests()

  @Test(arguments: [("nl_NL.UTF-8", "1.234", "dubbelzinnig"), ("en_GB.UTF-8", "1,234", "two ways")])
  func aValueThatReadsTwoWaysIsRefusedAndNothingIsLogged(
    locale: String, value: String, word: String
  ) throws {
    let folder = try truth.planFolder(#function + locale)
    let env = ["LANG": locale, "LC_ALL": "", "ROLLOUT_LANG": ""]
    let journal = folder.appendingPathComponent("Plans/plan.journal.yaml")
    let before = try? Data(contentsOf: journal)
    let refused = try runRollout(
      ["metric", "csat", value, "--channel", "chat", "--week", "2026-W46"], in: folder,
      environment: env)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains(word), "\(refused.stderr)")
    #expect((try? Data(contentsOf: journal)) == before, "nothing was written")
    // Grouped with spaces, as Finns and the Dutch also write it, it is a number.
    let spaced = try runRollout(
      ["metric", "dialogues", "1 234", "--week", "2026-W46"], in: folder, environment: env)
    #expect(spaced.status == 0, "\(spaced.stderr)")
    #expect(try truth.ok(["log", "--json"], in: folder).contains("1234"))
  }

  @Test func sentimentsAndVerdictsInTheUsersOwnWordsAreLoggedInEnglish() throws {
    let folder = try truth.planFolder()
    try truth.ok(
      ["note", "Asiakas kiitti", "--goal", "personas", "--sentiment", "myönteinen"], in: folder)
    try truth.ok(["assess", "personas", "gehaald", "--text", "Iedereen gebruikt ze"], in: folder)
    let journal = try String(
      contentsOf: folder.appendingPathComponent("Plans/plan.journal.yaml"), encoding: .utf8)
    #expect(journal.contains("sentiment: positive"))
    #expect(journal.contains("verdict: met"))
    let wrong = try runRollout(["note", "x", "--sentiment", "good"], in: folder)
    #expect(wrong.status != 0)
  }

  @Test func severalEntriesAreWithdrawnTogetherOrNotAtAll() throws {
    let folder = try truth.planFolder()
    for (week, value) in [("2026-W45", "4.1"), ("2026-W46", "4.3")] {
      try truth.ok(["metric", "csat", value, "--channel", "chat", "--week", week], in: folder)
    }
    let log = try truth.ok(["log", "--json"], in: folder)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [[String: Any]])
    let ids = entries.compactMap { $0["id"] as? String }
    #expect(ids.count == 2)
    // One unknown id: nothing is withdrawn.
    let bad = try runRollout(
      ["retract"] + ids + ["ffffffff", "--text", "Wrong column"], in: folder)
    #expect(bad.status == 1)
    #expect(try truth.ok(["log", "--json"], in: folder) == log)
    // Both, and the same id twice withdraws it once.
    try truth.ok(["retract"] + ids + [ids[0], "--text", "Wrong column"], in: folder)
    let after = try truth.ok(["log", "--json", "--kind", "retract"], in: folder)
    for id in ids { #expect(after.components(separatedBy: "\"\(id)\"").count == 2, "\(after)") }
    let missing = try runRollout(["retract", "--text", "Wrong"], in: folder)
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("the id is missing"), "\(missing.stderr)")
  }
}

/// `rollout init` as a Finnish or Dutch user first meets it: the starter plan and every line
/// it prints in their language.
@Suite struct InitInTheUsersLanguageTests {
  @Test(arguments: [
    (
      "fi_FI.UTF-8", "basic-fi", "Luotiin p.yaml pohjasta 'basic-fi'.",
      "tässä on jo tiedosto"
    ),
    (
      "nl_NL.UTF-8", "basic-nl", "p.yaml aangemaakt op basis van het startplan 'basic-nl'.",
      "hier staat al een bestand"
    ),
    ("C.UTF-8", "basic", "Wrote p.yaml from the 'basic' starter plan.", "a file already exists"),
  ])
  func theStarterAndTheWordsFollowTheLocale(
    locale: String, starter: String, wrote: String, exists: String
  ) throws {
    let folder = try makeScratchFolder(#function + starter)
    let env = ["LANG": locale, "LC_ALL": "", "ROLLOUT_LANG": ""]
    let first = try runRollout(["init", "p.yaml"], in: folder, environment: env)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix(wrote), "\(first.stdout)")
    let plan = try String(contentsOf: folder.appendingPathComponent("p.yaml"), encoding: .utf8)
    let shipped = try runRollout(
      ["init", "q.yaml", "--template", starter], in: folder, environment: env)
    #expect(shipped.status == 0)
    let same = try String(contentsOf: folder.appendingPathComponent("q.yaml"), encoding: .utf8)
    #expect(plan == same, "the default starter is \(starter)")
    let again = try runRollout(["init", "p.yaml"], in: folder, environment: env)
    #expect(again.status == 1)
    #expect(again.stderr.contains(exists), "\(again.stderr)")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("p.yaml"), encoding: .utf8) == plan)
  }
}
