import Foundation
import Testing

/// The verdict is exactly as strong as the record (docs/gates.md, §6), through the built binary:
/// overrides and confirmations, refused decisions, counter-evidence, a sum's progress, the
/// hold's verdict, since last week, future weeks, links, charts, `--out` folders and
/// hashtags in an edited note. Today is 2026-11-25 (2026-W48).
@Suite struct TruthfulReportTests {
  /// A scratch folder with the plan in `Plans/`; `unlock: decision` when asked.
  func planFolder(unlock: String? = nil, _ name: String = #function) throws -> URL {
    let folder = try makeScratchFolder(name)
    let plans = folder.appendingPathComponent("Plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    var plan = try String(contentsOf: fixture("truth/plan.yaml"), encoding: .utf8)
    if let unlock {
      plan = plan.replacingOccurrences(of: "metrics:", with: "unlock: \(unlock)\nmetrics:")
    }
    try plan.write(to: plans.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    return folder
  }

  /// Runs a command that must succeed.
  @discardableResult
  func ok(_ arguments: [String], in folder: URL, environment: [String: String] = [:])
    throws -> String
  {
    let result = try runRollout(arguments, in: folder, environment: environment)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return result.stdout
  }

  func json(_ folder: URL, _ extra: [String] = []) throws -> [String: Any] {
    let text = try ok(["status", "--json"] + extra, in: folder)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func phase(_ status: [String: Any], _ index: Int) throws -> [String: Any] {
    let phases = try #require(status["phases"] as? [[String: Any]])
    return phases[index]
  }

  func goal(_ status: [String: Any], _ phaseIndex: Int, _ index: Int) throws -> [String: Any] {
    let goals = try #require(try phase(status, phaseIndex)["goals"] as? [[String: Any]])
    return goals[index]
  }

  /// 'pilot' with both goals met in 2026-W46.
  func goalsMetInW46(_ folder: URL) throws {
    try ok(
      [
        "note", "Cards are on every desk", "--goal", "personas", "--sentiment", "positive",
        "--week", "2026-W46",
      ], in: folder)
    try ok(
      ["assess", "personas", "met", "--text", "Seen in replies", "--week", "2026-W46"], in: folder)
    try ok(["metric", "csat", "4.2", "--channel", "chat", "--week", "2026-W46"], in: folder)
  }

  // MARK: 1. Overrides and confirmations

  @Test func aGoWithEveryGoalMetIsNoOverrideAndASecondGoIsRefused() throws {
    let folder = try planFolder()
    try goalsMetInW46(folder)
    let status = try json(folder)
    #expect(try phase(status, 0)["passedBy"] as? String == "goals")
    #expect(try phase(status, 0)["override"] as? Bool == false)
    for extra in [[], ["--again"], ["--again", "--force"]] {
      let go = try runRollout(
        ["decide", "pilot", "go", "--text", "Confirmed", "--week", "2026-W46"] + extra, in: folder)
      #expect(go.status == 1)
      #expect(go.stderr.contains("'pilot' already passed in 2026-W46 by its goals"), "\(go.stderr)")
    }
    let report = try ok(["report", "--phase", "pilot"], in: folder)
    #expect(report.contains("**Gate: PASSED** — in W46, by goals: all 2 required goals met"))
  }

  @Test func anOverrideNamesWhoAndWhyInEnglishAndFinnish() throws {
    let folder = try planFolder()
    try ok(["metric", "csat", "3.5", "--channel", "chat", "--week", "2026-W46"], in: folder)
    try ok(
      [
        "decide", "pilot", "go", "--text", "Close enough", "--week", "2026-W46", "--author",
        "Liisa",
      ],
      in: folder)
    let status = try json(folder)
    #expect(try phase(status, 0)["passedBy"] as? String == "decision")
    #expect(try phase(status, 0)["override"] as? Bool == true)
    let en = try ok(["report", "--phase", "pilot"], in: folder)
    #expect(
      en.contains(
        "**Gate: PASSED BY OVERRIDE** — in W46, as an override: Liisa decided go with none of"
          + " the 2 required goals met — Close enough"),
      "\(en)")
    #expect(
      en.contains("| W46 | go (override: a required goal was unmet) | Liisa | Close enough |"))
    let fi = try ok(["report", "--phase", "pilot", "--lang", "fi"], in: folder)
    #expect(
      fi.contains(
        "**Portti: LÄPÄISTY POIKKEUKSELLA** — vko 46, poikkeuksena: Liisa päätti jatkaa, vaikka"
          + " yhtäkään pakollista tavoitetta ei ollut saavutettu"), "\(fi)")
    #expect(
      en.contains(
        "| passed by override | W45–W48 (4 weeks) | W45–W46 (2 weeks) | 0 of 2 at the pass |"),
      "\(en)")
    #expect(fi.contains("| läpäisty poikkeuksella |"), "\(fi)")
    // A goal that was not met when the go passed the phase has not "dipped since the pass".
    let text = try ok(["status"], in: folder)
    #expect(text.contains("as an override"))
    #expect(!text.contains("dipped"), "\(text)")
    #expect(!en.contains("no longer met"))
    // The HTML badge is not the pass's green: it carries the override class and word.
    let html = try ok(["report", "--phase", "pilot", "--format", "html"], in: folder)
    #expect(html.contains("<div class=\"verdict state-passed override\">"))
    #expect(html.contains("<span class=\"word\">PASSED BY OVERRIDE</span>"))
    #expect(fi.contains("poikkeus: kaikkia pakollisia tavoitteita ei saavutettu"))
    // A second go in the week is redundant: the phase passed by that go.
    let again = try runRollout(
      ["decide", "pilot", "go", "--text", "Again", "--week", "2026-W46", "--again"], in: folder)
    #expect(again.status == 1)
    #expect(again.stderr.contains("already passed in 2026-W46 by a go decision: entry "))
    #expect(again.stderr.contains("(journal line 2)"), "\(again.stderr)")
    #expect(
      again.stderr.contains(
        "a go adds nothing; the next phase opens in 2026-W47 unless a hold or stop for 2026-W46"
          + " is decided"), "\(again.stderr)")
  }

  @Test func aConfirmingGoUnderUnlockDecisionIsNoOverride() throws {
    let folder = try planFolder(unlock: "decision")
    try goalsMetInW46(folder)
    try ok(["decide", "pilot", "go", "--text", "Agreed", "--week", "2026-W46"], in: folder)
    #expect(try phase(try json(folder), 0)["override"] as? Bool == false)
    let en = try ok(["report", "--phase", "pilot"], in: folder)
    #expect(
      en.contains("in W46, by decision: Tester confirmed it with a go (all 2 required goals met)"))
    #expect(en.contains("| W46 | go (confirmation: every required goal met) | Tester | Agreed |"))
    #expect(!en.contains("(override"))
    let nl = try ok(["report", "--phase", "pilot", "--lang", "nl"], in: folder)
    #expect(nl.contains("Tester bevestigde de afronding met een go"))
    #expect(nl.contains("bevestiging: alle verplichte doelen gehaald"))
    #expect(!nl.contains(", uitzondering:"))
  }

  // MARK: 2. Repeated decisions

  @Test func aRepeatedDecisionInTheSameWeekNeedsAgain() throws {
    let folder = try planFolder()
    try ok(["decide", "pilot", "hold", "--text", "Wait", "--week", "2026-W47"], in: folder)
    let repeated = try runRollout(
      ["decide", "pilot", "hold", "--text", "Still wait", "--week", "2026-W47"], in: folder)
    #expect(repeated.status == 1)
    #expect(repeated.stderr.contains("this hold for 'pilot' in 2026-W47 repeats entry "))
    #expect(repeated.stderr.contains("journal line 1), the phase's latest decision"))
    #expect(repeated.stderr.contains("add --again"))
    // --force is not --again.
    let forced = try runRollout(
      ["decide", "pilot", "hold", "--text", "Still wait", "--week", "2026-W47", "--force"],
      in: folder)
    #expect(forced.status == 1)
    try ok(
      ["decide", "pilot", "hold", "--text", "Still wait", "--week", "2026-W47", "--again"],
      in: folder)
    // Another decision, or the same one in another week, is no repeat.
    try ok(
      ["decide", "pilot", "hold", "--text", "Next week too", "--week", "2026-W48"], in: folder)
    try ok(
      ["decide", "pilot", "recycle", "--text", "Start again", "--week", "2026-W48"], in: folder)
  }

  // MARK: 3. Counter-evidence

  @Test func aNegativeNoteIsCounterEvidenceShownApart() throws {
    let folder = try planFolder()
    try ok(
      [
        "note", "Customers find the new tone cold", "--goal", "personas", "--sentiment",
        "negative", "--week", "2026-W48",
      ], in: folder)
    try ok(["assess", "personas", "met", "--text", "Looks fine", "--week", "2026-W48"], in: folder)
    let personas = try goal(try json(folder), 0, 0)
    #expect(personas["evidence"] as? Int == 0)
    #expect(personas["counterEvidence"] as? Int == 1)
    #expect(personas["status"] as? String == "pending")
    #expect(personas["reason"] as? String == "0 of 1 supporting notes")
    let en = try ok(["report"], in: folder)
    #expect(en.contains("- Evidence: 0 supporting notes (1 required)"))
    #expect(
      en.contains(
        "Against it (1 note against):\n\n- “Customers find the new tone cold” — Tester, W48"))
    #expect(!en.contains("> Customers find the new tone cold"), "never among the supporting quotes")
    let fi = try ok(["report", "--lang", "fi"], in: folder)
    #expect(fi.contains("Vastaan (1 vastakkainen havainto):"))
  }

  // MARK: 4. and 6. A sum's progress, and since last week

  @Test func aSumCountsFromZeroAndTheReportSaysWhatChanged() throws {
    let folder = try planFolder()
    try goalsMetInW46(folder)
    try ok(["metric", "dialogues", "30", "--week", "2026-W47"], in: folder)
    try ok(["metric", "dialogues", "30", "--week", "2026-W48"], in: folder)
    let volume = try goal(try json(folder), 1, 0)
    #expect(volume["value"] as? Double == 60)
    #expect(volume["progress"] as? Double == 0.6)
    #expect(volume["previousValue"] as? Double == 30)
    #expect(volume["previousStatus"] as? String == "pending")
    let en = try ok(["report"], in: folder)
    #expect(
      en.contains(
        "Since last week (W47):\n\n- At least 100 dialogues in four weeks: 60 ↑ from 30, better\n"))
    let nl = try ok(["report", "--lang", "nl"], in: folder)
    #expect(nl.contains("- At least 100 dialogues in four weeks: 60 ↑ van 30, beter"))
    // The week 'pilot' passed: its goals turned met.
    let w46 = try ok(["report", "--phase", "pilot", "--week", "2026-W46"], in: folder)
    #expect(w46.contains("- Everyone uses the personas: open → met"))
    #expect(w46.contains("- Chat customers are satisfied: open → met; 4.2/5, the first value"))
    let w47 = try ok(
      ["report", "--phase", "pilot", "--week", "2026-W47", "--lang", "fi"], in: folder)
    #expect(w47.contains("Edellisestä viikosta (vko 46) ei muutoksia"))
    let quiet = try ok(["report", "--phase", "pilot", "--week", "2026-W47"], in: folder)
    #expect(quiet.contains("Since last week (W46): no goal changed status and no value moved."))
  }

  // MARK: 5. Hold

  @Test func aHoldSaysHowManyRequiredGoalsAreMet() throws {
    let folder = try planFolder()
    try ok(["metric", "csat", "4.5", "--channel", "chat", "--week", "2026-W48"], in: folder)
    try ok(
      ["decide", "pilot", "hold", "--text", "Wait for the tool", "--week", "2026-W48"], in: folder)
    let en = try ok(["report"], in: folder)
    #expect(
      en.contains(
        "**Gate: ON HOLD** — since W48, decided by Tester: Wait for the tool; 1 of 2 required goals met"
      ))
    #expect(en.contains("| on hold |"))
    let fi = try ok(["report", "--lang", "fi"], in: folder)
    #expect(fi.contains("1/2 pakollisesta tavoitteesta saavutettu"))
    #expect(fi.contains("| pidossa |"))
  }

  // MARK: 7. Future weeks

  @Test func aWeekAfterThisWeekIsRefusedUnlessForced() throws {
    let folder = try planFolder()
    for command in [["status"], ["status", "--json"], ["due"], ["report"]] {
      let week = try runRollout(command + ["--week", "2026-W50"], in: folder)
      #expect(week.status == 1, "\(command)")
      #expect(week.stdout == "")
      #expect(week.stderr.contains("2026-W50 is after this week (2026-W48)"), "\(week.stderr)")
      #expect(week.stderr.contains("--force"))
      let asOf = try runRollout(command + ["--as-of", "2027-01-04"], in: folder)
      #expect(asOf.status == 1, "\(command)")
      try ok(command + ["--week", "2026-W50", "--force"], in: folder)
    }
    try ok(["status", "--week", "2026-W48"], in: folder)
    try ok(["status", "--as-of", "2026-11-29"], in: folder)
  }

  // MARK: 8. Links, sparklines, chart titles, --out folders

  @Test func linksStayLinksAndChartsKeepTheirScale() throws {
    let folder = try planFolder()
    try ok(
      [
        "note", "See https://example.com/tone_guide.", "--goal", "personas", "--sentiment",
        "positive",
      ], in: folder)
    try ok(["metric", "csat", "3.95", "--channel", "chat", "--week", "2026-W47"], in: folder)
    try ok(["metric", "csat", "4.15", "--channel", "chat", "--week", "2026-W48"], in: folder)
    let en = try ok(["report"], in: folder)
    #expect(en.contains("See <https://example.com/tone_guide>."))
    #expect(en.contains("“See <https://example.com/tone_guide>.”"))
    #expect(!en.contains("tone\\_guide"))
    #expect(!en.contains("▁█"), "a 5 % change does not fill the whole height")
    #expect(en.contains("title \"Customer satisfaction — chat (/5)\""))
    let out = try runRollout(["report", "--out", "meetings/2026/w48.md"], in: folder)
    #expect(out.status == 0 && out.stdout.isEmpty)
    #expect(out.stderr == "wrote meetings/2026/w48.md (made the folder meetings/2026)\n")
    let written = try String(
      contentsOf: folder.appendingPathComponent("meetings/2026/w48.md"), encoding: .utf8)
    #expect(written == en)
    let again = try runRollout(
      ["report", "--out", "meetings/2026/w48.md"], in: folder,
      environment: ["LANG": "fi_FI.UTF-8"])
    #expect(again.stderr == "kirjoitettu: meetings/2026/w48.md\n")
    try Data().write(to: folder.appendingPathComponent("blocked"))
    let blocked = try runRollout(["report", "--out", "blocked/w48.md"], in: folder)
    #expect(blocked.status == 1)
    #expect(blocked.stderr.contains("the folder 'blocked' is missing and cannot be created"))
  }

  // MARK: 9. Hashtags in an edited note

  @Test func anEditedNoteKeepsTheUsersHashtagLines() throws {
    let folder = try planFolder()
    let editor = folder.appendingPathComponent("editor.sh")
    try """
    #!/bin/sh
    { printf '#syyskampanja alkoi\\nAsiakkaat kiittivät\\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"

    """.write(to: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
    try ok(["note", "--phase", "pilot"], in: folder, environment: ["EDITOR": editor.path])
    let journal = try String(
      contentsOf: folder.appendingPathComponent("Plans/plan.journal.yaml"), encoding: .utf8)
    #expect(journal.contains("text: \"#syyskampanja alkoi\\nAsiakkaat kiitt"), "\(journal)")
    #expect(!journal.contains("Do not change"))
  }

  /// A tag typed as a hashtag is the same tag: `#syyskampanja` and `syyskampanja` are one.
  @Test func aHashtagTagIsTheTagWithoutItsHash() throws {
    let folder = try planFolder()
    try ok(
      ["note", "Kampanja alkoi", "--phase", "pilot", "--tag", "#syyskampanja", "--tag", "chat"],
      in: folder)
    let journal = try String(
      contentsOf: folder.appendingPathComponent("Plans/plan.journal.yaml"), encoding: .utf8)
    #expect(journal.contains("tags: [syyskampanja, chat]"), "\(journal)")
    let log = try ok(["log"], in: folder)
    #expect(!log.contains("##"), "\(log)")
  }
}
