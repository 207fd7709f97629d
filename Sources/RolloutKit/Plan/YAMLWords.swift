import YAML

/// The YAML layer's problems, worded for people who are not programmers, in each language.
/// Plans and journals share them.
extension YAMLProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .unexpectedColon:
      return l.say(
        en: "a ':' appears where YAML does not expect one",
        fi: "kaksoispiste ':' on kohdassa, jossa YAML ei odota sitä",
        nl: "er staat een ':' waar YAML die niet verwacht")
    case .indentedMore:
      return l.say(
        en: "this line is indented more than the keys above it",
        fi: "tämä rivi on sisennetty enemmän kuin yllä olevat avaimet",
        nl: "deze regel springt verder in dan de sleutels erboven")
    case .keysMisaligned:
      return l.say(
        en: "this line does not line up with the keys above it",
        fi: "tämä rivi ei ole samassa linjassa yllä olevien avainten kanssa",
        nl: "deze regel staat niet gelijk met de sleutels erboven")
    case .listItemsMisaligned:
      return l.say(
        en: "this line is indented differently from the list items above it",
        fi: "tämä rivi on sisennetty eri tavalla kuin yllä olevat luettelon kohdat",
        nl: "deze regel springt anders in dan de lijstitems erboven")
    case .cannotStartValue:
      return l.say(
        en: "this character cannot start a value here (a tab, '@' or '`'?)",
        fi: "arvo ei voi alkaa tällä merkillä (sarkain, '@' vai '`'?)",
        nl: "een waarde kan hier niet met dit teken beginnen (een tab, '@' of '`'?)")
    case .endsInsideQuoteOrBracket:
      return l.say(
        en: "the file ends inside a quoted text or a bracket",
        fi: "tiedosto päättyy kesken lainausmerkkien tai sulkeiden",
        nl: "het bestand eindigt midden in een tekst tussen aanhalingstekens of haakjes")
    case .keyWithoutColon(let suggestion?):
      let key = suggestion.prefix { $0 != ":" }
      return l.say(
        en: "the key '\(key)' is missing its ':'",
        fi: "avaimesta '\(key)' puuttuu kaksoispiste ':'",
        nl: "bij de sleutel '\(key)' ontbreekt de ':'")
    case .keyWithoutColon:
      return l.say(
        en: "a key is missing its ':'", fi: "avaimesta puuttuu kaksoispiste ':'",
        nl: "bij een sleutel ontbreekt de ':'")
    case .flowMappingUnclosed:
      return l.say(
        en: "a '{ … }' mapping is not closed or lacks a comma",
        fi: "'{ … }'-rakenteesta puuttuu loppusulje tai pilkku",
        nl: "een '{ … }' is niet gesloten of mist een komma")
    case .flowListUnclosed:
      return l.say(
        en: "a '[ … ]' list is not closed or lacks a comma",
        fi: "'[ … ]'-luettelosta puuttuu loppusulje tai pilkku",
        nl: "een lijst '[ … ]' is niet gesloten of mist een komma")
    case .valueMissing:
      return l.say(
        en: "a value is missing here", fi: "tästä puuttuu arvo", nl: "hier ontbreekt een waarde")
    case .tabIndentation:
      return l.say(
        en: "a tab is used for indentation", fi: "sisennyksessä on sarkain",
        nl: "er is met een tab ingesprongen")
    case .controlCharacters:
      return l.say(
        en: "the file contains control characters", fi: "tiedostossa on ohjausmerkkejä",
        nl: "het bestand bevat stuurtekens")
    case .notUTF8(let byte):
      let shown = byte.map { " (byte 0x\(String($0, radix: 16, uppercase: true)))" } ?? ""
      return l.say(
        en: "the file is not valid UTF-8 text\(shown)",
        fi: "tiedosto ei ole kelvollista UTF-8-tekstiä\(shown)",
        nl: "het bestand is geen geldige UTF-8-tekst\(shown)")
    case .nulByte:
      return l.say(
        en: "the file contains a NUL byte: it looks binary, not text",
        fi: "tiedostossa on NUL-tavu: se näyttää binääritiedostolta eikä tekstiltä",
        nl: "het bestand bevat een NUL-byte: het lijkt binair, geen tekst")
    case .unknownTagHandle:
      return l.say(
        en: "a '!' starts an unknown tag", fi: "'!' aloittaa tuntemattoman tagin",
        nl: "een '!' begint een onbekende tag")
    case .unknownEscape:
      return l.say(
        en: "a '\\' in a double-quoted text is not a known escape",
        fi: "lainausmerkeissä oleva '\\' ei aloita tunnettua erikoismerkkiä",
        nl: "een '\\' in een tekst tussen dubbele aanhalingstekens is geen bekende escape")
    case .listItemWhereValueExpected:
      return l.say(
        en: "a '- ' list item appears where a value was expected",
        fi: "luettelon kohta '- ' on kohdassa, jossa pitäisi olla arvo",
        nl: "er staat een lijstitem '- ' waar een waarde werd verwacht")
    case .twoVersionLines:
      return l.say(
        en: "the file has two %YAML lines", fi: "tiedostossa on kaksi %YAML-riviä",
        nl: "het bestand heeft twee %YAML-regels")
    case .blockScalar:
      return l.say(
        en: "a value that starts with '>' or '|' begins a block of text in YAML",
        fi: "YAMLissa merkillä '>' tai '|' alkava arvo aloittaa tekstilohkon",
        nl: "in YAML opent een waarde die met '>' of '|' begint een tekstblok")
    case .anchorOrAlias:
      return l.say(
        en: "anchors and aliases ('&name', '*name') are not supported here",
        fi: "ankkureita ja viittauksia ('&nimi', '*nimi') ei tueta",
        nl: "ankers en verwijzingen ('&naam', '*naam') worden hier niet ondersteund")
    case .secondDocument:
      return l.say(
        en: "the file holds more than one YAML document ('---')",
        fi: "tiedostossa on useampi kuin yksi YAML-dokumentti ('---')",
        nl: "het bestand bevat meer dan één YAML-document ('---')")
    case .unsupportedTag(let name):
      return l.say(
        en: "the tag '\(name)' is not supported", fi: "tagia '\(name)' ei tueta",
        nl: "de tag '\(name)' wordt niet ondersteund")
    case .tooDeep(let limit):
      return l.say(
        en: "the nesting is deeper than \(limit) levels",
        fi: "sisäkkäisiä tasoja on yli \(limit)", nl: "de nesting is dieper dan \(limit) niveaus")
    case .outOfMemory:
      return l.say(en: "out of memory", fi: "muisti loppui", nl: "onvoldoende geheugen")
    case .unreadable(let detail):
      return l.say(
        en: "the YAML cannot be read: \(detail)", fi: "YAMLia ei voi lukea (libyaml: \(detail))",
        nl: "de YAML is niet te lezen (libyaml: \(detail))")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .unexpectedColon:
      return l.say(
        en:
          "if the text contains ': ', put the whole value in double quotes; else check the indentation",
        fi: "jos tekstissä on ': ', kirjoita koko arvo lainausmerkkeihin; muuten tarkista sisennys",
        nl:
          "staat er ': ' in de tekst, zet dan de hele waarde tussen dubbele aanhalingstekens; controleer anders het inspringen"
      )
    case .indentedMore:
      return l.say(
        en: "indent it exactly like the key it belongs with, using spaces",
        fi: "sisennä se välilyönneillä täsmälleen kuten avain, johon se kuuluu",
        nl: "spring in met spaties, precies zoals de sleutel waar hij bij hoort")
    case .keysMisaligned:
      return l.say(
        en: "indent it exactly like its neighbours, with spaces",
        fi: "sisennä se välilyönneillä täsmälleen kuten viereiset rivit",
        nl: "spring in met spaties, precies zoals de regels eromheen")
    case .listItemsMisaligned:
      return l.say(
        en: "line up each '- ' item, and the keys under it, with the ones above (spaces only)",
        fi:
          "tasaa jokainen '- '-kohta ja sen alla olevat avaimet yllä olevien kanssa (vain välilyönnein)",
        nl: "zet elk '- '-item en de sleutels eronder gelijk met die erboven (alleen spaties)")
    case .cannotStartValue:
      return l.say(
        en: "indent with spaces, not tabs, and quote values that start with '@' or '`'",
        fi:
          "sisennä välilyönneillä, ei sarkaimilla, ja kirjoita '@'- tai '`'-merkillä alkavat arvot lainausmerkkeihin",
        nl:
          "spring in met spaties, niet met tabs, en zet waarden die met '@' of '`' beginnen tussen aanhalingstekens"
      )
    case .endsInsideQuoteOrBracket:
      return l.say(
        en: "close the quote or the bracket that was opened",
        fi: "sulje avattu lainausmerkki tai sulkumerkki",
        nl: "sluit het geopende aanhalingsteken of haakje")
    case .keyWithoutColon(let suggestion?):
      return l.say(
        en: "write '\(suggestion)'", fi: "kirjoita '\(suggestion)'", nl: "schrijf '\(suggestion)'")
    case .keyWithoutColon:
      return l.say(
        en: "write 'key: value'; if this is a continued text, put it in quotes",
        fi:
          "kirjoita 'avain: arvo'; jos tämä jatkaa edellistä tekstiä, kirjoita teksti lainausmerkkeihin",
        nl:
          "schrijf 'sleutel: waarde'; is dit een doorlopende tekst, zet die dan tussen aanhalingstekens"
      )
    case .flowMappingUnclosed:
      return l.say(
        en: "separate the entries with ',' and end with '}'; quote texts that contain ',' or '}'",
        fi:
          "erota kentät pilkulla ja päätä '}'-merkkiin; kirjoita lainausmerkkeihin tekstit, joissa on ',' tai '}'",
        nl:
          "scheid de velden met ',' en sluit af met '}'; zet teksten met ',' of '}' tussen aanhalingstekens"
      )
    case .flowListUnclosed:
      return l.say(
        en: "separate the items with ',' and end with ']'",
        fi: "erota kohdat pilkulla ja päätä ']'-merkkiin",
        nl: "scheid de items met ',' en sluit af met ']'")
    case .valueMissing:
      return l.say(
        en: "write a value after the ':' or '-', or quote the text",
        fi: "kirjoita arvo ':'- tai '-'-merkin jälkeen tai kirjoita teksti lainausmerkkeihin",
        nl: "schrijf een waarde na de ':' of '-', of zet de tekst tussen aanhalingstekens")
    case .tabIndentation:
      return l.say(
        en: "indent with spaces; YAML does not allow tabs there",
        fi: "sisennä välilyönneillä; YAML ei salli sarkaimia sisennyksessä",
        nl: "spring in met spaties; YAML staat daar geen tabs toe")
    case .controlCharacters:
      return l.say(
        en: "this looks like a binary file, not a text file written in an editor",
        fi: "tämä näyttää binääritiedostolta eikä editorilla kirjoitetulta tekstitiedostolta",
        nl: "dit lijkt een binair bestand, geen tekstbestand uit een editor")
    case .notUTF8:
      return l.say(
        en: "save the file as UTF-8 in your editor",
        fi: "tallenna tiedosto editorissa UTF-8-muodossa",
        nl: "sla het bestand in je editor op als UTF-8")
    case .nulByte:
      return l.say(
        en: "check that this is the right file; plans and journals are UTF-8 text",
        fi: "tarkista, että tiedosto on oikea; suunnitelmat ja päiväkirjat ovat UTF-8-tekstiä",
        nl: "controleer of dit het juiste bestand is; plannen en logboeken zijn UTF-8-tekst")
    case .unknownTagHandle:
      return l.say(
        en: "put the value in quotes", fi: "kirjoita arvo lainausmerkkeihin",
        nl: "zet de waarde tussen aanhalingstekens")
    case .unknownEscape:
      return l.say(
        en: "write '\\\\' for a backslash, or use single quotes",
        fi: "kirjoita kenoviiva muodossa '\\\\' tai käytä heittomerkkejä",
        nl: "schrijf '\\\\' voor een backslash, of gebruik enkele aanhalingstekens")
    case .listItemWhereValueExpected:
      return l.say(
        en: "put the list on its own lines, indented under its key",
        fi: "kirjoita luettelo omille riveilleen avaimensa alle sisennettynä",
        nl: "zet de lijst op eigen regels, ingesprongen onder de sleutel")
    case .twoVersionLines:
      return l.say(en: "remove one", fi: "poista toinen niistä", nl: "verwijder er één")
    case .blockScalar:
      return l.say(
        en: "put the value in double quotes, for example \">= 4.2\"",
        fi: "kirjoita arvo lainausmerkkeihin, esimerkiksi \">= 4.2\"",
        nl: "zet de waarde tussen dubbele aanhalingstekens, bijvoorbeeld \">= 4.2\"")
    case .anchorOrAlias:
      return l.say(
        en: "write the value out in full instead of referring to another one",
        fi: "kirjoita arvo kokonaan viittaamatta toiseen",
        nl: "schrijf de waarde voluit in plaats van naar een andere te verwijzen")
    case .secondDocument:
      return l.say(
        en: "keep one document per file", fi: "pidä yhdessä tiedostossa vain yksi dokumentti",
        nl: "houd één document per bestand")
    case .unsupportedTag:
      return l.say(
        en: "remove the '!…' tag, or put the whole value in quotes",
        fi: "poista '!…'-tagi tai kirjoita koko arvo lainausmerkkeihin",
        nl: "verwijder de tag '!…', of zet de hele waarde tussen aanhalingstekens")
    case .tooDeep:
      return l.say(
        en: "rollout files need only a few levels; check the indentation and brackets",
        fi: "rolloutin tiedostoissa tarvitaan vain muutama taso; tarkista sisennykset ja sulkeet",
        nl: "rollout-bestanden hebben maar een paar niveaus nodig; controleer inspringen en haakjes"
      )
    case .outOfMemory, .unreadable:
      return nil
    }
  }
}

extension Node.Kind {
  /// What was found instead, after "but this is": "a list", "nothing".
  func name(_ l: Language) -> String {
    switch self {
    case .mapping:
      return l.say(
        en: "a mapping (key: value lines)", fi: "'avain: arvo' -rivejä",
        nl: "een reeks 'sleutel: waarde'-regels")
    case .list: return l.say(en: "a list", fi: "luettelo", nl: "een lijst")
    case .nothing: return l.say(en: "nothing", fi: "tyhjä", nl: "niets")
    case .flag: return "true/false"
    case .number: return l.say(en: "a number", fi: "luku", nl: "een getal")
    case .text: return l.say(en: "text", fi: "tekstiä", nl: "tekst")
    }
  }
}

extension Diagnostic {
  /// A YAML syntax problem of `file`, at its place.
  init(_ error: YAMLError, file: String) {
    self.init(file: file, line: error.mark.line, column: error.mark.column, error.problem)
  }
}
