import Foundation
import Testing

/// docs/languages.md: a wrong word for a fixed choice, a wrong `--format` or `--lang`, is
/// refused by rollout itself (exit 64) in the user's language, with the words to use,
/// not by the argument parser in English.
@Suite struct ChoiceErrorTests {
  static let plan = """
    plan: Asiakasdialogi
    starts: 2.11.2026
    phases:
      - id: pilotti
        title: Pilotti
        weeks: 4
        goals:
          - id: persoonat
            title: Kaikki käyttävät persoonia

    """

  static let cases: [([String], [String: [String]])] = [
    (
      ["assess", "persoonat", "mett", "--text", "Hyvä"],
      [
        "C": ["'mett' is not a verdict", "did you mean 'met'?", "use met or not-met"],
        "fi_FI.UTF-8": [
          "'mett' ei kelpaa arvioksi", "tarkoititko 'met'?",
          "käytä saavutettu tai 'ei saavutettu' (tai met, not-met)",
        ],
        "nl_NL.UTF-8": [
          "'mett' is geen oordeel", "bedoelde je 'met'?",
          "gebruik gehaald of 'niet gehaald' (of met, not-met)",
        ],
      ]
    ),
    (
      ["decide", "pilotti", "holdd", "--text", "Odotetaan"],
      [
        "C": ["'holdd' is not a decision", "did you mean 'hold'?"],
        "fi_FI.UTF-8": [
          "'holdd' ei kelpaa päätökseksi",
          "käytä jatketaan, 'laitetaan pitoon', 'aloitetaan alusta' tai lopetetaan"
            + " (tai go, hold, recycle, stop)",
        ],
        "nl_NL.UTF-8": [
          "'holdd' is geen besluit",
          "gebruik doorgaan, aanhouden, 'opnieuw beginnen' of stoppen (of go, hold, recycle, stop)",
        ],
      ]
    ),
    (
      ["note", "Hyvä palaute", "--sentiment", "hyvä"],
      [
        "C": ["'hyvä' is not a sentiment", "use positive, neutral or negative"],
        "fi_FI.UTF-8": [
          "'hyvä' ei kelpaa sävyksi",
          "käytä myönteinen, neutraali tai kielteinen (tai positive, neutral, negative)",
        ],
        "nl_NL.UTF-8": [
          "'hyvä' is geen sentiment",
          "gebruik positief, neutraal of negatief (of positive, neutral, negative)",
        ],
      ]
    ),
    (
      ["log", "--kind", "notes"],
      [
        "C": ["'notes' is not a kind of entry", "did you mean 'note'?"],
        "fi_FI.UTF-8": ["'notes' ei ole merkinnän laji", "tarkoititko 'note'?"],
        "nl_NL.UTF-8": ["'notes' is geen soort vermelding"],
      ]
    ),
    // Near misses of the reader's own words, and of another language's.
    (
      ["assess", "persoonat", "saavutetu", "--text", "Hyvä"],
      [
        "C": ["did you mean 'saavutettu'? use met or not-met"],
        "fi_FI.UTF-8": ["tarkoititko 'saavutettu'? käytä saavutettu"],
        "nl_NL.UTF-8": ["bedoelde je 'saavutettu'? gebruik gehaald"],
      ]
    ),
    (
      ["log", "--kind", "notities"],
      [
        "C": ["did you mean 'notitie'?"],
        "fi_FI.UTF-8": [
          "tarkoititko 'notitie'?",
          "käytä havainto, mittari, arvio, päätös tai peruutus (tai note, metric",
        ],
        "nl_NL.UTF-8": [
          "'notities' is geen soort vermelding", "bedoelde je 'notitie'?",
          "gebruik notitie, meetwaarde, beoordeling, besluit of intrekking",
        ],
      ]
    ),
    (
      ["decide", "pilotti", "jatketan", "--text", "Eteenpäin"],
      [
        "C": ["'jatketan' is not a decision", "did you mean 'jatketaan'?"],
        "fi_FI.UTF-8": ["tarkoititko 'jatketaan'? käytä jatketaan"],
        "nl_NL.UTF-8": ["bedoelde je 'jatketaan'? gebruik doorgaan"],
      ]
    ),
    (
      ["report", "--format", "pdf"],
      [
        "C": ["'pdf' is not a report format", "use markdown, html, text or json"],
        "fi_FI.UTF-8": ["'pdf' ei ole raportin muoto", "käytä markdown, html, text tai json"],
        "nl_NL.UTF-8": ["'pdf' is geen rapportformaat", "gebruik markdown, html, text of json"],
      ]
    ),
    (
      ["report", "--format", "json", "--print-template"],
      [
        "C": ["--format json has no template", "templates are for markdown and html"],
        "fi_FI.UTF-8": ["muodolla --format json ei ole pohjaa"],
        "nl_NL.UTF-8": ["--format json heeft geen sjabloon"],
      ]
    ),
  ]

  @Test(arguments: ["C", "fi_FI.UTF-8", "nl_NL.UTF-8"])
  func aWrongChoiceIsRefusedInTheUsersLanguage(locale: String) throws {
    let folder = try makeScratchFolder(#function + locale)
    let plans = folder.appendingPathComponent("Plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try Data(Self.plan.utf8).write(to: plans.appendingPathComponent("plan.yaml"))
    for (arguments, expected) in Self.cases {
      let r = try runRollout(arguments, in: folder, environment: ["LANG": locale])
      #expect(r.status == 64, "\(arguments): \(r.stderr)")
      for text in expected[locale] ?? [] {
        #expect(
          r.stderr.lowercased().contains(text.lowercased()),
          "\(arguments) \(locale): no '\(text)' in \(r.stderr)")
      }
      if locale != "C" {
        #expect(!r.stderr.contains("is invalid for"), "\(arguments): \(r.stderr)")
      }
    }
    // The Finnish and Dutch words of a verdict are still read.
    let fi = try runRollout(
      ["assess", "persoonat", "saavutettu", "--text", "Kaikki mukana"], in: folder,
      environment: ["LANG": locale])
    #expect(fi.status == 0, "\(fi.stderr)")
  }
}
