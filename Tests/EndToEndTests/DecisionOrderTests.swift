import Foundation
import TestSupport
import Testing

/// docs/gates.md: a decision dated before a later decision about the same phase is refused
/// unless `--force`, because written in between it would change what followed (which week
/// the phase passed, whether the later go still counts).
extension TruthfulReportTests {
  @Test func aDecisionBackdatedBeforeALaterOneIsRefusedUnlessForced() throws {
    let folder = try planFolder(unlock: "decision")
    try ok(
      ["decide", "pilot", "go", "--text", "Steering group", "--week", "2026-W47"], in: folder)
    let journal = folder.appendingPathComponent("Plans/plan.journal.yaml")
    let before = try Data(contentsOf: journal)
    for decision in ["go", "hold"] {
      let r = try runRollout(
        ["decide", "pilot", decision, "--text", "Typo in the week", "--week", "2026-W46"],
        in: folder)
      #expect(r.status == 1)
      #expect(
        r.stderr.contains(
          "a later decision about 'pilot' is on record: go in 2026-W47 by Tester (entry "),
        "\(r.stderr)")
      #expect(r.stderr.contains("one for 2026-W46 would come before it and change what followed"))
      #expect(
        r.stderr.contains(
          "fix: check the week (--week); if the decision really was taken in 2026-W46, add --force")
      )
    }
    #expect(try Data(contentsOf: journal) == before)
    #expect(try phase(json(folder), 0)["passedWeek"] as? String == "2026-W47")

    let fi = try runRollout(
      ["decide", "pilot", "go", "--text", "x", "--week", "2026-W46"], in: folder,
      environment: ["LANG": "fi_FI.UTF-8"])
    #expect(fi.status == 1)
    #expect(
      fi.stderr.contains("vaiheesta 'pilot' on jo myöhempi päätös: go viikolla"), "\(fi.stderr)")

    // A decision for the same week or a later one is not backdated.
    let same = try runRollout(
      ["decide", "pilot", "hold", "--text", "Same week", "--week", "2026-W47"], in: folder)
    #expect(!same.stderr.contains("later decision"), "\(same.stderr)")

    try ok(
      ["decide", "pilot", "go", "--text", "Really W46", "--week", "2026-W46", "--force"],
      in: folder)
    #expect(try phase(json(folder), 0)["passedWeek"] as? String == "2026-W46")
  }

  /// After a pass, the fix names the next phase, or says that the last phase has none.
  @Test func aDecisionAfterThePassNamesTheNextPhaseOrSaysThereIsNone() throws {
    let folder = try planFolder(unlock: "decision")
    try ok(["decide", "pilot", "go", "--text", "Go", "--week", "2026-W46"], in: folder)
    let pilot = try runRollout(
      ["decide", "pilot", "hold", "--text", "Late", "--week", "2026-W47"], in: folder)
    #expect(pilot.status == 1)
    #expect(
      pilot.stderr.contains("fix: a pass is final; decide about the next phase, 'scale', instead"),
      "\(pilot.stderr)")
    try ok(["decide", "scale", "go", "--text", "Go", "--week", "2026-W47"], in: folder)
    let last = try runRollout(
      ["decide", "scale", "stop", "--text", "Late", "--week", "2026-W48"], in: folder,
      environment: ["LANG": "nl_NL.UTF-8"])
    #expect(last.status == 1)
    #expect(
      last.stderr.contains("'scale' is de laatste fase van het plan: latere besluiten erover"),
      "\(last.stderr)")
  }
}

/// docs/gates.md: outside the report's verdict too, `status` and `due` never word a pass by
/// an override as a plain pass.
extension TruthfulReportTests {
  @Test func statusAndDueSayAPassWasAnOverride() throws {
    let folder = try planFolder(unlock: "decision")
    try ok(["decide", "pilot", "go", "--text", "Board", "--week", "2026-W46"], in: folder)
    // The headline is wrapped at 80 columns: read it as one line.
    let w46 = try ok(["status", "--week", "2026-W46"], in: folder)
    #expect(
      w46.replacingOccurrences(of: "\n", with: " ").contains(
        "'pilot' passed by override this week (0 of 2 required goals met); 'scale' unlocks next"
          + " week"), "\(w46)")
    #expect(w46.contains("⚠ pilot"), "\(w46)")
    #expect(!w46.contains("✓ pilot"))
    try ok(["decide", "scale", "go", "--text", "Board", "--week", "2026-W47"], in: folder)
    let nl = try runRollout(
      ["status", "--week", "2026-W47"], in: folder, environment: ["LANG": "nl_NL.UTF-8"])
    #expect(
      nl.stdout.replacingOccurrences(of: "\n", with: " ").contains(
        "alle fasen zijn afgerond, 'pilot' bij uitzondering (0 van 2 verplichte doelen gehaald)"),
      "\(nl.stdout)")
    let due = try runRollout(
      ["due", "--week", "2026-W47"], in: folder, environment: ["LANG": "fi_FI.UTF-8"])
    #expect(
      due.stdout.replacingOccurrences(of: "\n", with: " ").contains(
        "Kaikki vaiheet on läpäisty, 'pilot' poikkeuksena (0/2 pakollisesta tavoitteesta"
          + " saavutettu)"), "\(due.stdout)")
  }
}
