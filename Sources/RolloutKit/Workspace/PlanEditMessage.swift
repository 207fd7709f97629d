/// What `rollout edit` says, each message a value worded once.
public enum PlanEditMessage: Sendable {
  case noEditor
  case noChanges(String)
  case saved(String)
  case savedWithErrors(String, errors: Int)
  case keptAside(plan: String, kept: String, errors: Int)
  case prompt(errors: Int)
  case resuming(String)

  /// The message in `l`.
  public func text(in l: Language) -> String {
    switch self {
    case .noEditor:
      return l.say(
        en: "no editor: set VISUAL or EDITOR to the editor you use (for example EDITOR=nano), "
          + "or run 'rollout edit' in a terminal",
        fi: "editoria ei ole: aseta käyttämäsi editori muuttujaan VISUAL tai EDITOR "
          + "(esimerkiksi EDITOR=nano), tai aja 'rollout edit' päätteessä",
        nl: "geen editor: zet VISUAL of EDITOR op de editor die je gebruikt (bijvoorbeeld "
          + "EDITOR=nano), of voer 'rollout edit' uit in een terminal")
    case .noChanges(let plan):
      return l.say(
        en: "\(plan): no changes", fi: "\(plan): ei muutoksia", nl: "\(plan): geen wijzigingen")
    case .saved(let plan):
      return l.say(
        en: "\(plan): saved; the plan checks clean",
        fi: "\(plan): tallennettu; suunnitelmassa ei ole virheitä",
        nl: "\(plan): opgeslagen; het plan is in orde")
    case .savedWithErrors(let plan, let errors):
      return l.say(
        en: "\(plan): saved with \(Self.errors(errors, l)); 'rollout check' lists them again",
        fi: "\(plan): tallennettu, vaikka siinä on \(Self.errors(errors, l)); 'rollout check' "
          + "luettelee ne uudelleen",
        nl: "\(plan): opgeslagen met \(Self.errors(errors, l)); 'rollout check' toont ze "
          + "opnieuw")
    case .keptAside(let plan, let kept, let errors):
      return l.say(
        en: "\(plan) is unchanged: your version has \(Self.errors(errors, l)). It is kept in "
          + "\(kept); 'rollout edit' goes on from it (delete it to start from the plan).",
        fi: "\(plan) on ennallaan: sinun versiossasi on \(Self.errors(errors, l)). Se on "
          + "tallessa tiedostossa \(kept); 'rollout edit' jatkaa siitä (poista se, jos haluat "
          + "aloittaa suunnitelmasta).",
        nl: "\(plan) is ongewijzigd: jouw versie heeft \(Self.errors(errors, l)). Die staat in "
          + "\(kept); 'rollout edit' gaat daarmee verder (verwijder hem om bij het plan te "
          + "beginnen).")
    case .prompt(let errors):
      return l.say(
        en: "The plan has \(Self.errors(errors, l)). (e)dit again, (k)eep anyway, (q)uit? ",
        fi: "Suunnitelmassa on \(Self.errors(errors, l)). Muokkaa uudelleen [e], säilytä "
          + "silti [k] vai lopeta [q]? ",
        nl: "Het plan heeft \(Self.errors(errors, l)). Opnieuw bewerken [e], toch bewaren [k] "
          + "of stoppen [q]? ")
    case .resuming(let kept):
      return l.say(
        en: "going on from your version in \(kept), kept by an earlier edit",
        fi: "jatketaan versiostasi tiedostossa \(kept), joka jäi talteen aiemmasta muokkauksesta",
        nl: "verder met jouw versie in \(kept), bewaard bij een eerdere bewerking")
    }
  }

  static func errors(_ n: Int, _ l: Language) -> String {
    n == 1
      ? l.say(en: "1 error", fi: "1 virhe", nl: "1 fout")
      : l.say(en: "\(n) errors", fi: "\(n) virhettä", nl: "\(n) fouten")
  }
}

extension EditorFailure: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .cannotStart(let editor):
      return l.say(
        en: "cannot start the editor '\(editor)'", fi: "editoria '\(editor)' ei voi käynnistää",
        nl: "de editor '\(editor)' kan niet worden gestart")
    case .failed(let editor, let status):
      return l.say(
        en: "the editor '\(editor)' failed (exit \(status))",
        fi: "editori '\(editor)' epäonnistui (paluuarvo \(status))",
        nl: "de editor '\(editor)' is mislukt (exitcode \(status))")
    }
  }
}

extension PlanEditProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .unreadable:
      return l.say(
        en: "the plan cannot be read", fi: "suunnitelmaa ei voi lukea",
        nl: "het plan kan niet worden gelezen")
    case .copyNotWritten:
      return l.say(
        en: "the copy to edit cannot be written beside the plan",
        fi: "muokattavaa kopiota ei voi kirjoittaa suunnitelman viereen",
        nl: "de kopie om te bewerken kan niet naast het plan worden geschreven")
    case .changedMeanwhile(let kept):
      return l.say(
        en: "the plan changed on disk while you edited it, so it was left as it is; your "
          + "version is kept in \(kept)",
        fi: "suunnitelma muuttui levyllä muokkauksesi aikana, joten se jätettiin ennalleen; "
          + "sinun versiosi on tallessa tiedostossa \(kept)",
        nl: "het plan is op schijf gewijzigd terwijl je het bewerkte, dus het is gelaten zoals "
          + "het was; jouw versie staat in \(kept)")
    case .editorFailed(let failure):
      return failure.message(in: l)
        + l.say(
          en: "; the plan is unchanged", fi: "; suunnitelma on ennallaan",
          nl: "; het plan is ongewijzigd")
    case .notReplaced(let copy):
      return l.say(
        en: "the plan could not be replaced; your version is in \(copy)",
        fi: "suunnitelmaa ei voitu korvata; sinun versiosi on tiedostossa \(copy)",
        nl: "het plan kon niet worden vervangen; jouw versie staat in \(copy)")
    }
  }
}

/// The answer to `rollout edit`'s question after a copy with errors.
public enum PlanEditChoice: Sendable, Hashable {
  case editAgain, keepAnyway, quit

  /// `e`, `k` or `q` (or the whole word, any case); `nil` for anything else.
  public init?(answer: String) {
    switch answer.trimmingCharacters(in: " \t\r\n").lowercased() {
    case "e", "edit": self = .editAgain
    case "k", "keep": self = .keepAnyway
    case "q", "quit": self = .quit
    default: return nil
    }
  }
}
