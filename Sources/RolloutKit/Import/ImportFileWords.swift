/// What can be wrong with an import file as a whole — reading it, its CSV quoting, its
/// header, a row's shape — worded in each language (docs/import.md). A cell's value is an
/// `ImportProblem`.
public enum ImportFileProblem: Sendable, Hashable {
  /// Why a file is not an Excel workbook.
  public enum NotAWorkbook: Sendable, Hashable {
    case plainText, notZIP, noWorkbookPart, noSheets
    case partTooLarge(String)
    case partDamaged(String)
    case partNotXML(String)
    case sheetWithoutData(String)
  }

  case unreadable
  case notUTF8
  case empty
  case headerOnly(wide: Bool)
  case notCSV(String)
  case quoteInsideValue
  case quoteNeverClosed
  case textAfterQuote
  case quoteClosedLater(line: Int)
  case unnamedColumn(nearest: String?)
  case unknownColumn(String, nearest: String?)
  case columnsShareRole([String], role: String)
  case noValueColumn
  case weekAndDateColumns
  case noWeekOrDateColumn
  case rowTooLong
  case emptyMetric
}

extension ImportFileProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .unreadable:
      return l.say(
        en: "the file cannot be read", fi: "tiedostoa ei voi lukea",
        nl: "het bestand kan niet worden gelezen")
    case .notUTF8:
      return l.say(
        en: "the file is not UTF-8 text", fi: "tiedosto ei ole UTF-8-tekstiä",
        nl: "het bestand is geen UTF-8-tekst")
    case .empty:
      return l.say(en: "the file is empty", fi: "tiedosto on tyhjä", nl: "het bestand is leeg")
    case .headerOnly:
      return l.say(
        en: "the file has a header but no rows with values",
        fi: "tiedostossa on otsikkorivi mutta ei yhtään riviä, jolla on arvoja",
        nl: "het bestand heeft een kopregel maar geen regels met waarden")
    case .notCSV(let detail):
      return l.say(
        en: "the file cannot be read as CSV: \(detail)",
        fi: "tiedostoa ei voi lukea CSV-muodossa: \(detail)",
        nl: "het bestand is niet als CSV te lezen: \(detail)")
    case .quoteInsideValue:
      return l.say(
        en: "a quote stands inside a value that does not start with one",
        fi: "lainausmerkki on keskellä arvoa, joka ei ala lainausmerkillä",
        nl: "er staat een aanhalingsteken midden in een waarde die er niet mee begint")
    case .quoteNeverClosed:
      return l.say(
        en: "a quote opened here is never closed",
        fi: "tässä avattua lainausmerkkiä ei suljeta koskaan",
        nl: "een aanhalingsteken dat hier opent, wordt nooit gesloten")
    case .textAfterQuote:
      return l.say(
        en: "more text follows the closing quote of a value",
        fi: "arvon loppulainausmerkin perässä on vielä tekstiä",
        nl: "na het sluitende aanhalingsteken van een waarde volgt nog tekst")
    case .quoteClosedLater(let line):
      return l.say(
        en: "the quote opened here is closed only on line \(line), and more text follows it there",
        fi: "tässä avattu lainausmerkki suljetaan vasta rivillä \(line), ja sen perässä on "
          + "vielä tekstiä",
        nl: "het aanhalingsteken dat hier opent, sluit pas op regel \(line), en daar volgt nog "
          + "tekst")
    case .unnamedColumn:
      return l.say(
        en: "a column has no name", fi: "sarakkeella ei ole nimeä",
        nl: "een kolom heeft geen naam")
    case .unknownColumn(let name, _):
      return l.say(
        en: "the column '\(name)' is not one rollout reads",
        fi: "rollout ei lue saraketta '\(name)'", nl: "de kolom '\(name)' leest rollout niet")
    case .columnsShareRole(let names, let role):
      let quoted = l.list(names.map { "'\($0)'" }, or: false)
      return l.say(
        en: "the columns \(quoted) \(names.count == 2 ? "both" : "all") give the \(role)",
        fi: "sarakkeet \(quoted) antavat kaikki saman tiedon ('\(role)')",
        nl: "de kolommen \(quoted) geven allemaal de '\(role)'")
    case .noValueColumn:
      return l.say(
        en: "the header has no value column", fi: "otsikkorivillä ei ole arvosaraketta",
        nl: "de kopregel heeft geen waardekolom")
    case .weekAndDateColumns:
      return l.say(
        en: "the header has both a week and a date column",
        fi: "otsikkorivillä on sekä viikko- että päivämääräsarake",
        nl: "de kopregel heeft zowel een week- als een datumkolom")
    case .noWeekOrDateColumn:
      return l.say(
        en: "the header has no week or date column",
        fi: "otsikkorivillä ei ole viikko- eikä päivämääräsaraketta",
        nl: "de kopregel heeft geen week- of datumkolom")
    case .rowTooLong:
      return l.say(
        en: "the row has more values than the header has columns",
        fi: "rivillä on enemmän arvoja kuin otsikkorivillä on sarakkeita",
        nl: "de regel heeft meer waarden dan de kopregel kolommen heeft")
    case .emptyMetric:
      return l.say(en: "the metric is empty", fi: "mittari puuttuu", nl: "de meetwaarde ontbreekt")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .unreadable:
      return l.say(en: "check the path", fi: "tarkista polku", nl: "controleer het pad")
    case .notUTF8:
      return l.say(
        en: "save or export it as UTF-8 CSV", fi: "tallenna tai vie se UTF-8-muotoisena CSV:nä",
        nl: "sla het op of exporteer het als UTF-8-CSV")
    case .empty:
      return l.say(
        en: "export the data with a header row", fi: "vie tiedot otsikkorivin kanssa",
        nl: "exporteer de gegevens met een kopregel")
    case .headerOnly(let wide):
      guard wide else { return nil }
      return l.say(
        en: "export at least one day or week with values",
        fi: "vie vähintään yksi päivä tai viikko, jolla on arvoja",
        nl: "exporteer minstens één dag of week met waarden")
    case .notCSV:
      return l.say(
        en: "open it in a spreadsheet and export it again as CSV",
        fi: "avaa se taulukkolaskentaohjelmassa ja vie se uudelleen CSV-muodossa",
        nl: "open het in een spreadsheet en exporteer het opnieuw als CSV")
    case .quoteInsideValue:
      return l.say(
        en: "put the whole value in quotes and write the inner quote twice (\"\")",
        fi:
          "kirjoita koko arvo lainausmerkkeihin ja sen sisällä oleva lainausmerkki kahdesti (\"\")",
        nl: "zet de hele waarde tussen aanhalingstekens en schrijf het binnenste "
          + "aanhalingsteken dubbel (\"\")")
    case .quoteNeverClosed:
      return l.say(
        en: "close the value with a quote (\"); every line after it was read as part of the value",
        fi: "sulje arvo lainausmerkillä (\"); kaikki sen jälkeiset rivit luettiin osaksi arvoa",
        nl: "sluit de waarde af met een aanhalingsteken (\"); elke regel erna is als deel van "
          + "de waarde gelezen")
    case .textAfterQuote, .quoteClosedLater:
      let close =
        self == .textAfterQuote
        ? ""
        : l.say(
          en: "close the quote on this line; ",
          fi: "sulje lainausmerkki tällä "
            + "rivillä; ", nl: "sluit het aanhalingsteken op deze regel; ")
      return close
        + l.say(
          en: "a quote inside a value is written twice (\"\"), and a quoted value ends at the "
            + "delimiter",
          fi: "arvon sisällä lainausmerkki kirjoitetaan kahdesti (\"\"), ja lainausmerkeissä "
            + "oleva arvo päättyy erottimeen",
          nl: "een aanhalingsteken in een waarde schrijf je dubbel (\"\"), en een waarde tussen "
            + "aanhalingstekens eindigt bij het scheidingsteken")
    case .unnamedColumn(let nearest), .unknownColumn(_, let nearest):
      if let nearest { return didYouMean(nearest, l) }
      return Self.columns(l)
    case .columnsShareRole:
      return nil
    case .noValueColumn:
      return Self.columns(l)
    case .weekAndDateColumns:
      return l.say(
        en: "keep one of them", fi: "säilytä niistä vain toinen", nl: "houd er één van over")
    case .noWeekOrDateColumn:
      return l.say(
        en: "add a week (2026-W48) or date (2026-11-25) column, or give --week",
        fi: "lisää viikko- (2026-W48) tai päivämääräsarake (2026-11-25), tai anna --week",
        nl: "voeg een week- (2026-W48) of datumkolom (2026-11-25) toe, of geef --week")
    case .rowTooLong:
      return l.say(
        en: "a value with the delimiter in it must be in double quotes",
        fi: "erottimen sisältävä arvo pitää kirjoittaa lainausmerkkeihin",
        nl: "een waarde met het scheidingsteken erin moet tussen dubbele aanhalingstekens")
    case .emptyMetric:
      return nil
    }
  }

  /// The columns of a long file, in each language's names.
  static func columns(_ l: Language) -> String {
    l.say(
      en: "the columns are: 'week' or 'date', 'metric', 'value', and optionally 'channel' and "
        + "'text' (in Finnish 'viikko' or 'päivämäärä', 'mittari', 'arvo', 'kanava', 'teksti'; "
        + "in Dutch 'week' or 'datum', 'metriek', 'waarde', 'kanaal', 'tekst')",
      fi: "sarakkeet ovat: 'viikko' tai 'päivämäärä', 'mittari', 'arvo' sekä valinnaisesti "
        + "'kanava' ja 'teksti' (englanniksi 'week' tai 'date', 'metric', 'value', 'channel', "
        + "'text')",
      nl: "de kolommen zijn: 'week' of 'datum', 'metriek', 'waarde', en eventueel 'kanaal' en "
        + "'tekst' (in het Engels 'week' of 'date', 'metric', 'value', 'channel', 'text')")
  }
}

extension ImportFileProblem.NotAWorkbook {
  func words(_ l: Language) -> String {
    switch self {
    case .plainText:
      return l.say(
        en: "it is plain text (a CSV file with an .xlsx name?)",
        fi: "se on pelkkää tekstiä (CSV-tiedosto .xlsx-nimellä?)",
        nl: "het is platte tekst (een CSV-bestand met een .xlsx-naam?)")
    case .notZIP:
      return l.say(
        en: "it is not a ZIP archive, as every .xlsx file is",
        fi: "se ei ole ZIP-arkisto, kuten jokainen .xlsx-tiedosto",
        nl: "het is geen ZIP-archief, zoals elk .xlsx-bestand")
    case .noWorkbookPart:
      return l.say(
        en: "it has no xl/workbook.xml (a .docx or .ods file?)",
        fi: "siitä puuttuu xl/workbook.xml (.docx- tai .ods-tiedosto?)",
        nl: "het heeft geen xl/workbook.xml (een .docx- of .ods-bestand?)")
    case .noSheets:
      return l.say(
        en: "it has no sheets", fi: "siinä ei ole taulukoita", nl: "het heeft geen bladen")
    case .partTooLarge(let part):
      return l.say(
        en: "its part \(part) is too large to read",
        fi: "sen osa \(part) on liian suuri luettavaksi",
        nl: "het onderdeel \(part) is te groot om te lezen")
    case .partDamaged(let part):
      return l.say(
        en: "its part \(part) is damaged", fi: "sen osa \(part) on vioittunut",
        nl: "het onderdeel \(part) is beschadigd")
    case .partNotXML(let part):
      return l.say(
        en: "its part \(part) is not the XML Excel writes",
        fi: "sen osa \(part) ei ole Excelin kirjoittamaa XML:ää",
        nl: "het onderdeel \(part) is niet de XML die Excel schrijft")
    case .sheetWithoutData(let sheet):
      return l.say(
        en: "the sheet '\(sheet)' has no data part", fi: "taulukolla '\(sheet)' ei ole tieto-osaa",
        nl: "het blad '\(sheet)' heeft geen gegevensdeel")
    }
  }
}
