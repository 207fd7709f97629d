extension ImportProblem: Worded {
  /// What is wrong, in a sentence without a capital or a full stop.
  public func message(in l: Language) -> String {
    switch self {
    case .notANumber(let text):
      return l.say(
        en: "'\(text)' is not a number rollout can use",
        fi: "'\(text)' ei ole luku, jota rollout osaa käyttää",
        nl: "'\(text)' is geen getal waar rollout mee kan werken")
    case .ambiguousNumber(let text):
      return l.say(
        en: "'\(text)' could be read two ways (a thousand and more, or one and a fraction), "
          + "and nothing else in the file says which",
        fi: "'\(text)' voi tarkoittaa kahta asiaa (tuhansia tai desimaalilukua), "
          + "eikä mikään muu tiedostossa kerro kumpaa",
        nl: "'\(text)' kan twee dingen betekenen (duizendtallen of een decimaal getal), "
          + "en niets anders in het bestand zegt welke")
    case .wrongDecimalMark(let text, let expected):
      return l.say(
        en: "'\(text)' does not match the file's other numbers, which write decimals with "
          + (expected == "," ? "a comma" : "a point"),
        fi: "'\(text)' ei vastaa tiedoston muita lukuja, joissa desimaalierotin on "
          + (expected == "," ? "pilkku" : "piste"),
        nl:
          "'\(text)' past niet bij de andere getallen in het bestand, die decimalen schrijven met "
          + (expected == "," ? "een komma" : "een punt"))
    case .mixedDecimalMarks(let point, let comma):
      return l.say(
        en: "the file's numbers write decimals both with a point ('\(point)') and with a "
          + "comma ('\(comma)')",
        fi:
          "tiedoston luvuissa desimaalierottimena on sekä piste ('\(point)') että pilkku ('\(comma)')",
        nl: "de getallen in het bestand gebruiken zowel een punt ('\(point)') als een komma "
          + "('\(comma)') voor decimalen")
    case .yesNoValue(let value):
      let v = value ? "TRUE" : "FALSE"
      return l.say(
        en: "the cell holds \(v), not a number", fi: "solussa on \(v), ei luku",
        nl: "de cel bevat \(v), geen getal")
    case .excelError(let code):
      return l.say(
        en: "the cell holds Excel's error \(code), not a number",
        fi: "solussa on Excelin virhe \(code), ei luku",
        nl: "de cel bevat Excel-fout \(code), geen getal")
    case .emptyDate:
      return l.say(en: "the date is empty", fi: "päivämäärä puuttuu", nl: "de datum ontbreekt")
    case .notADate(let text):
      return WrittenTime.Problem.notADate(text).message(in: l)
    case .emptyWeek:
      return l.say(en: "the week is empty", fi: "viikko puuttuu", nl: "de week ontbreekt")
    case .week(let problem):
      return problem.message(in: l)
    case .noDateColumn(let columns):
      return l.say(
        en: "the file has no week or date column (its columns: \(list(columns, l)))",
        fi: "tiedostossa ei ole viikko- tai päivämääräsaraketta (sarakkeet: \(list(columns, l)))",
        nl: "het bestand heeft geen week- of datumkolom (kolommen: \(list(columns, l)))")
    case .noMatchedColumn(let columns):
      return l.say(
        en: "no column of the file is matched to a metric (its columns: \(list(columns, l)))",
        fi:
          "yhtäkään tiedoston saraketta ei ole yhdistetty mittariin (sarakkeet: \(list(columns, l)))",
        nl:
          "geen enkele kolom van het bestand hoort bij een meetwaarde (kolommen: \(list(columns, l)))"
      )
    case .columnsShareMetric(let metric, let columns):
      return l.say(
        en: "the columns \(list(columns, l)) all give the metric '\(metric)'",
        fi: "sarakkeet \(list(columns, l)) antavat kaikki mittarin '\(metric)'",
        nl: "de kolommen \(list(columns, l)) geven allemaal de meetwaarde '\(metric)'")
    case .mapNotAPair(let text):
      return l.say(
        en: "--map '\(text)' is not COLUMN=METRIC",
        fi: "--map '\(text)' ei ole muotoa SARAKE=MITTARI",
        nl: "--map '\(text)' is niet van de vorm KOLOM=MEETWAARDE")
    case .mapUnknownMetric(let column, let metric, _):
      return l.say(
        en: "--map '\(column)=\(metric)': the plan has no metric '\(metric)'",
        fi: "--map '\(column)=\(metric)': suunnitelmassa ei ole mittaria '\(metric)'",
        nl: "--map '\(column)=\(metric)': het plan heeft geen meetwaarde '\(metric)'")
    case .mapColumnTwice(let column):
      return l.say(
        en: "the column '\(column)' is mapped twice",
        fi: "sarake '\(column)' on yhdistetty kahdesti",
        nl: "de kolom '\(column)' is twee keer gekoppeld")
    case .mapColumnMissing(let column, let columns):
      return l.say(
        en: "--map names the column '\(column)', which the file does not have "
          + "(its columns: \(list(columns, l)))",
        fi:
          "--map nimeää sarakkeen '\(column)', jota tiedostossa ei ole (sarakkeet: \(list(columns, l)))",
        nl:
          "--map noemt de kolom '\(column)', die het bestand niet heeft (kolommen: \(list(columns, l)))"
      )
    case .channelTwice(let column):
      return l.say(
        en: "--channel is given, and the file has a channel column too ('\(column)')",
        fi: "--channel on annettu, mutta tiedostossa on myös kanavasarake ('\(column)')",
        nl: "--channel is gegeven, en het bestand heeft ook een kanaalkolom ('\(column)')")
    case .notAWorkbook(let reason):
      return l.say(
        en: "the file is not an Excel workbook (.xlsx): \(reason.words(l))",
        fi: "tiedosto ei ole Excel-työkirja (.xlsx): \(reason.words(l))",
        nl: "het bestand is geen Excel-werkmap (.xlsx): \(reason.words(l))")
    case .unknownSheet(let name, let sheets):
      return l.say(
        en: "the workbook has no sheet '\(name)' (its sheets: \(list(sheets, l)))",
        fi: "työkirjassa ei ole taulukkoa '\(name)' (taulukot: \(list(sheets, l)))",
        nl: "de werkmap heeft geen blad '\(name)' (bladen: \(list(sheets, l)))")
    case .sheetOnlyForWorkbooks:
      return l.say(
        en: "--sheet is for Excel workbooks (.xlsx)", fi: "--sheet on Excel-työkirjoille (.xlsx)",
        nl: "--sheet is voor Excel-werkmappen (.xlsx)")
    case .mapInLongFile:
      return l.say(
        en: "--map is for a file with one column per metric, and this one has a metric column",
        fi:
          "--map on tiedostoille, joissa jokaisella mittarilla on oma sarake, ja tässä on mittarisarake",
        nl:
          "--map is voor een bestand met een kolom per meetwaarde, en dit bestand heeft een kolom voor de meetwaarde"
      )
    case .emptyValue:
      return l.say(en: "the value is empty", fi: "arvo puuttuu", nl: "de waarde ontbreekt")
    }
  }

  /// `1,250` read as one and a fraction, written so that it reads one way only: `1,25`
  /// (`1,000` → `1`; `1,234` keeps a fourth decimal, `1,2340`, since three after the mark
  /// read as thousands).
  static func decimalReading(_ text: String, mark: Character) -> String {
    guard let last = text.lastIndex(where: { $0 == "," || $0 == "." }) else { return text }
    let whole = text[..<last].filter { $0 != "," && $0 != "." }
    var fraction = String(text[text.index(after: last)...])
    while fraction.hasSuffix("0") { fraction.removeLast() }
    if fraction.isEmpty { return String(whole) }
    return whole + String(mark) + fraction + (fraction.count == 3 ? "0" : "")
  }

  /// How to fix it, when there is something to say.
  public func fix(in l: Language) -> String? {
    switch self {
    case .notANumber:
      return l.say(
        en: "write an ordinary number such as 18.5, 18,5, 1 234 or 3,2 %, or leave the cell "
          + "empty when there is no value",
        fi: "kirjoita tavallinen luku, esimerkiksi 18,5, 18.5, 1 234 tai 3,2 %, tai jätä solu "
          + "tyhjäksi, jos arvoa ei ole",
        nl: "schrijf een gewoon getal, zoals 18,5, 18.5, 1 234 of 3,2 %, of laat de cel leeg "
          + "als er geen waarde is")
    case .ambiguousNumber(let text):
      let plain = text.filter { $0 != "," && $0 != "." }
      let decimal = { (mark: Character) in Self.decimalReading(text, mark: mark) }
      return l.say(
        en: "write \(plain), or \(decimal(".")) if it is a decimal number",
        fi: "kirjoita \(plain), tai \(decimal(",")), jos se on desimaaliluku",
        nl: "schrijf \(plain), of \(decimal(",")) als het een decimaal getal is")
    case .wrongDecimalMark, .mixedDecimalMarks:
      return l.say(
        en: "write every number of the file the same way",
        fi: "kirjoita tiedoston kaikki luvut samalla tavalla",
        nl: "schrijf alle getallen in het bestand op dezelfde manier")
    case .yesNoValue, .excelError, .emptyValue:
      return l.say(
        en: "put a number in the cell, or leave it empty",
        fi: "kirjoita soluun luku tai jätä se tyhjäksi",
        nl: "zet een getal in de cel, of laat hem leeg")
    case .emptyDate, .notADate:
      return WrittenTime.dateForms(l)
        + l.say(en: " (or 20261120)", fi: " (tai 20261120)", nl: " (of 20261120)")
    case .emptyWeek: return WrittenTime.weekForms(l)
    case .week(let problem): return problem.fix(in: l)
    case .noDateColumn:
      return l.say(
        en: "export the data by day or by week, with the date or week column",
        fi: "vie tiedot päivittäin tai viikoittain, päivämäärä- tai viikkosarakkeen kanssa",
        nl: "exporteer de gegevens per dag of per week, met de datum- of weekkolom")
    case .noMatchedColumn:
      return l.say(
        en: "map a column with --map 'COLUMN=METRIC', or list its name under the metric's "
          + "'import:' in the plan",
        fi: "yhdistä sarake valitsimella --map 'SARAKE=MITTARI' tai lisää sen nimi mittarin "
          + "'import:'-kohtaan suunnitelmassa",
        nl: "koppel een kolom met --map 'KOLOM=MEETWAARDE', of zet de naam onder 'import:' "
          + "van de meetwaarde in het plan")
    case .columnsShareMetric:
      return l.say(
        en: "map only one of them to the metric", fi: "yhdistä mittariin vain yksi niistä",
        nl: "koppel er maar één aan de meetwaarde")
    case .mapNotAPair:
      return l.say(
        en: "write it like --map 'Sessions=visits'",
        fi: "kirjoita esimerkiksi --map 'Istunnot=visits'",
        nl: "schrijf het als --map 'Sessies=visits'")
    case .mapUnknownMetric(_, _, let suggestion):
      return suggestion.map { didYouMean($0, l) }
        ?? l.say(
          en: "the metric must be one of the plan's 'metrics:'",
          fi: "mittarin on oltava jokin suunnitelman 'metrics:'-kohdan mittareista",
          nl: "de meetwaarde moet een van de 'metrics:' van het plan zijn")
    case .mapColumnTwice:
      return l.say(
        en: "map each column once", fi: "yhdistä kukin sarake vain kerran",
        nl: "koppel elke kolom één keer")
    case .mapColumnMissing:
      return l.say(
        en: "check the spelling against the file's header",
        fi: "tarkista kirjoitusasu tiedoston otsikkoriviltä",
        nl: "controleer de spelling met de kopregel van het bestand")
    case .channelTwice:
      return l.say(
        en: "leave --channel out, or remove the channel column",
        fi: "jätä --channel pois tai poista kanavasarake",
        nl: "laat --channel weg, of haal de kanaalkolom weg")
    case .notAWorkbook:
      return l.say(
        en: "open it in Excel and save it as an Excel workbook (.xlsx)",
        fi: "avaa se Excelissä ja tallenna Excel-työkirjana (.xlsx)",
        nl: "open het in Excel en sla het op als Excel-werkmap (.xlsx)")
    case .unknownSheet(let name, let sheets):
      return closest(to: name, among: sheets).map { didYouMean($0, l) }
        ?? l.say(
          en: "give one of the sheets named above", fi: "anna jokin yllä luetelluista taulukoista",
          nl: "geef een van de bladen hierboven")
    case .sheetOnlyForWorkbooks:
      return l.say(
        en: "leave --sheet out for a CSV file", fi: "jätä --sheet pois CSV-tiedostolta",
        nl: "laat --sheet weg bij een CSV-bestand")
    case .mapInLongFile:
      return l.say(
        en: "leave --map out: the metric column names each row's metric",
        fi: "jätä --map pois: mittarisarake kertoo kunkin rivin mittarin",
        nl: "laat --map weg: de kolom voor de meetwaarde noemt die voor elke rij")
    }
  }

  private func list(_ names: [String], _ l: Language) -> String {
    names.isEmpty
      ? l.say(en: "none", fi: "ei yhtään", nl: "geen")
      : names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
