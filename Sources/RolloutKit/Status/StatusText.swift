/// `rollout status` for people: each phase with its state and weeks, each goal with its
/// value beside its target, a progress bar and the reason when pending. Fits 80 columns;
/// colour only when asked for (the command asks on a terminal without NO_COLOR).
public struct StatusText: Sendable {
  public var colour: Bool
  public var width: Int
  /// The language of the words around the plan's own names and texts.
  public var language: Language

  public init(colour: Bool, width: Int = 80, language: Language = .en) {
    self.colour = colour
    self.width = width
    self.language = language
  }

  public func render(_ e: Evaluation) -> String {
    var lines = [truncate(bold(flat(e.plan.title)))]
    lines += wrap(
      [
        language.weekHeading(e.week),
        e.activePhase.map {
          language.say(
            en: "active phase: \($0)", fi: "käynnissä oleva vaihe: \($0)", nl: "actieve fase: \($0)"
          )
        }
          ?? headlineWithoutActive(e),
      ] + breakFacts(e), indent: 0)
    for phase in e.phases {
      lines.append("")
      lines += render(phase, plan: e.plan)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// docs/gates.md: in a break week no metric counts; say so once, with the plan's reason.
  func breakFacts(_ e: Evaluation) -> [String] {
    guard let pause = e.plan.breakHolding(e.week) else { return [] }
    return [
      paint(
        language.say(en: "a break", fi: "tauko", nl: "pauze") + ": \(flat(pause.reason))", "33"),
      language.say(
        en: "no metric counts this week", fi: "mittareita ei lasketa tällä viikolla",
        nl: "deze week telt geen meetwaarde"),
    ]
  }

  func headlineWithoutActive(_ e: Evaluation) -> String {
    if let stopped = e.stoppedWeek { return LockReason.planStopped(stopped).words(in: language) }
    guard let current = e.currentPhase else {
      return LockReason.planStarts(e.plan.startWeek).words(in: language)
    }
    return PassHeadline.of(e, current: current).message(in: language)
  }

  // MARK: Phases

  func render(_ p: PhaseEvaluation, plan: Plan) -> [String] {
    let (mark, code): (String, String) =
      switch p.state {
      // A pass by an override is marked apart from a pass on the goals.
      case .passed: p.override ? ("⚠", "33") : ("✓", "32")
      case .active: ("▶", "36")
      case .stopped: ("■", "31")
      case .locked: ("○", "2")
      }
    var lines = [truncate(paint(mark, code) + " " + bold(p.phase.id) + " · " + flat(p.phase.title))]
    lines += wrap(phaseFacts(p), indent: 2)
    if p.state == .locked {
      let count = p.goals.count
      lines += wrap(
        [
          language.say(
            en: "\(count) \(count == 1 ? "goal" : "goals") waiting",
            fi: "\(count) \(count == 1 ? "tavoite odottaa" : "tavoitetta odottaa")",
            nl: "\(count) \(count == 1 ? "doel wacht" : "doelen wachten")")
        ], indent: 2)
      return lines
    }
    for goal in p.goals {
      lines += render(goal, in: p, plan: plan)
    }
    for decision in p.decisions {
      lines.append(truncate("  " + decisionLine(decision)))
    }
    return lines
  }

  func phaseFacts(_ p: PhaseEvaluation) -> [String] {
    var facts: [String] = []
    switch p.state {
    case .passed:
      let w = p.passedWeek.map(String.init(describing:)) ?? "?"
      facts.append(
        paint(
          p.override
            ? language.say(
              en: "passed in \(w) as an override (a go with a required goal unmet)",
              fi:
                "läpäisty viikolla \(w) poikkeuksena (go-päätös, vaikka pakollinen tavoite jäi saavuttamatta)",
              nl:
                "afgerond in \(w) als uitzondering (een go terwijl een verplicht doel niet gehaald is)"
            )
            : p.passedBy == .decision
              ? language.say(
                en: "passed in \(w) by decision (a go confirmed it)",
                fi: "läpäisty viikolla \(w) päätöksellä (go-päätös vahvisti sen)",
                nl: "afgerond in \(w) met een go-besluit (ter bevestiging)")
              : language.say(
                en: "passed in \(w) by its goals",
                fi: "läpäisty viikolla \(w) tavoitteiden perusteella",
                nl: "afgerond in \(w) op de doelen"), "32"))
    case .active:
      let w = p.unlockedWeek.map(String.init(describing:)) ?? "?"
      facts.append(
        paint(
          language.say(
            en: "active since \(w)", fi: "käynnissä viikosta \(w)", nl: "actief sinds \(w)"), "36"
        ))
      if p.onHold {
        facts.append(paint(language.say(en: "on hold", fi: "pidossa", nl: "aangehouden"), "33"))
      }
      let (met, of) = p.requiredMet
      facts.append(
        language.say(
          en: "\(met) of \(of) required \(of == 1 ? "goal" : "goals") met",
          fi: "\(met)/\(of) pakollisesta tavoitteesta saavutettu",
          nl: "\(met) van \(of) verplichte \(of == 1 ? "doel" : "doelen") gehaald"))
      if let pass = p.forecastPass {
        facts.append(
          language.say(
            en: "at this pace passes in \(pass)", fi: "tällä tahdilla läpäistään viikolla \(pass)",
            nl: "in dit tempo afgerond in \(pass)"))
      }
      if p.overdue {
        let n = p.overdueWeeks
        facts.append(
          paint(
            language.say(
              en: "overdue by \(n) \(n == 1 ? "week" : "weeks")",
              fi: "myöhässä \(n == 1 ? "1 viikon" : "\(n) viikkoa")",
              nl: "\(n) \(n == 1 ? "week" : "weken") over tijd"), "31"))
      }
    case .stopped:
      let week =
        p.decisions.last.map { d in
          language.say(en: " in \(d.week)", fi: " viikolla \(d.week)", nl: " in \(d.week)")
        } ?? ""
      facts.append(paint(language.say(en: "stopped", fi: "pysäytetty", nl: "gestopt") + week, "31"))
    case .locked:
      facts.append(paint(language.say(en: "locked", fi: "lukittu", nl: "op slot"), "2"))
    }
    facts.append(
      language.say(en: "planned", fi: "suunniteltu", nl: "gepland")
        + " \(p.plannedStart) – \(p.plannedEnd)")
    if p.state != .active, let unlocked = p.unlockedWeek {
      facts.append(
        language.say(
          en: "unlocked \(unlocked)", fi: "avattu \(unlocked)", nl: "geopend \(unlocked)"))
    }
    if let from = p.countsFrom, from != p.unlockedWeek {
      facts.append(
        language.say(
          en: "counting from \(from)", fi: "lasketaan viikosta \(from)", nl: "telt vanaf \(from)")
      )
    }
    return facts
  }

  func decisionLine(_ entry: Entry) -> String {
    // The words `log` and the report use: `laitetaan pitoon (hold)`.
    let kind = entry.decisionBody?.decision.words(in: language) ?? "?"
    let why = entry.decisionBody?.text ?? ""
    return language.say(en: "decision", fi: "päätös", nl: "besluit")
      + " \(entry.week): \(kind) " + language.say(en: "by", fi: "/", nl: "door")
      + " \(flat(entry.author)) — \(flat(why))"
  }
}
