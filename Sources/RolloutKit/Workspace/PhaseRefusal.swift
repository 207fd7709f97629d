/// Why an entry is refused because of its phase's gate (docs/gates.md), as a value.
public enum PhaseRefusal: Sendable, Hashable {
  /// A decision about a phase that is locked in its week.
  case decisionLocked(phase: String, week: ISOWeek, LockReason)
  /// A decision about a phase that passed before its week.
  case decisionAfterPass(phase: String, week: ISOWeek, passed: ISOWeek, next: String?)
  /// A decision for a week at or after the plan's stop.
  case decisionAfterStop(week: ISOWeek, stopped: ISOWeek)
  /// An assessment of a goal whose phase is locked.
  case assessLocked(goal: String, phase: String, week: ISOWeek, LockReason)
  /// A note linked to a goal whose phase is locked; `current` is the open phase.
  case goalNoteLocked(phase: String, week: ISOWeek, LockReason, current: String?)
  /// A note for a locked phase.
  case locked(phase: String, week: ISOWeek, LockReason)
  /// A note without `--phase` in a week where no phase is unlocked.
  case noDefaultPhase(week: ISOWeek)
}

extension PhaseRefusal: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .decisionLocked(let phase, let week, let reason):
      return l.say(
        en: "a decision about '\(phase)' for \(week) is refused: phase '\(phase)' is locked: ",
        fi: "päätöstä vaiheesta '\(phase)' viikolle \(week) ei voi kirjata: vaihe on lukittu: ",
        nl: "een besluit over '\(phase)' voor \(week) wordt geweigerd: fase '\(phase)' is op slot: "
      )
        + reason.words(in: l)
    case .decisionAfterPass(let phase, let week, let passed, _):
      return l.say(
        en:
          "a decision about '\(phase)' for \(week) is refused: the phase already passed in \(passed)",
        fi:
          "päätöstä vaiheesta '\(phase)' viikolle \(week) ei voi kirjata: vaihe läpäistiin jo viikolla \(passed)",
        nl:
          "een besluit over '\(phase)' voor \(week) wordt geweigerd: de fase is al gehaald in \(passed)"
      )
    case .decisionAfterStop(let week, let stopped):
      return l.say(
        en: "a decision for \(week) is refused: the plan was stopped in \(stopped)",
        fi:
          "päätöstä viikolle \(week) ei voi kirjata: suunnitelma pysäytettiin viikolla \(stopped)",
        nl: "een besluit voor \(week) wordt geweigerd: het plan is gestopt in \(stopped)")
    case .assessLocked(let goal, let phase, let week, let reason):
      return l.say(
        en: "the goal '\(goal)' cannot be assessed in \(week): phase '\(phase)' is locked: ",
        fi: "tavoitetta '\(goal)' ei voi arvioida viikolla \(week): vaihe '\(phase)' on lukittu: ",
        nl: "het doel '\(goal)' kan in \(week) niet beoordeeld worden: fase '\(phase)' is op slot: "
      )
        + reason.words(in: l)
    case .goalNoteLocked(let phase, let week, let reason, _),
      .locked(let phase, let week, let reason):
      return l.say(
        en: "phase '\(phase)' is locked: ", fi: "vaihe '\(phase)' on lukittu: ",
        nl: "fase '\(phase)' is op slot: ") + reason.words(in: l)
        + l.say(en: " in \(week)", fi: " (viikko \(week))", nl: " in \(week)")
    case .noDefaultPhase(let week):
      return l.say(
        en: "no phase is unlocked in \(week), so the note has no default phase",
        fi: "yksikään vaihe ei ole auki viikolla \(week), joten merkinnällä ei ole oletusvaihetta",
        nl: "in \(week) is geen fase open, dus de notitie heeft geen standaardfase")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .decisionLocked(_, _, .planStopped), .decisionAfterStop:
      return l.say(
        en: "a stop is final; no later decision counts",
        fi: "pysäytys on lopullinen; myöhemmät päätökset eivät vaikuta",
        nl: "een stop is definitief; latere besluiten tellen niet")
    case .decisionLocked(_, let week, _):
      return l.say(
        en: "decide about the phase that is open in \(week)",
        fi: "tee päätös vaiheesta, joka on auki viikolla \(week)",
        nl: "neem een besluit over de fase die in \(week) open is")
    case .decisionAfterPass(_, _, _, let next?):
      return l.say(
        en: "a pass is final; decide about the next phase, '\(next)', instead",
        fi: "läpäisy on lopullinen; tee päätös seuraavasta vaiheesta '\(next)'",
        nl: "een doorgelaten fase blijft doorgelaten; neem een besluit over de volgende fase, "
          + "'\(next)'")
    case .decisionAfterPass(let phase, _, _, nil):
      return l.say(
        en: "a pass is final, and '\(phase)' is the plan's last phase: no later decision "
          + "about it counts",
        fi: "läpäisy on lopullinen, ja '\(phase)' on suunnitelman viimeinen vaihe: myöhemmät "
          + "päätökset siitä eivät vaikuta",
        nl: "een doorgelaten fase blijft doorgelaten, en '\(phase)' is de laatste fase van het "
          + "plan: latere besluiten erover tellen niet")
    case .assessLocked(_, let phase, _, _):
      return l.say(
        en: "assess it once '\(phase)' unlocks, or add --force to record it anyway",
        fi: "arvioi se, kun '\(phase)' avautuu, tai lisää --force kirjataksesi sen silti",
        nl: "beoordeel het zodra '\(phase)' open is, of voeg --force toe om het toch vast te leggen"
      )
    case .goalNoteLocked(_, _, _, let current):
      let other = current.map { c in
        l.say(
          en: ", or link a goal of '\(c)' instead",
          fi: ", tai liitä se vaiheen '\(c)' tavoitteeseen",
          nl: ", of koppel in plaats daarvan een doel van '\(c)'")
      }
      return l.say(
        en: "the note goes to the phase of its goal; add --force to log it anyway",
        fi: "merkintä kirjataan tavoitteensa vaiheeseen; lisää --force kirjataksesi sen silti",
        nl: "de notitie hoort bij de fase van haar doel; voeg --force toe om haar toch te loggen")
        + (other ?? "")
    case .locked:
      return l.say(
        en: "log it for the open phase with --phase, or add --force to log it anyway",
        fi:
          "kirjaa se avoimeen vaiheeseen valitsimella --phase, tai lisää --force kirjataksesi sen silti",
        nl: "log het voor de open fase met --phase, of voeg --force toe om het toch te loggen")
    case .noDefaultPhase:
      return l.say(
        en: "name the phase with --phase", fi: "anna vaihe valitsimella --phase",
        nl: "noem de fase met --phase")
    }
  }

  /// At the web form (docs/serve.md), whose note goes to its goal's phase or the phase
  /// chosen, or with the phase left automatic to the phase open now. Decisions and
  /// assessments never reach the form.
  public func fix(in l: Language, at place: FixPlace) -> String? {
    guard place == .webForm else { return fix(in: l) }
    switch self {
    case .goalNoteLocked(_, _, _, let current?):
      return l.say(
        en: "choose a goal of '\(current)', the phase open now, or no particular goal",
        fi: "valitse nyt avoimen vaiheen '\(current)' tavoite, tai ei tiettyä tavoitetta",
        nl: "kies een doel van '\(current)', de fase die nu open is, of geen bepaald doel")
    case .goalNoteLocked(_, let week, _, nil), .noDefaultPhase(let week):
      return l.say(
        en: "no phase is open in \(week), so the form cannot log the note; the plan's owner "
          + "can, on the command line",
        fi: "yksikään vaihe ei ole auki viikolla \(week), joten lomake ei voi kirjata havaintoa; "
          + "suunnitelman omistaja voi, komentoriviltä",
        nl: "in \(week) is geen fase open, dus het formulier kan de notitie niet loggen; de "
          + "eigenaar van het plan kan dat, op de opdrachtregel")
    case .locked:
      return l.say(
        en: "leave the phase on 'automatic' (the phase open now), or choose another phase "
          + "that is open",
        fi: "jätä vaiheeksi 'automaattinen' (nyt avoin vaihe) tai valitse toinen avoin vaihe",
        nl: "laat de fase op 'automatisch' staan (de fase die nu open is), of kies een andere "
          + "fase die open is")
    case .decisionLocked, .decisionAfterPass, .decisionAfterStop, .assessLocked:
      return nil
    }
  }
}
