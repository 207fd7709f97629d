import Foundation
import Testing

/// The capture commands through the built binary, as a new user meets them: the same
/// import run twice, a channel typed differently, a spreadsheet with several mistakes.
@Suite struct CaptureEndToEndTests {

  func csv(_ folder: URL, _ text: String, name: String = "d.csv") throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func importingTheSameFileTwiceIsRefusedUnlessAgain() throws {
    let (folder, journal) = try workspace()
    let file = try csv(folder, "week;metric;value;channel\n2026-W48;csat;30;phone\n")
    let first = try runRollout(["import", file], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasSuffix("1 metric value logged from \(file).\n"))
    let id = String(first.stdout.prefix(8))
    let before = contents(journal)
    let second = try runRollout(["import", file], in: folder)
    #expect(second.status == 1)
    #expect(
      second.stderr.contains(
        "d.csv:2: error: the value csat = 30 (phone) for 2026-W48 is already logged, as entry "
          + "\(id) (journal line 1)"), "\(second.stderr)")
    #expect(second.stderr.contains("add --again"))
    #expect(contents(journal) == before)
    let metric = try runRollout(["metric", "csat", "30", "--channel", "phone"], in: folder)
    #expect(metric.status == 1 && metric.stderr.contains("already logged, as entry \(id)"))
    #expect(contents(journal) == before)
    #expect(try runRollout(["import", file, "--again"], in: folder).status == 0)
    #expect(
      try runRollout(["metric", "csat", "30", "--channel", "phone", "--again"], in: folder).status
        == 0)
  }

  @Test func aChannelLikeAKnownOneIsRefusedWithTheKnownName() throws {
    let (folder, journal) = try workspace()
    #expect(try runRollout(["metric", "csat", "4", "--channel", "chat"], in: folder).status == 0)
    let before = contents(journal)
    for args in [
      ["metric", "csat", "5", "--channel", "Chat"], ["note", "x", "--channel", "caht"],
    ] {
      let r = try runRollout(args, in: folder)
      #expect(r.status == 1, "\(args)")
      #expect(r.stderr.contains("did you mean 'chat'?"), "\(args): \(r.stderr)")
    }
    let file = try csv(folder, "week,metric,value,channel\n2026-W48,csat,5,CHAT\n")
    #expect(
      try runRollout(["import", file], in: folder).stderr.contains(
        "d.csv:2: error: the channel 'CHAT' is new"))
    #expect(contents(journal) == before)
    #expect(
      try runRollout(["metric", "csat", "5", "--channel", "Chat", "--force"], in: folder).status
        == 0)
    #expect(
      try runRollout(["metric", "csat", "5", "--channel", "whatsapp"], in: folder).status == 0)
  }

  @Test func aRetractedChannelTypoIsNoLongerAKnownChannel() throws {
    // A reviewer's week: 'facebok' typed, retracted, then the right name refused with
    // "did you mean 'facebok'?". Only entries that still count make a channel known.
    let (folder, journal) = try workspace()
    let typo = try runRollout(["metric", "csat", "4", "--channel", "facebok"], in: folder)
    #expect(typo.status == 0)
    let id = try #require(typo.stdout.split(separator: " ").first.map(String.init))
    #expect(
      try runRollout(["retract", id, "--text", "typo in the channel"], in: folder).status == 0)
    let right = try runRollout(["metric", "csat", "4", "--channel", "facebook"], in: folder)
    #expect(right.status == 0, "\(right.stderr)")
    #expect(!right.stderr.contains("facebok"))
    // The withdrawn entry stays on record: three entries, none rewritten.
    let lines = String(decoding: contents(journal), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 3)
    // The channel in force is known again: its own near miss is refused.
    let near = try runRollout(["metric", "csat", "5", "--channel", "Facebook"], in: folder)
    #expect(near.status == 1 && near.stderr.contains("did you mean 'facebook'?"))
  }

  @Test func everyProblemOfAFileIsReportedInOneRun() throws {
    let (folder, journal) = try workspace()
    let file = try csv(
      folder,
      """
      pvm;mittari;arvo;kanava
      23.11.2026;csat;4;
      23-11-2026;cast;lots;
      30.11.2026;csat;4;
      2026-11-23;"csat;4;

      """)
    let r = try runRollout(["import", file], in: folder)
    #expect(r.status == 1)
    let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(
      errors == [
        "\(file):3: error: 'lots' is not a number rollout can use",
        "\(file):3: error: the plan has no metric 'cast'",
        "\(file):4: error: 2026-W49 is after this week (2026-W48)",
        "\(file):5: error: a quote opened here is never closed",
      ], "\(r.stderr)")
    #expect(contents(journal).isEmpty)
  }

  @Test func aDryRunShowsNoIDsAndCountsInGoodEnglish() throws {
    let (folder, journal) = try workspace()
    let file = try csv(folder, "Viikko;Mittari;Arvo\n2026-W48;csat;4,5\n")
    let one = try runRollout(["import", file, "--dry-run"], in: folder)
    #expect(
      one.stdout
        == "metric  week      values  week's value\n"
        + "csat    2026-W48       1  4.5\n"
        + "1 value is valid; nothing was logged (--dry-run).\n", "\(one.stderr)")
    let two = try csv(
      folder, "week;metric;value\n2026-W47;csat;4\n2026-W48;csat;4\n", name: "e.csv")
    let real = try runRollout(["import", two], in: folder)
    #expect(real.stdout.hasSuffix("2 metric values logged from \(two).\n"))
    #expect(contents(journal).count > 0)
  }

  @Test func aWeekOptionBesideAWeekColumnIsAUsageError() throws {
    let (folder, journal) = try workspace()
    let file = try csv(folder, "datum,metric,value\n25-11-2026,csat,4\n")
    let r = try runRollout(["import", file, "--week", "2026-W47"], in: folder)
    #expect(r.status == 64)
    #expect(r.stderr.contains("has one ('datum')"), "\(r.stderr)")
    #expect(contents(journal).isEmpty)
  }

  @Test func aNoteWithoutTextInAScriptIsRefusedInsteadOfStartingVi() throws {
    let (folder, journal) = try workspace()
    let r = try runRollout(["note"], in: folder, environment: ["EDITOR": "", "VISUAL": ""])
    #expect(r.status == 64)
    #expect(
      r.stderr.contains(
        "No note text. Write it as an argument, pass '-' to read standard input, or set EDITOR."))
    #expect(!r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{1B}"))
    #expect(contents(journal).isEmpty)
  }

  @Test func aNoteWithAGoalGoesToTheGoalsPhase() throws {
    let (folder, journal) = try workspace()
    // 'tone' belongs to 'scale', which is locked: the refusal names --force, not --phase.
    let locked = try runRollout(["note", "x", "--goal", "tone"], in: folder)
    #expect(locked.status == 1)
    #expect(locked.stderr.contains("phase 'scale' is locked"), "\(locked.stderr)")
    #expect(!locked.stderr.contains("--phase"))
    let forced = try runRollout(["note", "x", "--goal", "tone", "--force"], in: folder)
    #expect(forced.stdout.contains("logged a note in 2026-W48: scale/tone"), "\(forced.stderr)")
    let conflict = try runRollout(["note", "x", "--goal", "tone", "--phase", "pilot"], in: folder)
    #expect(conflict.stderr.contains("use --phase scale"))
    let assess = try runRollout(["assess", "tone", "met", "--text", "x"], in: folder)
    #expect(assess.stderr.contains("the goal 'tone' cannot be assessed in 2026-W48"))
    #expect(assess.stderr.contains("add --force to record it anyway"))
    #expect(contents(journal).count > 0)
  }

  @Test func retractingARetractionRestoresTheEntryInTheLog() throws {
    let (folder, journal) = try workspace()
    let id = String(try runRollout(["metric", "csat", "4"], in: folder).stdout.prefix(8))
    let r1 = String(
      try runRollout(["retract", id, "--text", "wrong"], in: folder).stdout.prefix(8))
    let before = contents(journal)
    let twice = try runRollout(["retract", id, "--text", "again"], in: folder)
    #expect(twice.status == 1)
    #expect(twice.stderr.contains("the entry '\(id)' is already withdrawn by \(r1)"))
    #expect(twice.stderr.contains("retract that retraction"))
    #expect(contents(journal) == before)
    #expect(try runRollout(["retract", r1, "--text", "it was right"], in: folder).status == 0)
    let log = try runRollout(["log"], in: folder)
    let lines = log.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(!lines[0].contains("[retracted by"), "\(log.stdout)")
    #expect(lines[1].contains("[retracted by"))
  }

  @Test func logInAPipeKeepsWholeLines() throws {
    let (folder, _) = try workspace()
    let text = String(repeating: "Asiakkaat kiittivät nopeista vastauksista. ", count: 6)
    #expect(try runRollout(["note", text], in: folder).status == 0)
    let log = try runRollout(["log"], in: folder, environment: ["COLUMNS": "40"])
    #expect(log.stdout.count > 250 && !log.stdout.contains("…"))
  }

  @Test func forceHelpSaysWhatItDoesAndThatDecisionsStayRefused() throws {
    let (folder, journal) = try workspace()
    let help = try runRollout(["decide", "--help"], in: folder)
    let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("--force Log it even when the week is still to come, or comes before"))
    #expect(
      flat.contains(
        "A decision about a phase that is locked, already passed or stopped in its week is refused even with --force."
      ))
    let future = try runRollout(
      ["decide", "pilot", "hold", "--text", "x", "--week", "2026-W49", "--force"], in: folder)
    #expect(future.status == 0, "\(future.stderr)")
    let before = contents(journal)
    let locked = try runRollout(["decide", "scale", "go", "--text", "x", "--force"], in: folder)
    #expect(locked.status == 1)
    #expect(contents(journal) == before)
  }
}
