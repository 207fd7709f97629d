import Foundation
import Testing

/// docs/languages.md: everything rollout says to a person is in the language of `LANG` (or
/// `ROLLOUT_LANG`). Representative commands run under Finnish, Dutch and C locales, on a
/// plan whose own names and texts are Finnish, so that any English word in the Finnish or
/// Dutch output is rollout's own, untranslated.
@Suite struct LanguageEndToEndTests {
  static let plan = """
    plan: Asiakasdialogi
    starts: 2.11.2026
    metrics:
      vastausaika:
        title: Vastausaika
        unit: h
        better: lower
      tyytyvaisyys:
        title: Tyytyväisyys
        range: [1, 5]
    phases:
      - id: pilotti
        title: Pilotti chatissa
        weeks: 4
        goals:
          - id: persoonat
            title: Kaikki käyttävät persoonia
            evidence: 1
          - id: vastaus
            title: Vastaus päivässä
            metric: vastausaika
            target: "<= 24"
      - id: laajennus
        title: Kaikki kanavat
        weeks: 4
        goals:
          - id: savy
            title: Yksi äänensävy
          - id: tyytyvaiset
            title: Asiakkaat tyytyväisiä
            metric: tyytyvaisyys
            target: ">= 4"

    """

  /// A folder with the plan, a value logged, a broken plan, a journal with a stale name and
  /// a CSV file with a bad number.
  func workspace(_ name: String = #function) throws -> URL {
    let folder = try makeScratchFolder(name)
    let plans = folder.appendingPathComponent("Plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try Data(Self.plan.utf8).write(to: plans.appendingPathComponent("plan.yaml"))
    let r = try runRollout(["metric", "vastausaika", "30", "--week", "2026-W47"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let broken = Self.plan.replacingOccurrences(of: "starts: 2.11.2026", with: "starts: 31.11.2026")
      .replacingOccurrences(
        of: "    weeks: 4\n    goals:\n      - id: persoonat",
        with: "    wekes: 4\n    goals:\n      - id: persoonat")
    try Data(broken.utf8).write(to: folder.appendingPathComponent("rikki.yaml"))
    try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("vanha.yaml"))
    try Data(
      "- {id: c0ffee01, at: \"2026-11-20T10:00:00+02:00\", week: 2026-W47, kind: metric, metric: vasteaika, value: 20, author: Aino}\n"
        .utf8
    ).write(to: folder.appendingPathComponent("vanha.journal.yaml"))
    try Data("viikko;mittari;arvo\n2026-W47;tyytyvaisyys;kolme\n".utf8).write(
      to: folder.appendingPathComponent("arvot.csv"))
    try write(Self.extraFiles, in: folder)
    return folder
  }

  /// Files for the paths that go wrong in a file: YAML that does not parse, a plan that
  /// makes a new user's mistakes, a hand-edited journal, CSV quoting, a template.
  static let extraFiles: [String: String] = [
    "yaml.yaml": "plan: Aloitus: verkko\nstarts: 2.11.2026\n",
    "opeta.yaml": plan.replacingOccurrences(
      of: "title: Pilotti chatissa", with: "title: #1 Pilotti"
    )
    .replacingOccurrences(
      of: "    weeks: 4\n    goals:\n      - id: savy",
      with: "    weeks: 4\n    unlock: decision\n    goals:\n      - id: savy"),
    "pilkku.yaml": plan,
    "pilkku.journal.yaml":
      "- {id: c0ffee01, at: \"2026-11-20T10:00:00+02:00\", week: 2026-W47, kind: metric, metric: vastausaika, value: 62,5, author: Aino}\n"
      + "- {id: c0ffee02, at: \"2026-11-20T10:00:00+02:00\", week: 2026-W47, kind: metric, metric: vastausaika, value: \"4,5\", author: Aino}\n"
      + "- {id: c0ffee03, at: \"2026-11-20T10:00:00+02:00\", week: 2026-W47, kind: metric, metric: vastausaika, value: 4, author: Aino\n",
    "lainaus.csv": "viikko;mittari;arvo\n2026-W46;tyytyvaisyys;4\n2026-W47;tyytyvaisyys;\"4\n",
    "sarakkeet.csv": "viikkonro;mittari;arvo;arvo\n47/2026;tyytyvaisyys;4;5\n",
    "iso.csv": "viikko;mittari;arvo\n2026-W46;tyytyvaisyys;4,2\n2026-W47;tyytyvaisyys;42\n",
    "rikki.mustache": "# {{plan.title}}\n{{#phases}}\n{{title}}\n",
    "kuiva.csv": "viikko;mittari;arvo\n2026-W46;tyytyvaisyys;4,2\n2026-W46;tyytyvaisyys;3,8\n",
  ]

  func write(_ files: [String: String], in folder: URL) throws {
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
  }

  /// The commands, with the exit status each must give and the environment they add.
  static let commands: [([String], Int32, [String: String])] = [
    (["status"], 0, [:]),
    (["due"], 0, [:]),
    (["log"], 0, [:]),
    (["log", "--goal", "persoona"], 1, [:]),
    (["check", "--plan", "rikki.yaml"], 1, [:]),
    (["check", "--plan", "vanha.yaml"], 1, [:]),
    (["note", "Asiakkaat kiittivät", "--phase", "laajennus"], 1, [:]),
    (["assess", "savy", "met", "--text", "Hyvä"], 1, [:]),
    (["decide", "laajennus", "go", "--text", "Valmis"], 1, [:]),
    (["metric", "tyytyvaisyys", "4", "--week", "2026-W50"], 1, [:]),
    (["import", "arvot.csv"], 1, [:]),
    (["metric", "tyytyvaisyys", "4", "--week", "vko 54/2026"], 64, [:]),
    (["note", "Hyvä palaute", "--phase", "pilotti"], 0, [:]),
    // Files that go wrong: YAML, a new user's plan, a hand-edited journal, imports.
    (["check", "--plan", "yaml.yaml"], 1, [:]),
    (["check", "--plan", "opeta.yaml"], 1, [:]),
    (["check", "--plan", "pilkku.yaml"], 1, [:]),
    (["import", "lainaus.csv"], 1, [:]),
    (["import", "sarakkeet.csv"], 1, [:]),
    (["import", "iso.csv"], 1, [:]),
    (["metric", "tyytyvaisyys", "45"], 1, [:]),
    // The shell: which plan, which day, the editor, the report's template and week.
    (["check", "--plan", "ei-ole.yaml"], 1, [:]),
    (["status"], 1, ["ROLLOUT_TODAY": "huomenna"]),
    (["edit"], 1, ["VISUAL": "false", "EDITOR": "false"]),
    (["note"], 1, ["VISUAL": "false", "EDITOR": "false"]),
    (["report", "--template", "rikki.mustache"], 1, [:]),
    (["report", "--template", "ei-ole.mustache"], 1, [:]),
    (["report", "--phase", "pilot"], 1, [:]),
    (["status", "--week", "2026-W50"], 1, [:]),
    (["init", "Plans/plan.yaml"], 1, [:]),
    (["decide", "pilotti", "hold", "--text", "Odotetaan"], 0, [:]),
    (["decide", "pilotti", "hold", "--text", "Odotetaan yhä"], 1, [:]),
    // Confirmations and log lines with a decimal, a verdict, a decision; a dry run.
    (["metric", "tyytyvaisyys", "4,5", "--week", "2026-W47"], 0, [:]),
    (["assess", "persoonat", "met", "--text", "Kaikki mukana"], 0, [:]),
    (["log"], 0, [:]),
    (["import", "kuiva.csv", "--dry-run"], 0, [:]),
  ]

  /// All that rollout said, without what is not its own words: the compiler-style labels
  /// (kept in English on purpose), the argument parser's usage lines, ids, file names and
  /// the words of the plan and journal.
  func said(_ environment: [String: String]) throws -> String {
    let folder = try workspace(#function + (environment.values.first ?? ""))
    var out = ""
    for (arguments, status, extra) in Self.commands {
      let r = try runRollout(
        arguments, in: folder, environment: environment.merging(extra) { _, new in new })
      #expect(r.status == status, "\(arguments) \(environment): \(r.stderr)")
      out += r.stdout + r.stderr
    }
    let lines = out.split(separator: "\n").filter {
      !$0.hasPrefix("Usage:") && !$0.contains("for more information")
    }.joined(separator: "\n")
    // Quoted names and keys, options (--week), entry kinds as typed (metric) and ids.
    return lines.replacing(/'[^'\n]*'/, with: "")
      .replacing(/[\w.\/-]+\.(yaml|csv|mustache)/, with: "").replacing(
        /\b[a-f][0-9a-f]{7}\b/, with: ""
      )
      .replacing(/--[a-z-]+/, with: "")
      .replacing(/\ (note|metric|assess|decide|retract)\ /, with: "  ")
      .replacingOccurrences(of: "error:", with: "").replacingOccurrences(of: "warning:", with: "")
  }

  /// English words rollout uses; Dutch shares some (is, of, in, met, week), which are left
  /// out of the Dutch check.
  static let english: Set<String> = [
    "the", "is", "not", "has", "have", "and", "or", "of", "for", "with", "to", "in", "an",
    "phase", "goal", "goals", "metric", "value", "values", "locked", "missing", "unknown",
    "logged", "entries", "entry", "pending", "active", "planned", "since", "this", "fix",
    "week", "weeks", "met", "add", "write", "did", "you", "mean", "plan", "file", "number",
    "date", "day", "calendar", "after", "change", "name", "nothing", "still", "required",
    "cannot", "read", "be", "must", "empty", "line", "lines", "text", "list", "quote",
    "quotes", "column", "columns", "header", "row", "editor", "template", "exist", "exists",
    "found", "there", "already", "refused", "repeats", "outside", "plausible", "comment",
    "put", "whole", "first", "check", "failed", "unchanged", "belongs", "top", "decimal",
    "comma", "point", "journal", "decision", "section", "closed", "never", "known", "yet",
    "would", "valid", "assessment", "retracted", "withdraws", "channel", "last", "mean",
    "sum", "positive", "negative", "neutral", "retraction",
  ]
  static let alsoDutch: Set<String> = ["is", "of", "in", "met", "week", "plan", "editor"]

  func englishWords(in text: String, ignoring: Set<String> = []) -> [String] {
    let words = text.lowercased().split { !$0.isLetter }.map(String.init)
    return Array(Set(words.filter { Self.english.contains($0) && !ignoring.contains($0) })).sorted()
  }

  @Test("Finnish: no English word of rollout's own in any of the representative commands")
  func finnish() throws {
    let text = try said(["LANG": "fi_FI.UTF-8"])
    #expect(englishWords(in: text).isEmpty, "English in: \(text)")
    for expected in ["Viikko", "lukittu", "puuttuu", "tarkoititko"] {
      #expect(text.contains(expected), "no '\(expected)' in: \(text)")
    }
  }

  @Test("Dutch: no English word of rollout's own in any of the representative commands")
  func dutch() throws {
    let text = try said(["LANG": "nl_NL.UTF-8"])
    #expect(englishWords(in: text, ignoring: Self.alsoDutch).isEmpty, "English in: \(text)")
    for expected in ["op slot", "ontbreekt", "bedoelde je"] {
      #expect(text.contains(expected), "no '\(expected)' in: \(text)")
    }
  }

  @Test("C: the same commands in English, so the checks above can fail")
  func english() throws {
    let text = try said(["LANG": "C"])
    for expected in [
      "Week", "locked", "is missing", "did you mean", "is not a number",
      "appears where YAML does not expect", "is read as a comment", "belongs at the top",
      "decimal comma", "is never closed", "is not one rollout reads", "is outside 1…5",
      "does not exist", "which is not a date", "the editor", "a section is never closed",
      "has no phase", "is after this week", "already exists", "repeats entry",
    ] {
      #expect(text.contains(expected), "no '\(expected)' in: \(text)")
    }
    #expect(englishWords(in: text).count > 20)
  }

  @Test(
    "confirmations, log and a dry run write numbers, kinds, verdicts and weeks as the reader does",
    arguments: [
      (
        "fi_FI.UTF-8",
        [
          "Viikko 48/2026 (23.–29.11.2026)", "kirjattu mittarin arvo viikolle 2026-W47",
          "tyytyvaisyys = 4,5", "mittari  ", "havainto  ", "persoonat saavutettu: Kaikki",
          "pilotti laitetaan pitoon (hold)", "viikon arvo", "3,8 (viimeisin)",
          "Viikolta 48/2026 (23.–29.11.2026)",
        ]
      ),
      (
        "nl_NL.UTF-8",
        [
          "Week 48 (23–29 nov 2026)", "gelogd: een meetwaarde in 2026-W47",
          "tyytyvaisyys = 4,5", "meetwaarde  ", "notitie  ", "persoonat gehaald: Kaikki",
          "pilotti aanhouden (hold)", "weekwaarde", "3,8 (laatste)",
          "voor week 48 (23–29 nov 2026)",
        ]
      ),
      (
        "C",
        [
          "Week 2026-W48 (2026-11-23 – 2026-11-29)", "logged a metric value in 2026-W47",
          "tyytyvaisyys = 4.5", "metric  ", "note  ", "persoonat met: Kaikki", "pilotti hold",
          "week's value", "3.8 (last)", "for 2026-W48 (2026-11-23 – 2026-11-29)",
        ]
      ),
    ])
  func readersForms(locale: String, expected: [String]) throws {
    let folder = try workspace(#function + locale)
    var out = ""
    for arguments in [
      ["metric", "tyytyvaisyys", "4,5", "--week", "2026-W47"],
      ["note", "Hyvä palaute", "--phase", "pilotti"],
      ["assess", "persoonat", "met", "--text", "Kaikki mukana"],
      ["decide", "pilotti", "hold", "--text", "Odotetaan"],
      ["log"], ["status"], ["due"], ["import", "kuiva.csv", "--dry-run"],
    ] {
      let r = try runRollout(arguments, in: folder, environment: ["LANG": locale])
      #expect(r.status == 0, "\(arguments): \(r.stderr)")
      out += r.stdout + r.stderr
    }
    for text in expected { #expect(out.contains(text), "no '\(text)' in: \(out)") }
    if locale != "C" {
      for english in ["4.5", " note ", " metric ", " assess ", " decide ", " met:", "hold:"] {
        #expect(!out.contains(english), "'\(english)' in: \(out)")
      }
    }
  }

  @Test("ROLLOUT_LANG wins over LANG; LC_ALL over LANG")
  func precedence() throws {
    let folder = try workspace()
    let nl = try runRollout(
      ["status"], in: folder, environment: ["LANG": "fi_FI.UTF-8", "ROLLOUT_LANG": "nl"])
    #expect(nl.stdout.contains("actieve fase"), "\(nl.stdout)")
    let en = try runRollout(
      ["status"], in: folder, environment: ["LANG": "fi_FI.UTF-8", "LC_ALL": "C"])
    #expect(en.stdout.contains("active phase"), "\(en.stdout)")
  }

  @Test("status writes numbers as the reader does; --json keeps the decimal point")
  func numbersInStatus() throws {
    let folder = try workspace()
    let logged = try runRollout(["metric", "vastausaika", "19,5"], in: folder)
    #expect(logged.status == 0, "\(logged.stderr)")
    for (locale, expected) in [
      ("fi_FI.UTF-8", "19,5 h"), ("nl_NL.UTF-8", "19,5 h"), ("C", "19.5 h"),
    ] {
      let r = try runRollout(["status"], in: folder, environment: ["LANG": locale])
      #expect(r.stdout.contains(expected), "\(locale): \(r.stdout)")
    }
    let fi = try runRollout(["status"], in: folder, environment: ["LANG": "fi_FI.UTF-8"])
    #expect(!fi.stdout.contains("19.5"))
    let json = try runRollout(
      ["status", "--json"], in: folder, environment: ["LANG": "fi_FI.UTF-8"])
    #expect(json.stdout.contains("19.5") && !json.stdout.contains("19,5"))
  }

  @Test("machine output stays English under a Finnish locale")
  func jsonStaysEnglish() throws {
    let folder = try workspace()
    let fi = try runRollout(["status", "--json"], in: folder, environment: ["LANG": "fi_FI.UTF-8"])
    let c = try runRollout(["status", "--json"], in: folder, environment: ["LANG": "C"])
    #expect(fi.status == 0 && fi.stdout == c.stdout)
  }
}
