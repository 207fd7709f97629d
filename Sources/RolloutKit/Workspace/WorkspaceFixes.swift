/// How to mend each `WorkspaceProblem`, in each language.
extension WorkspaceProblem {
  public func fix(in l: Language) -> String? {
    switch self {
    case .todayNotADate:
      return l.say(
        en: "write it as YYYY-MM-DD, for example ROLLOUT_TODAY=2026-11-25",
        fi: "kirjoita se muodossa VVVV-KK-PP, esimerkiksi ROLLOUT_TODAY=2026-11-25",
        nl: "schrijf het als JJJJ-MM-DD, bijvoorbeeld ROLLOUT_TODAY=2026-11-25")
    case .noPlan(let hint?):
      return hint.fix(in: l)
    case .noPlan(nil):
      return l.say(
        en: "run 'rollout init' to write a starter plan, or name one with --plan PATH",
        fi: "aja 'rollout init', niin saat valmiin pohjan, tai anna suunnitelma valitsimella "
          + "--plan POLKU",
        nl: "voer 'rollout init' uit voor een startplan, of noem er een met --plan PAD")
    case .manyPlans:
      return l.say(
        en: "choose one with --plan PATH or set ROLLOUT_PLAN",
        fi: "valitse yksi valitsimella --plan POLKU tai muuttujalla ROLLOUT_PLAN",
        nl: "kies er een met --plan PAD of zet ROLLOUT_PLAN")
    case .planMissing(_, let path):
      return l.say(
        en: "check the path, or run 'rollout init \(path)' to create it",
        fi: "tarkista polku tai luo suunnitelma komennolla 'rollout init \(path)'",
        nl: "controleer het pad, of maak het plan met 'rollout init \(path)'")
    case .planIsFolder:
      return l.say(
        en: "name the plan's .yaml file itself", fi: "anna itse suunnitelman .yaml-tiedosto",
        nl: "noem het .yaml-bestand van het plan zelf")
    case .templateMissing(_, let start):
      return l.say(
        en: "check the path given with --template, or ", fi: "tarkista --template-polku tai ",
        nl: "controleer het pad bij --template, of ") + Self.start(start, l)
    case .templateIsFolder(let start):
      return l.say(
        en: "name the .mustache file itself, or ", fi: "anna itse .mustache-tiedosto tai ",
        nl: "noem het .mustache-bestand zelf, of ") + Self.start(start, l)
    case .templateUnreadable:
      return l.say(
        en: "check that you may read it (its permissions)",
        fi: "tarkista, että sinulla on lukuoikeus tiedostoon",
        nl: "controleer of je het mag lezen (de rechten)")
    case .templateNotUTF8:
      return l.say(
        en: "save it as UTF-8 in your editor", fi: "tallenna se editorissa UTF-8-muodossa",
        nl: "sla het in je editor op als UTF-8")
    case .reportWeekAhead:
      return l.say(
        en: "check --week/--as-of; add --force if you really mean a week to come",
        fi: "tarkista --week/--as-of; lisää --force, jos todella tarkoitat tulevaa viikkoa",
        nl: "controleer --week/--as-of; voeg --force toe als je echt een komende week bedoelt")
    case .journalFirst, .editorFailed, .editedNoteUnreadable, .editorTemporaryFile:
      return nil
    case .overflow(_, let weeks, _):
      let since = weeks.first.map { " --since \($0)" } ?? ""
      return l.say(
        en: "find the wrong value with 'rollout log --kind metric\(since)' and retract it "
          + "('rollout retract ID --text …')",
        fi: "etsi virheellinen arvo komennolla 'rollout log --kind metric\(since)' ja peru se "
          + "('rollout retract TUNNUS --text …')",
        nl: "zoek de verkeerde waarde met 'rollout log --kind metric\(since)' en trek hem in "
          + "('rollout retract ID --text …')")
    case .editorCannotStart:
      return l.say(
        en: "set VISUAL or EDITOR to your editor, or give the note as an argument",
        fi: "aseta editorisi muuttujaan VISUAL tai EDITOR, tai anna havainto komennon "
          + "perässä",
        nl: "zet VISUAL of EDITOR op je editor, of geef de notitie als argument mee")
    case .folderNotCreated:
      return l.say(
        en: "check the path: a file of that name may be in the way, or you may not write there",
        fi: "tarkista polku: samanniminen tiedosto voi olla tiellä, tai sinulla ei ole "
          + "kirjoitusoikeutta",
        nl: "controleer het pad: er staat misschien een bestand met die naam in de weg, of je "
          + "mag daar niet schrijven")
    case .outIsProtected:
      return l.say(
        en: "write the report to another file, for example --out report.md",
        fi: "kirjoita raportti toiseen tiedostoon, esimerkiksi --out raportti.md",
        nl: "schrijf het rapport naar een ander bestand, bijvoorbeeld --out rapport.md")
    }
  }

  private static func start(_ command: String, _ l: Language) -> String {
    l.say(
      en: "write the shipped one to a file to start from: \(command)",
      fi: "kirjoita mukana tuleva pohja tiedostoon ja aloita siitä: \(command)",
      nl: "schrijf het meegeleverde sjabloon naar een bestand om mee te beginnen: \(command)")
  }
}
