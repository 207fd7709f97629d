/// Why a writing command refuses an entry, besides its names and its phase's gate
/// (`ReferenceProblem`, `PhaseRefusal`), as a value worded once per language.
public enum CaptureRefusal: Sendable, Hashable {
  /// `retract` of an entry that another retraction already withdrew.
  case alreadyWithdrawn(String, by: String, line: Int)
  /// A week after this week, without `--force`.
  case futureWeek(ISOWeek, thisWeek: ISOWeek)
  /// A new channel close to a known one, without `--force`.
  case newChannel(String, near: String)
  /// The same metric value for the same week, already in the journal (`line` 0 when not
  /// known), without `--again`.
  case repeatedInJournal(what: Entry, week: ISOWeek, id: String, line: Int)
  /// The same metric value earlier in the same file (`line` nil when not known).
  case repeatedInFile(what: Entry, week: ISOWeek, line: Int?)
  /// A value outside its metric's `range:`, without `--force`: a probable typo.
  case outsideRange(metric: String, value: Double, range: ClosedRange<Double>)
  /// The same note text by the same author about the same phase and week, without
  /// `--again`.
  case repeatedNote(week: ISOWeek, id: String, line: Int)
}

extension CaptureRefusal: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .alreadyWithdrawn(let target, let by, let line):
      let at = journalLine(line, l)
      return l.say(
        en: "the entry '\(target)' is already withdrawn by \(by)\(at)",
        fi: "merkintä '\(target)' on jo peruttu merkinnällä \(by)\(at)",
        nl: "de vermelding '\(target)' is al ingetrokken door \(by)\(at)")
    case .futureWeek(let week, let thisWeek):
      return l.say(
        en: "\(week) is after this week (\(thisWeek))",
        fi: "\(week) on tämän viikon (\(thisWeek)) jälkeen",
        nl: "\(week) ligt na deze week (\(thisWeek))")
    case .newChannel(let channel, _):
      return l.say(
        en: "the channel '\(channel)' is new: no goal and no earlier entry uses it",
        fi: "kanava '\(channel)' on uusi: mikään tavoite tai aiempi merkintä ei käytä sitä",
        nl: "het kanaal '\(channel)' is nieuw: geen doel en geen eerdere vermelding gebruikt het")
    case .repeatedInJournal(let entry, let week, let id, let line):
      let what = EntrySummary.what(entry, language: l)
      let at = journalLine(line, l)
      return l.say(
        en: "the value \(what) for \(week) is already logged, as entry \(id)\(at)",
        fi: "arvo \(what) viikolle \(week) on jo kirjattu, merkintänä \(id)\(at)",
        nl: "de waarde \(what) voor \(week) is al gelogd, als vermelding \(id)\(at)")
    case .outsideRange(let metric, let value, let range):
      let span = l.exact(range.lowerBound) + "…" + l.exact(range.upperBound)
      return l.say(
        en: "\(metric) \(l.exact(value)) is outside \(span), the plausible values in the plan",
        fi: "\(metric) \(l.exact(value)) on uskottavan välin \(span) ulkopuolella "
          + "(suunnitelman 'range')",
        nl: "\(metric) \(l.exact(value)) valt buiten \(span), de aannemelijke waarden "
          + "volgens het plan")
    case .repeatedNote(let week, let id, let line):
      let at = journalLine(line, l)
      return l.say(
        en: "the same note for \(week) is already logged, as entry \(id)\(at)",
        fi: "sama havainto viikolle \(week) on jo kirjattu, merkintänä \(id)\(at)",
        nl: "dezelfde notitie voor \(week) is al gelogd, als vermelding \(id)\(at)")
    case .repeatedInFile(let entry, let week, let line):
      let what = EntrySummary.what(entry, language: l)
      let place =
        line.map { n in
          l.say(
            en: "on line \(n) of this file", fi: "tämän tiedoston rivillä \(n)",
            nl: "op regel \(n) van dit bestand")
        }
        ?? l.say(
          en: "earlier in this file", fi: "aiemmin tässä tiedostossa", nl: "eerder in dit bestand")
      return l.say(
        en: "the value \(what) for \(week) is already \(place)",
        fi: "arvo \(what) viikolle \(week) on jo \(place)",
        nl: "de waarde \(what) voor \(week) staat al \(place)")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .outsideRange:
      return l.say(
        en: "check the value (a decimal point missing, or a digit too many?); if it is right, "
          + "add --force, or widen 'range' in the plan",
        fi: "tarkista arvo (puuttuuko desimaalierotin, tai onko siinä numero liikaa?); jos arvo "
          + "on oikein, lisää --force tai laajenna suunnitelman 'range'-väliä",
        nl: "controleer de waarde (komma vergeten of een cijfer te veel?); klopt hij, voeg dan "
          + "--force toe of verruim 'range' in het plan")
    case .alreadyWithdrawn(_, let by, _):
      return l.say(
        en: "retract that retraction ('rollout retract \(by) --text …') to restore it",
        fi: "peru peruutus ('rollout retract \(by) --text …'), niin merkintä palaa voimaan",
        nl:
          "trek die intrekking in ('rollout retract \(by) --text …') om de vermelding terug te zetten"
      )
    case .futureWeek:
      return l.say(
        en: "check --week/--date; add --force if you really mean a future week",
        fi: "tarkista --week/--date; lisää --force, jos todella tarkoitat tulevaa viikkoa",
        nl: "controleer --week/--date; voeg --force toe als je echt een toekomstige week bedoelt")
    case .newChannel(let channel, let near):
      return didYouMean(near, l) + " "
        + l.say(
          en: "A goal counts only its exact channel; if '\(channel)' is a new channel, add --force",
          fi:
            "tavoite ottaa huomioon vain täsmälleen oman kanavansa; jos '\(channel)' on uusi kanava, lisää --force",
          nl:
            "een doel telt alleen precies zijn eigen kanaal; is '\(channel)' een nieuw kanaal, voeg dan --force toe"
        )
    case .repeatedNote:
      return l.say(
        en: "nothing to do: it is in the journal once; add --again to log it a second time",
        fi:
          "ei tarvetta: se on päiväkirjassa jo kerran; lisää --again kirjataksesi sen toiseen kertaan",
        nl: "niets te doen: hij staat al in het logboek; voeg --again toe om hem nog eens te loggen"
      )
    case .repeatedInJournal, .repeatedInFile:
      return l.say(
        en: "if it really is another value for the same week, add --again to log it anyway",
        fi:
          "jos kyse todella on toisesta arvosta samalle viikolle, lisää --again kirjataksesi sen silti",
        nl:
          "is het echt een tweede waarde voor dezelfde week, voeg dan --again toe om hem toch te loggen"
      )
    }
  }

  /// At the web form (docs/serve.md), which logs notes for this week and has no options:
  /// a repeat needs nothing more, and a near channel is typed again; a new channel is the
  /// plan owner's to allow. The other refusals never reach the form.
  public func fix(in l: Language, at place: FixPlace) -> String? {
    guard place == .webForm else { return fix(in: l) }
    switch self {
    case .repeatedNote:
      return l.say(
        en: "nothing more to do: the note is in the journal once already",
        fi: "mitään ei tarvitse tehdä: havainto on jo kerran päiväkirjassa",
        nl: "er hoeft niets meer te gebeuren: de notitie staat al één keer in het logboek")
    case .newChannel(_, let near):
      return didYouMean(near, l) + " "
        + l.say(
          en: "Write the channel as '\(near)', or leave it empty; only the plan's owner can add "
            + "a new channel, on the command line",
          fi: "Kirjoita kanavaksi '\(near)' tai jätä kanava tyhjäksi; uuden kanavan voi lisätä "
            + "vain suunnitelman omistaja, komentoriviltä",
          nl: "Schrijf het kanaal als '\(near)', of laat het leeg; alleen de eigenaar van het "
            + "plan kan een nieuw kanaal toevoegen, op de opdrachtregel")
    case .alreadyWithdrawn, .futureWeek, .repeatedInJournal, .repeatedInFile, .outsideRange:
      return nil
    }
  }

  /// ` (journal line 12)`, or nothing for an entry not read from the file.
  private func journalLine(_ line: Int, _ l: Language) -> String {
    line > 0
      ? l.say(
        en: " (journal line \(line))", fi: " (päiväkirjan rivi \(line))",
        nl: " (regel \(line) van het logboek)") : ""
  }
}
