/// What the shell can find wrong around the plan and the journal — which plan, which day,
/// the editor, the report's files — as values, each worded once per language.
public enum WorkspaceProblem: Sendable, Hashable {
  case todayNotADate(String)
  /// With where the plan probably is, when something near looks like one.
  case noPlan(PlanHint?)
  case manyPlans([String])
  /// `source` is `--plan` or `ROLLOUT_PLAN`.
  case planMissing(source: String, path: String)
  case planIsFolder(source: String)
  case templateMissing(path: String, start: String)
  case templateIsFolder(start: String)
  case templateUnreadable
  case templateNotUTF8
  case reportWeekAhead(ISOWeek, thisWeek: ISOWeek)
  case journalFirst
  /// A metric's values add up past the largest number; `window` when inside a goal's window.
  case overflow(metric: String, weeks: [ISOWeek], window: Bool)
  case editorTemporaryFile
  case editorCannotStart(String)
  case editorFailed(String, status: Int32)
  case editedNoteUnreadable
  case folderNotCreated(String)
  /// `--out` names the plan, the journal, its `.rejected` or the template.
  case outIsProtected(role: String, path: String)
}

extension WorkspaceProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .todayNotADate(let text):
      return l.say(
        en: "ROLLOUT_TODAY is '\(text)', which is not a date",
        fi: "ROLLOUT_TODAY on '\(text)', mikä ei ole päivämäärä",
        nl: "ROLLOUT_TODAY is '\(text)', en dat is geen datum")
    case .noPlan:
      return l.say(
        en: "no plan found: there is no --plan, no ROLLOUT_PLAN and no plan in ./Plans/",
        fi: "suunnitelmaa ei löydy: ei valitsinta --plan, ei muuttujaa ROLLOUT_PLAN eikä "
          + "suunnitelmaa kansiossa ./Plans/",
        nl: "geen plan gevonden: er is geen --plan, geen ROLLOUT_PLAN en geen plan in ./Plans/")
    case .manyPlans(let plans):
      let list = plans.joined(separator: ", ")
      return l.say(
        en: "more than one plan in ./Plans/: \(list)",
        fi: "kansiossa ./Plans/ on useampi suunnitelma: \(list)",
        nl: "meer dan één plan in ./Plans/: \(list)")
    case .planMissing(let source, _):
      return l.say(
        en: "the plan file named by \(source) does not exist",
        fi: "suunnitelmatiedostoa, jonka \(source) nimeää, ei ole olemassa",
        nl: "het planbestand dat \(source) noemt, bestaat niet")
    case .planIsFolder(let source):
      return l.say(
        en: "\(source) names a folder, not a plan file",
        fi: "\(source) nimeää kansion eikä suunnitelmatiedostoa",
        nl: "\(source) noemt een map, geen planbestand")
    case .templateMissing(let path, _):
      return l.say(
        en: "the template file '\(path)' does not exist",
        fi: "pohjatiedostoa '\(path)' ei ole olemassa", nl: "het sjabloon '\(path)' bestaat niet")
    case .templateIsFolder:
      return l.say(
        en: "--template names a folder, not a template file",
        fi: "--template nimeää kansion eikä pohjatiedostoa",
        nl: "--template noemt een map, geen sjabloonbestand")
    case .templateUnreadable:
      return l.say(
        en: "the template file cannot be read", fi: "pohjatiedostoa ei voi lukea",
        nl: "het sjabloon kan niet worden gelezen")
    case .templateNotUTF8:
      return l.say(
        en: "the template file is not UTF-8 text", fi: "pohjatiedosto ei ole UTF-8-tekstiä",
        nl: "het sjabloon is geen UTF-8-tekst")
    case .reportWeekAhead(let week, let thisWeek):
      return l.say(
        en: "\(week) is after this week (\(thisWeek)): nothing about it is known yet",
        fi: "\(week) on tämän viikon (\(thisWeek)) jälkeen: siitä ei tiedetä vielä mitään",
        nl: "\(week) ligt na deze week (\(thisWeek)): daarover is nog niets bekend")
    case .journalFirst:
      return l.say(
        en: "nothing was logged: fix the journal first ('rollout check' lists the problems)",
        fi: "mitään ei kirjattu: korjaa ensin päiväkirja ('rollout check' luettelee ongelmat)",
        nl: "er is niets gelogd: herstel eerst het logboek ('rollout check' toont de problemen)")
    case .overflow(let metric, let weeks, let window):
      let list = weeks.map(\.description).joined(separator: ", ")
      return window
        ? l.say(
          en: "the values of '\(metric)' in \(list) add up to more than the largest number "
            + "(about 1.8e308); no verdict is given",
          fi: "mittarin '\(metric)' arvot viikoilla \(list) ovat yhteensä suurinta mahdollista "
            + "lukua (noin 1,8e308) suuremmat; arviota ei anneta",
          nl: "de waarden van '\(metric)' in \(list) zijn samen groter dan het grootste getal "
            + "(ongeveer 1,8e308); er wordt geen oordeel gegeven")
        : l.say(
          en: "the values of '\(metric)' logged for \(list) add up to more than the largest "
            + "number (about 1.8e308); no verdict is given",
          fi: "viikoille \(list) kirjatut mittarin '\(metric)' arvot ovat yhteensä suurinta "
            + "mahdollista lukua (noin 1,8e308) suuremmat; arviota ei anneta",
          nl: "de waarden van '\(metric)' gelogd voor \(list) zijn samen groter dan het grootste "
            + "getal (ongeveer 1,8e308); er wordt geen oordeel gegeven")
    case .editorTemporaryFile:
      return l.say(
        en: "cannot write the temporary file for the editor",
        fi: "editorin väliaikaista tiedostoa ei voi kirjoittaa",
        nl: "het tijdelijke bestand voor de editor kan niet worden geschreven")
    case .editorCannotStart(let editor):
      return l.say(
        en: "cannot start the editor '\(editor)'", fi: "editoria '\(editor)' ei voi käynnistää",
        nl: "de editor '\(editor)' kan niet worden gestart")
    case .editorFailed(let editor, let status):
      return l.say(
        en: "the editor '\(editor)' failed (exit \(status)); nothing was logged",
        fi: "editori '\(editor)' epäonnistui (paluuarvo \(status)); mitään ei kirjattu",
        nl: "de editor '\(editor)' is mislukt (exitcode \(status)); er is niets gelogd")
    case .editedNoteUnreadable:
      return l.say(
        en: "the edited note cannot be read back", fi: "muokattua havaintoa ei voi lukea",
        nl: "de bewerkte notitie kan niet worden teruggelezen")
    case .folderNotCreated(let folder):
      return l.say(
        en: "the folder '\(folder)' is missing and cannot be created",
        fi: "kansiota '\(folder)' ei ole, eikä sitä voi luoda",
        nl: "de map '\(folder)' ontbreekt en kan niet worden gemaakt")
    case .outIsProtected(let role, let path):
      return l.say(
        en: "--out names the \(role) file (\(path)); a report never writes over it",
        fi: "--out nimeää tiedoston \(path) (\(Self.role(role, l))); raportti ei koskaan "
          + "kirjoita sen päälle",
        nl: "--out noemt het bestand \(path) (\(Self.role(role, l))); een rapport "
          + "overschrijft het nooit")
    }
  }

  /// The protected file's role, as a reader says it.
  static func role(_ role: String, _ l: Language) -> String {
    switch role {
    case "plan": return l.say(en: "plan", fi: "suunnitelma", nl: "plan")
    case "journal": return l.say(en: "journal", fi: "päiväkirja", nl: "logboek")
    case "rejected":
      return l.say(en: "rejected lines", fi: "hylätyt rivit", nl: "afgewezen regels")
    default: return l.say(en: "template", fi: "pohja", nl: "sjabloon")
    }
  }
}
