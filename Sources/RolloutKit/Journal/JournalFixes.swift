/// How to mend each `JournalProblem`, in each language.
extension JournalProblem {
  public func fix(in l: Language) -> String? {
    switch self {
    case .fileFailed(.read):
      return l.say(
        en: "check that the file is readable (its permissions)",
        fi: "tarkista, että tiedoston voi lukea (käyttöoikeudet)",
        nl: "controleer of het bestand leesbaar is (de rechten)")
    case .fileFailed:
      return l.say(
        en: "check that the folder exists and that you may write to the file",
        fi: "tarkista, että kansio on olemassa ja että sinulla on oikeus kirjoittaa tiedostoon",
        nl: "controleer of de map bestaat en of je naar het bestand mag schrijven")
    case .tornTail(let file):
      return l.say(
        en: "run 'rollout check --repair' to move it to \(file).rejected; nothing is added to "
          + "the journal until then",
        fi: "aja 'rollout check --repair', niin rivi siirretään tiedostoon \(file).rejected; "
          + "päiväkirjaan ei lisätä mitään ennen sitä",
        nl: "voer 'rollout check --repair' uit om hem naar \(file).rejected te verplaatsen; "
          + "tot dan wordt er niets aan het logboek toegevoegd")
    case .notOneLine:
      return l.say(
        en: "join this line to its entry, or remove it",
        fi: "yhdistä tämä rivi merkintäänsä tai poista se",
        nl: "voeg deze regel bij zijn vermelding, of verwijder hem")
    case .continuesOnNextLine:
      return l.say(
        en: "join the entry's lines into one line", fi: "yhdistä merkinnän rivit yhdeksi riviksi",
        nl: "voeg de regels van de vermelding samen tot één regel")
    case .notAMapping, .notFlow:
      return l.say(
        en: "write the entry as - {id: …, at: …, week: …, kind: …, …}",
        fi: "kirjoita merkintä muodossa - {id: …, at: …, week: …, kind: …, …}",
        nl: "schrijf de vermelding als - {id: …, at: …, week: …, kind: …, …}")
    case .fieldNotAWord:
      return nil
    case .fieldTwice:
      return l.say(
        en: "keep one of them", fi: "säilytä niistä vain toinen", nl: "houd er één van over")
    case .unknownField(let key, let kind, let allowed):
      if let near = closest(to: key, among: allowed) { return didYouMean(near, l) }
      let list = allowed.joined(separator: ", ")
      return l.say(
        en: "the fields of a \(kind) are: \(list)", fi: "'\(kind)'-merkinnän kentät: \(list)",
        nl: "de velden van een '\(kind)': \(list)")
    case .decimalComma(let field, let whole, let fraction):
      return l.say(
        en: "write '\(field): \(whole).\(fraction)', with a decimal point",
        fi: "kirjoita '\(field): \(whole).\(fraction)', desimaalipisteellä",
        nl: "schrijf '\(field): \(whole).\(fraction)', met een decimale punt")
    case .notAnEntryID(_, let target):
      return target
        ? l.say(
          en: "name the id of the entry to withdraw", fi: "anna perutun merkinnän tunnus",
          nl: "geef de id van de vermelding die je intrekt")
        : l.say(
          en: "an id is 8 characters 0-9 and a-f, starting with a letter a-f, like 'c3f09a1e'",
          fi: "tunnuksessa on 8 merkkiä 0–9 ja a–f, ja se alkaa kirjaimella a–f, "
            + "esimerkiksi 'c3f09a1e'",
          nl: "een id heeft 8 tekens 0-9 en a-f en begint met een letter a-f, zoals 'c3f09a1e'")
    case .notATimestamp:
      return l.say(
        en: "write it like \"2026-11-25T10:02:11+02:00\", in double quotes",
        fi: "kirjoita se lainausmerkkeihin muodossa \"2026-11-25T10:02:11+02:00\"",
        nl: "schrijf het als \"2026-11-25T10:02:11+02:00\", tussen dubbele aanhalingstekens")
    case .noKind(let kinds):
      let list = kinds.joined(separator: ", ")
      return l.say(
        en: "add kind: with one of \(list)", fi: "lisää kind: ja jokin näistä: \(list)",
        nl: "voeg kind: toe met een van \(list)")
    case .kindNotAWord:
      return nil
    case .notAKind(let text, let kinds):
      if let near = closest(to: text, among: kinds) { return didYouMean(near, l) }
      let list = kinds.joined(separator: ", ")
      return l.say(
        en: "use one of \(list)", fi: "käytä jotakin näistä: \(list)",
        nl: "gebruik een van \(list)")
    case .notAWeek:
      return l.say(
        en: "write the week like 2026-W48 (weeks 01 to 52, or 53 in long years)",
        fi: "kirjoita viikko muodossa 2026-W48 (viikot 01–52, pitkinä vuosina myös 53)",
        nl: "schrijf de week als 2026-W48 (weken 01 tot 52, in lange jaren 53)")
    case .missingField(let key, _, let words):
      if let words {
        let list = words.joined(separator: ", ")
        return l.say(
          en: "add \(key): with one of \(list)", fi: "lisää \(key): ja jokin näistä: \(list)",
          nl: "voeg \(key): toe met een van \(list)")
      }
      return l.say(
        en: "add \(key): … to the entry", fi: "lisää merkintään \(key): …",
        nl: "voeg \(key): … toe aan de vermelding")
    case .notText, .itemNotAWord:
      return nil
    case .notAList(let key, _, let written):
      return l.say(
        en: "write \(key): [\(written ?? "…")]", fi: "kirjoita \(key): [\(written ?? "…")]",
        nl: "schrijf \(key): [\(written ?? "…")]")
    case .notANumber(_, _, let looksNumeric):
      guard looksNumeric else { return nil }
      return l.say(
        en: "remove the quotes and write the number with a '.' decimal point",
        fi: "poista lainausmerkit ja kirjoita luku desimaalipisteellä '.'",
        nl: "haal de aanhalingstekens weg en schrijf het getal met een decimale punt '.'")
    case .notFinite:
      return l.say(
        en: "write an ordinary number such as 18.5", fi: "kirjoita tavallinen luku, kuten 18.5",
        nl: "schrijf een gewoon getal, zoals 18.5")
    case .notAChoice(let text, _, let words):
      if let near = closest(to: text, among: words) { return didYouMean(near, l) }
      let list = words.joined(separator: ", ")
      return l.say(
        en: "use one of \(list)", fi: "käytä jotakin näistä: \(list)",
        nl: "gebruik een van \(list)")
    case .idUsedTwice:
      return l.say(
        en: "give this entry another id (8 characters 0-9, a-f)",
        fi: "anna tälle merkinnälle toinen tunnus (8 merkkiä 0–9, a–f)",
        nl: "geef deze vermelding een andere id (8 tekens 0-9, a-f)")
    case .withdrawsItself:
      return l.say(
        en: "give 'target' the id of the entry to withdraw, or remove this line",
        fi: "anna kenttään 'target' perutun merkinnän tunnus tai poista tämä rivi",
        nl: "geef 'target' de id van de vermelding die je intrekt, of verwijder deze regel")
    case .afterStop:
      return l.say(
        en: "retract the decision that is wrong ('rollout retract ID --text …'); to undo the "
          + "stop, retract the stop",
        fi: "peru virheellinen päätös ('rollout retract TUNNUS --text …'); jos haluat kumota "
          + "lopetuksen, peru lopetus",
        nl: "trek het verkeerde besluit in ('rollout retract ID --text …'); om de stop "
          + "ongedaan te maken, trek je de stop in")
    }
  }
}
