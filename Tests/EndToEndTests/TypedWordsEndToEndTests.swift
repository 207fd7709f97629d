import Foundation
import Testing

/// docs/languages.md: the words rollout shows for a decision, a verdict, a sentiment and a
/// kind of entry (`jatketaan (go)`, `doorgaan (go)`, `havainto`) are read back in any of its
/// languages; the journal and `--json` keep the English word. A missing `--text` is
/// refused by rollout itself, in the user's language, with the command to type.
@Suite struct TypedWordsEndToEndTests {
  static let plan = """
    plan: Asiakasdialogi
    starts: 2.11.2026
    phases:
      - id: pilotti
        title: Pilotti
        weeks: 8
        goals:
          - id: persoonat
            title: Kaikki käyttävät persoonia
      - id: laajennus
        title: Laajennus
        weeks: 4
        goals:
          - id: savy
            title: Yksi äänensävy

    """

  func workspace(_ name: String) throws -> URL {
    let folder = try makeScratchFolder(name)
    let plans = folder.appendingPathComponent("Plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try Data(Self.plan.utf8).write(to: plans.appendingPathComponent("plan.yaml"))
    return folder
  }

  func journal(_ folder: URL) throws -> String {
    try String(
      contentsOf: folder.appendingPathComponent("Plans/plan.journal.yaml"), encoding: .utf8)
  }

  /// Each word as a Finnish or Dutch run shows it, typed back, under every locale: a Dutch
  /// word in a Finnish run reads the same.
  @Test(arguments: ["C", "fi_FI.UTF-8", "nl_NL.UTF-8"])
  func theShownWordsAreReadBack(locale: String) throws {
    let folder = try workspace(#function + locale)
    let env = ["LANG": locale]
    let runs: [([String], String)] = [
      (["assess", "persoonat", "ei saavutettu", "--text", "Ei vielä"], "verdict: not-met"),
      (["assess", "persoonat", "Niet-Gehaald", "--text", "Nog niet"], "verdict: not-met"),
      (["note", "Hyvä", "--sentiment", "myönteinen"], "sentiment: positive"),
      (["note", "Goed", "--sentiment", "negatief"], "sentiment: negative"),
      (["decide", "pilotti", "laitetaan pitoon", "--text", "Odotetaan"], "decision: hold"),
      (["decide", "pilotti", "opnieuw-beginnen", "--text", "Over"], "decision: recycle"),
      (["decide", "pilotti", "Jatketaan", "--text", "Eteenpäin"], "decision: go"),
    ]
    var lines = 0
    for (arguments, written) in runs {
      let r = try runRollout(arguments, in: folder, environment: env)
      #expect(r.status == 0, "\(arguments) \(locale): \(r.stderr)")
      lines += 1
      let kept = try journal(folder).split(separator: "\n")
      #expect(kept.count == lines, "\(arguments): nothing logged is lost")
      #expect(kept.last?.contains(written) == true, "\(arguments): \(kept.last ?? "")")
    }
    // `log --kind` in each language's words; `--json` keeps the English kind.
    for word in ["päätös", "besluit", "decide"] {
      let r = try runRollout(["log", "--kind", word, "--json"], in: folder, environment: env)
      #expect(r.status == 0, "\(word): \(r.stderr)")
      #expect(r.stdout.components(separatedBy: "\"kind\" : \"decide\"").count == 4, "\(r.stdout)")
      #expect(!r.stdout.contains("\"kind\" : \"note\""), "\(word): \(r.stdout)")
    }
    let notes = try runRollout(["log", "--kind", "havainto"], in: folder, environment: env)
    #expect(notes.status == 0 && notes.stdout.split(separator: "\n").count == 2, "\(notes)")
  }

  /// `status` names a decision with the words of `log` and the report (review 3, finding
  /// 13), and a confirmation says which phase the Finnish decision is about.
  @Test func statusNamesADecisionInTheReadersWords() throws {
    let folder = try workspace(#function)
    let fi = try runRollout(
      ["decide", "pilotti", "hold", "--text", "Odotetaan"], in: folder,
      environment: ["LANG": "fi_FI.UTF-8"])
    #expect(fi.stdout.contains("päätös viikolle 2026-W48: vaiheesta pilotti laitetaan pitoon"))
    let said: [(String, String)] = [
      ("fi_FI.UTF-8", "päätös 2026-W48: laitetaan pitoon (hold) / Tester — Odotetaan"),
      ("nl_NL.UTF-8", "besluit 2026-W48: aanhouden (hold) door Tester — Odotetaan"),
      ("C", "decision 2026-W48: hold by Tester — Odotetaan"),
    ]
    for (locale, line) in said {
      let r = try runRollout(["status"], in: folder, environment: ["LANG": locale])
      #expect(r.status == 0 && r.stdout.contains(line), "\(locale): \(r.stdout)")
    }
  }

  /// `assess`, `decide` and `retract` without `--text`: exit 64, the reason asked for in the
  /// user's words with the command line to type, the parser's pointer to `--help` worded
  /// too, and the journal as it was.
  @Test func aMissingTextIsAskedForInTheUsersLanguage() throws {
    let folder = try workspace(#function)
    let logged = try runRollout(["note", "Alku"], in: folder)
    #expect(logged.status == 0, "\(logged.stderr)")
    let before = try journal(folder)
    let cases: [(String, [String], String)] = [
      (
        "fi_FI.UTF-8", ["assess", "persoonat", "ei saavutettu"],
        "Arviolta puuttuu perustelu (--text). Kerro muutamalla sanalla miksi: rollout assess"
          + " persoonat \"ei saavutettu\" --text \"…\"\n"
      ),
      (
        "nl_NL.UTF-8", ["decide", "pilotti", "doorgaan"],
        "Een besluit heeft een toelichting nodig (--text). Zeg in een paar woorden waarom:"
          + " rollout decide pilotti doorgaan --text \"…\"\n"
      ),
      (
        "C", ["retract", "c0ffee01"],
        "A retraction needs its reason (--text). Add why in a few words: rollout retract"
          + " c0ffee01 --text \"…\"\n"
      ),
    ]
    for (locale, arguments, said) in cases {
      let r = try runRollout(arguments, in: folder, environment: ["LANG": locale])
      #expect(r.status == 64, "\(arguments) \(locale): \(r.stderr)")
      #expect(r.stderr.contains(said), "\(arguments) \(locale): \(r.stderr)")
      #expect(!r.stderr.contains("Missing expected argument"), "\(r.stderr)")
      let help = [
        "fi_FI.UTF-8": "  Lisätietoja: 'rollout \(arguments[0]) --help'.",
        "nl_NL.UTF-8": "  Zie 'rollout \(arguments[0]) --help' voor meer informatie.",
        "C": "  See 'rollout \(arguments[0]) --help' for more information.",
      ]
      #expect(r.stderr.hasSuffix((help[locale] ?? "") + "\n"), "\(locale): \(r.stderr)")
      #expect(try journal(folder) == before)
    }
    // An empty one is still refused as empty.
    let empty = try runRollout(
      ["decide", "pilotti", "go", "--text", " "], in: folder, environment: ["LANG": "fi_FI.UTF-8"])
    #expect(empty.status == 64 && empty.stderr.contains("--text on tyhjä"), "\(empty.stderr)")
    // The parser's own errors keep its English, with the pointer to --help worded.
    let unknown = try runRollout(
      ["note", "x", "--bogus"], in: folder, environment: ["LANG": "nl_NL.UTF-8"])
    #expect(unknown.status == 64, "\(unknown.stderr)")
    #expect(unknown.stderr.contains("Zie 'rollout note --help' voor meer informatie."))
    #expect(try journal(folder) == before)
  }
}
