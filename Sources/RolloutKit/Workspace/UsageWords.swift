/// A command line rollout refuses before it opens the plan (exit 64). The argument
/// parser's own messages (unknown option, missing argument) stay in English.
public enum UsageProblem: Error, Sendable, Hashable {
  /// Two options that exclude each other, such as `--week` and `--date`.
  case eitherOr(String, String)
  /// An option given as `''`.
  case emptyOption(String)
  /// A file name given as `''`; the argument's role, such as "the CSV file".
  case emptyFile(FileRole)
  /// `--text ''` on a command whose entry needs its reason.
  case emptyText
  /// `assess`, `decide` or `retract` without `--text`; `command` is the command line as
  /// typed so far (`rollout assess persoonat gehaald`), for the fix to show whole.
  case missingText(Entry.Kind, command: String)
  /// `init --template` with a name that is not a starter plan.
  case unknownStarter(String, suggestion: String?, names: [String])
  /// `report --lang` with something other than en, fi or nl.
  case unknownLanguage(String, suggestion: String?)
  /// `report --format` with an unknown format.
  case unknownFormat(String, formats: [String])
  /// `report --print-template` together with `--template`.
  case printTemplateAlone
  /// `report --template` or `--print-template` with `--format text` or `json`.
  case noTemplateFor(format: String)
  /// A word of a fixed set (a verdict, a decision, a sentiment, a kind of entry) that is
  /// none of them in any language (`TypedChoice`).
  case notAChoice(String, Choice)
  /// `import --week` for a file that has its own week or date column.
  case weekForDatedFile(file: String, column: String)
  /// `metric NAME` without its value.
  case missingValue
  /// An option that `metric` does not know, seen among its values.
  case unknownOption(String)
  /// More than one value for `metric`.
  case tooManyValues([String])
  /// `note` without text, in a script that has no editor to ask.
  case noTextToAsk
  /// `retract` without an entry id.
  case missingEntryID

  /// The fixed sets of words a command takes.
  public enum Choice: Sendable, Hashable {
    case verdict, decision, sentiment, kind

    var type: any TypedChoice.Type {
      switch self {
      case .verdict: return Verdict.self
      case .decision: return DecisionKind.self
      case .sentiment: return Sentiment.self
      case .kind: return Entry.Kind.self
      }
    }

    func nearestWord(to text: String, in l: Language) -> String? {
      type.nearestWord(to: text, in: l)
    }

    /// "käytä myönteinen, neutraali tai kielteinen (tai positive, neutral, negative)": the
    /// reader's own words first, then the English ones, which every language reads.
    func use(in l: Language) -> String {
      let english = type.shownWords(in: .en)
      let use = l.say(en: "use", fi: "käytä", nl: "gebruik") + " "
      guard l != .en else { return use + l.list(english) }
      let or = l.say(en: "or", fi: "tai", nl: "of")
      return use + l.list(type.shownWords(in: l))
        + " (\(or) \(english.joined(separator: ", ")))"
    }
  }

  /// The files a command takes as an argument.
  public enum FileRole: Sendable, Hashable {
    case plan, importFile
  }
}

extension UsageProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .eitherOr(let a, let b):
      return l.say(
        en: "give either \(a) or \(b), not both", fi: "anna joko \(a) tai \(b), ei molempia",
        nl: "geef \(a) of \(b), niet allebei")
    case .emptyOption(let option):
      return l.say(en: "\(option) is empty", fi: "\(option) on tyhjä", nl: "\(option) is leeg")
    case .emptyFile(.plan):
      return l.say(
        en: "the plan's path is empty", fi: "suunnitelman polku on tyhjä",
        nl: "het pad van het plan is leeg")
    case .emptyFile(.importFile):
      return l.say(
        en: "the file's name is empty", fi: "tiedoston nimi on tyhjä",
        nl: "de bestandsnaam is leeg")
    case .emptyText:
      return l.say(en: "--text is empty", fi: "--text on tyhjä", nl: "--text is leeg")
    case .missingText(.assess, _):
      return l.say(
        en: "an assessment needs its reasoning (--text)",
        fi: "arviolta puuttuu perustelu (--text)",
        nl: "een beoordeling heeft een toelichting nodig (--text)")
    case .missingText(.decide, _):
      return l.say(
        en: "a decision needs its reason (--text)", fi: "päätökseltä puuttuu perustelu (--text)",
        nl: "een besluit heeft een toelichting nodig (--text)")
    case .missingText(_, _):
      return l.say(
        en: "a retraction needs its reason (--text)",
        fi: "peruutukselta puuttuu perustelu (--text)",
        nl: "een intrekking heeft een toelichting nodig (--text)")
    case .unknownStarter(let name, _, _):
      return l.say(
        en: "there is no starter plan called '\(name)'",
        fi: "aloitussuunnitelmaa nimeltä '\(name)' ei ole",
        nl: "er is geen startplan met de naam '\(name)'")
    case .unknownLanguage(let text, _):
      return l.say(
        en: "'\(text)' is not a report language", fi: "'\(text)' ei ole raportin kieli",
        nl: "'\(text)' is geen taal voor het rapport")
    case .unknownFormat(let text, _):
      return l.say(
        en: "'\(text)' is not a report format", fi: "'\(text)' ei ole raportin muoto",
        nl: "'\(text)' is geen rapportformaat")
    case .printTemplateAlone:
      return l.say(
        en: "--print-template prints the shipped template",
        fi: "--print-template tulostaa valmiin pohjan",
        nl: "--print-template toont het meegeleverde sjabloon")
    case .noTemplateFor(let format):
      return l.say(
        en: "--format \(format) has no template", fi: "muodolla --format \(format) ei ole pohjaa",
        nl: "--format \(format) heeft geen sjabloon")
    case .notAChoice(let text, let choice):
      switch choice {
      case .verdict:
        return l.say(
          en: "'\(text)' is not a verdict", fi: "'\(text)' ei kelpaa arvioksi",
          nl: "'\(text)' is geen oordeel")
      case .decision:
        return l.say(
          en: "'\(text)' is not a decision", fi: "'\(text)' ei kelpaa päätökseksi",
          nl: "'\(text)' is geen besluit")
      case .sentiment:
        return l.say(
          en: "'\(text)' is not a sentiment", fi: "'\(text)' ei kelpaa sävyksi",
          nl: "'\(text)' is geen sentiment")
      case .kind:
        return l.say(
          en: "'\(text)' is not a kind of entry", fi: "'\(text)' ei ole merkinnän laji",
          nl: "'\(text)' is geen soort vermelding")
      }
    case .weekForDatedFile(let file, let column):
      return l.say(
        en:
          "--week and --date are for a file without a week or date column, and \(file) has one ('\(column)')",
        fi:
          "--week ja --date ovat tiedostolle, jossa ei ole viikko- tai päivämääräsaraketta, mutta tiedostossa \(file) on sellainen ('\(column)')",
        nl:
          "--week en --date zijn voor een bestand zonder week- of datumkolom, en \(file) heeft er een ('\(column)')"
      )
    case .missingValue:
      return l.say(en: "the value is missing", fi: "arvo puuttuu", nl: "de waarde ontbreekt")
    case .unknownOption(let option):
      return l.say(
        en: "unknown option '\(option)'", fi: "tuntematon valitsin '\(option)'",
        nl: "onbekende optie '\(option)'")
    case .tooManyValues(let values):
      return l.say(
        en: "give one value, not \(values.count): \(values.joined(separator: " "))",
        fi: "anna yksi arvo, ei \(values.count): \(values.joined(separator: " "))",
        nl: "geef één waarde, niet \(values.count): \(values.joined(separator: " "))")
    case .noTextToAsk:
      return l.say(
        en: "no note text", fi: "havainnon teksti puuttuu", nl: "de notitie heeft geen tekst")
    case .missingEntryID:
      return l.say(
        en: "which entry? the id is missing", fi: "mikä merkintä? tunnus puuttuu",
        nl: "welke vermelding? de id ontbreekt")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .eitherOr: return nil
    case .emptyOption, .emptyFile:
      return l.say(
        en: "give a value, or leave the option out", fi: "anna arvo tai jätä valitsin pois",
        nl: "geef een waarde, of laat de optie weg")
    case .emptyText:
      return l.say(
        en: "say why, in a few words", fi: "kerro muutamalla sanalla miksi",
        nl: "zeg in een paar woorden waarom")
    case .missingText(_, let command):
      return l.say(
        en: "add why in a few words: \(command) --text \"…\"",
        fi: "kerro muutamalla sanalla miksi: \(command) --text \"…\"",
        nl: "zeg in een paar woorden waarom: \(command) --text \"…\"")
    case .unknownStarter(_, let suggestion, let names):
      let choose = l.say(en: "choose one of", fi: "valitse jokin näistä", nl: "kies uit")
      return didYouMean(suggestion, l, then: "\(choose): \(names.joined(separator: ", "))")
    case .unknownLanguage(_, let suggestion):
      let use = l.say(en: "use en, fi or nl", fi: "käytä en, fi tai nl", nl: "gebruik en, fi of nl")
      return didYouMean(suggestion, l, then: use)
    case .unknownFormat(_, let formats):
      return l.say(en: "use", fi: "käytä", nl: "gebruik") + " " + l.list(formats)
    case .printTemplateAlone:
      return l.say(
        en: "leave out --template", fi: "jätä --template pois", nl: "laat --template weg")
    case .noTemplateFor:
      return l.say(
        en: "templates are for markdown and html", fi: "pohjat ovat muodoille markdown ja html",
        nl: "sjablonen zijn voor markdown en html")
    case .notAChoice(let text, let choice):
      return didYouMean(choice.nearestWord(to: text, in: l), l, then: choice.use(in: l))
    case .weekForDatedFile:
      return l.say(
        en: "leave --week/--date out, or remove the column",
        fi: "jätä --week/--date pois tai poista sarake",
        nl: "laat --week/--date weg, of haal de kolom weg")
    case .missingValue:
      return l.say(
        en: "give a number after the metric's name, such as 18.5",
        fi: "anna luku mittarin nimen jälkeen, esimerkiksi 18,5",
        nl: "geef een getal na de naam van de meetwaarde, bijvoorbeeld 18,5")
    case .unknownOption, .tooManyValues: return nil
    case .missingEntryID:
      return l.say(
        en: "give the id that 'rollout log' shows, such as 3f2a9c1e; several are fine",
        fi: "anna tunnus, jonka 'rollout log' näyttää, esimerkiksi 3f2a9c1e; useampikin käy",
        nl: "geef de id die 'rollout log' toont, bijvoorbeeld 3f2a9c1e; meerdere mag ook")
    case .noTextToAsk:
      return l.say(
        en: "write it as an argument, pass '-' to read standard input, or set EDITOR",
        fi: "kirjoita se komennon perään, anna '-', niin se luetaan syötteestä, tai aseta EDITOR",
        nl:
          "schrijf hem als argument, geef '-' om hem van standaardinvoer te lezen, of stel EDITOR in"
      )
    }
  }
}

/// "did you mean 'x'? Use …" when there is a nearest word, else the rest alone.
public func didYouMean(_ name: String?, _ l: Language, then rest: String) -> String {
  guard let name, let first = rest.first else { return rest }
  return didYouMean(name, l) + " " + first.uppercased() + rest.dropFirst()
}

/// "did you mean 'x'?" in the reader's language.
public func didYouMean(_ name: String, _ l: Language) -> String {
  l.say(
    en: "did you mean '\(name)'?", fi: "tarkoititko '\(name)'?", nl: "bedoelde je '\(name)'?")
}
