/// The gate verdict line (docs/reports.md, item 1): a status word and what it rests on, worded so
/// that the reports on two neighbouring phases never contradict each other or `status`.
extension Builder {
  func verdict() -> GateVerdict {
    let pe = reported
    let (state, word, detail) = verdictParts(pe)
    let slipped = pe.goals.filter(pe.dipped).count
    let warns = slipped > 0
    var verdict = GateVerdict(
      state: state, word: word, detail: detail,
      overdue: pe.overdue ? overdueText(pe) : "", isOverdue: pe.overdue,
      overdueWeeks: pe.overdueWeeks,
      warning: warns ? slippedText(slipped, of: pe.requiredMet.of) : "",
      hasWarning: warns)
    verdict.isOverride = pe.state == .passed && pe.override
    verdict.forecastPass = forecastPassText(pe)
    verdict.hasForecastPass = !verdict.forecastPass.isEmpty
    return verdict
  }

  /// "since the pass, 1 of 4 required goals is no longer met".
  private func slippedText(_ slipped: Int, of: Int) -> String {
    let goals = of == 1 ? "goal" : "goals"
    return locale.say(
      en: "since the pass, \(slipped) of \(of) required \(goals) "
        + (slipped == 1 ? "is" : "are") + " no longer met",
      fi: "läpäisyn jälkeen \(slipped)/\(of) pakollisesta tavoitteesta ei enää täyty",
      nl: "sinds de afronding " + (slipped == 1 ? "wordt" : "worden")
        + " \(slipped) van \(of) verplichte \(of == 1 ? "doel" : "doelen") niet meer gehaald")
  }

  /// "2 of 3 required goals met", "all 3 required goals met", "the one required goal met".
  func requiredGoals(_ met: Int, of: Int) -> String {
    if of == 0 {
      return locale.say(
        en: "no goal is required", fi: "ei pakollisia tavoitteita", nl: "geen verplichte doelen")
    }
    if met == of && of == 1 {
      return locale.say(
        en: "the one required goal met", fi: "ainoa pakollinen tavoite saavutettu",
        nl: "het enige verplichte doel gehaald")
    }
    if met == of {
      return locale.say(
        en: "all \(of) required goals met",
        fi: of == 2
          ? "molemmat pakolliset tavoitteet saavutettu"
          : "kaikki \(of) pakollista tavoitetta saavutettu",
        nl: of == 2 ? "beide verplichte doelen gehaald" : "alle \(of) verplichte doelen gehaald")
    }
    return locale.say(
      en: "\(met) of \(of) required \(of == 1 ? "goal" : "goals") met",
      fi: "\(met)/\(of) pakollisesta tavoitteesta saavutettu",
      nl: "\(met) van \(of) \(of == 1 ? "verplicht doel" : "verplichte doelen") gehaald")
  }

  private func verdictParts(_ pe: PhaseEvaluation) -> (String, String, String) {
    if pe.state == .passed, let passed = pe.passedWeek {
      // docs/reports.md: an override never looks like a pass on the goals.
      let word =
        pe.override
        ? locale.say(
          en: "PASSED BY OVERRIDE", fi: "LÄPÄISTY POIKKEUKSELLA",
          nl: "DOORGELATEN BIJ UITZONDERING")
        : locale.say(en: "PASSED", fi: "LÄPÄISTY", nl: "GEHAALD")
      return ("passed", word, passedText(pe, passed))
    }
    if pe.state == .locked {
      return (
        "not-started", locale.say(en: "NOT STARTED", fi: "EI ALKANUT", nl: "NIET GESTART"),
        lockedText()
      )
    }
    if pe.state == .stopped || evaluation.stopped {
      return ("stopped", locale.say(en: "STOPPED", fi: "PYSÄYTETTY", nl: "GESTOPT"), stoppedText())
    }
    if pe.onHold, let hold = pe.decisions.last(where: { decisionKind($0) == .hold }) {
      let w = locale.week(hold.week)
      let who = text(hold.author)
      let why = decisionText(hold)
      return (
        "on-hold", locale.say(en: "ON HOLD", fi: "PIDOSSA", nl: "AANGEHOUDEN"),
        locale.say(
          en: "since \(w), decided by \(who): \(why)",
          fi: "\(w) alkaen (\(who)): \(why)",
          nl: "sinds \(w), besluit van \(who): \(why)")
          + "; " + requiredGoals(pe.requiredMet.met, of: pe.requiredMet.of)
      )
    }
    let met = pe.requiredMet
    if met.met == met.of {
      return (
        "ready", locale.say(en: "READY", fi: "VALMIS", nl: "KLAAR"),
        requiredGoals(met.met, of: met.of)
          + locale.say(
            en: "; a go decision is awaited", fi: "; odottaa go-päätöstä",
            nl: "; wacht op een go-besluit")
      )
    }
    return (
      "not-yet", locale.say(en: "NOT YET", fi: "EI VIELÄ", nl: "NOG NIET"),
      requiredGoals(met.met, of: met.of)
    )
  }

  /// docs/reports.md: passed by goals, by decision (a confirmation) or as an override, with who
  /// and why for the last.
  private func passedText(_ pe: PhaseEvaluation, _ passed: ISOWeek) -> String {
    let w = locale.week(passed)
    if pe.passedBy == .decision, let go = passingDecision(pe) {
      let who = text(go.author)
      if pe.override {
        let why = decisionText(go)
        let (met, of) = pe.requiredMetAtPass
        if met == 0 {
          return locale.say(
            en: "in \(w), as an override: \(who) decided go with none of the \(of) required goals"
              + " met — \(why)",
            fi: "\(w), poikkeuksena: \(who) päätti jatkaa, vaikka yhtäkään pakollista tavoitetta"
              + " ei ollut saavutettu — \(why)",
            nl: "in \(w), als uitzondering: \(who) besloot door te gaan terwijl nog geen van de"
              + " \(of) verplichte doelen gehaald was — \(why)")
        }
        return locale.say(
          en: "in \(w), as an override: \(who) decided go with \(met) of \(of) required goals met"
            + " — \(why)",
          fi: "\(w), poikkeuksena: \(who) päätti jatkaa, vaikka pakollisista tavoitteista oli"
            + " saavutettu vain \(met)/\(of) — \(why)",
          nl: "in \(w), als uitzondering: \(who) besloot door te gaan terwijl pas \(met) van \(of)"
            + " verplichte doelen gehaald \(met == 1 ? "was" : "waren") — \(why)")
      }
      let goals = requiredGoals(pe.requiredMet.of, of: pe.requiredMet.of)
      return locale.say(
        en: "in \(w), by decision: \(who) confirmed it with a go (\(goals))",
        fi: "\(w), päätöksellä: \(who) vahvisti läpäisyn (\(goals))",
        nl: "in \(w), door een besluit: \(who) bevestigde de afronding met een go (\(goals))")
    }
    let met = pe.requiredMet
    let goals = requiredGoals(met.of, of: met.of)
    return locale.say(
      en: "in \(w), by goals: \(goals)", fi: "\(w), tavoitteiden perusteella: \(goals)",
      nl: "in \(w), op doelen: \(goals)")
  }

  private func stoppedText() -> String {
    guard let stop = lastDecision(.stop) else {
      return locale.say(
        en: "the plan was stopped", fi: "suunnitelma on pysäytetty", nl: "het plan is gestopt")
    }
    let w = locale.inWeek(stop.week)
    let who = text(stop.author)
    let why = decisionText(stop)
    return locale.say(
      en: "the plan was stopped \(w) by \(who): \(why)",
      fi: "suunnitelma pysäytettiin \(w) (\(who)): \(why)",
      nl: "het plan is gestopt \(w) door \(who): \(why)")
  }

  /// What a locked phase waits for: the phase before it, or the plan's start. Agrees with
  /// the report on that phase, with `status` and with `Evaluation.lockReason`.
  private func lockedText() -> String {
    if evaluation.stopped {
      let when =
        (evaluation.stoppedWeek ?? lastDecision(.stop)?.week).map {
          " " + locale.inWeek($0)
        } ?? ""
      return locale.say(
        en: "will not unlock: the plan was stopped\(when)",
        fi: "ei avaudu: suunnitelma pysäytettiin\(when)",
        nl: "gaat niet open: het plan is gestopt\(when)")
    }
    guard index > 0 else {
      let w = locale.inWeek(reported.plannedStart)
      return locale.say(en: "starts \(w)", fi: "alkaa \(w)", nl: "start \(w)")
    }
    let before = evaluation.phases[index - 1]
    let name = quoted(before.phase.title)
    if let passed = before.passedWeek {
      let opens = locale.inWeek(passed + 1)
      let w = locale.inWeek(passed)
      return locale.say(
        en: "unlocks \(opens): \(name) passed its gate \(w)",
        fi: "avautuu \(opens): vaihe \(name) läpäistiin \(w)",
        nl: "gaat open \(opens): fase \(name) is afgerond \(w)")
    }
    if before.state == .locked {
      return locale.say(
        en: "starts after \(name), which has not started yet",
        fi: "alkaa vaiheen \(name) jälkeen, eikä sekään ole vielä alkanut",
        nl: "start na fase \(name), die nog niet gestart is")
    }
    if before.onHold {
      return locale.say(
        en: "starts when \(name) passes its gate; \(name) is on hold",
        fi: "alkaa, kun vaihe \(name) on läpäisty; se on nyt pidossa",
        nl: "start zodra fase \(name) gehaald is; die fase is aangehouden")
    }
    let m = before.requiredMet
    let goals = requiredGoals(m.met, of: m.of)
    if plan.unlock == .decision && m.met == m.of {
      return locale.say(
        en: "starts the week after a go decision on \(name) (\(goals))",
        fi: "alkaa go-päätöstä seuraavalla viikolla (vaihe \(name): \(goals))",
        nl: "start in de week na een go-besluit over fase \(name) (\(goals))")
    }
    return locale.say(
      en: "starts when \(name) passes its gate (\(goals))",
      fi: "alkaa, kun vaihe \(name) on läpäisty (\(goals))",
      nl: "start zodra fase \(name) gehaald is (\(goals))")
  }
}
