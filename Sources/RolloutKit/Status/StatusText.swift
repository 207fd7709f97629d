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
  private func breakFacts(_ e: Evaluation) -> [String] {
    guard let pause = e.plan.breakHolding(e.week) else { return [] }
    return [
      paint(
        language.say(en: "a break", fi: "tauko", nl: "pauze") + ": \(flat(pause.reason))", "33"),
      language.say(
        en: "no metric counts this week", fi: "mittareita ei lasketa tällä viikolla",
        nl: "deze week telt geen meetwaarde"),
    ]
  }

  private func headlineWithoutActive(_ e: Evaluation) -> String {
    if let stopped = e.stoppedWeek { return LockReason.planStopped(stopped).words(in: language) }
    guard let current = e.currentPhase else {
      return LockReason.planStarts(e.plan.startWeek).words(in: language)
    }
    return PassHeadline.of(e, current: current).message(in: language)
  }

  // MARK: Phases

  private func render(_ p: PhaseEvaluation, plan: Plan) -> [String] {
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

  private func phaseFacts(_ p: PhaseEvaluation) -> [String] {
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
                "gehaald in \(w) als uitzondering (een go terwijl een verplicht doel niet gehaald is)"
            )
            : p.passedBy == .decision
              ? language.say(
                en: "passed in \(w) by decision (a go confirmed it)",
                fi: "läpäisty viikolla \(w) päätöksellä (go-päätös vahvisti sen)",
                nl: "gehaald in \(w) door een besluit (een go bevestigde het)")
              : language.say(
                en: "passed in \(w) by its goals",
                fi: "läpäisty viikolla \(w) tavoitteiden perusteella",
                nl: "gehaald in \(w) op de doelen"), "32"))
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
            nl: "in dit tempo gehaald in \(pass)"))
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

  private func decisionLine(_ entry: Entry) -> String {
    let kind = entry.decisionBody?.decision.rawValue ?? "?"
    let why = entry.decisionBody?.text ?? ""
    return language.say(en: "decision", fi: "päätös", nl: "besluit")
      + " \(entry.week): \(kind) " + language.say(en: "by", fi: "/", nl: "door")
      + " \(flat(entry.author)) — \(flat(why))"
  }

  // MARK: Goals

  private func render(_ g: GoalEvaluation, in phase: PhaseEvaluation, plan: Plan) -> [String] {
    let (mark, code): (String, String) =
      switch g.status {
      case .met: ("✓", "32")
      case .notMet: ("✗", "31")
      case .pending: ("…", "33")
      }
    var facts = [paint(statusWords(g), code)]
    if !g.goal.required {
      facts.append(language.say(en: "optional", fi: "valinnainen", nl: "optioneel"))
    }
    switch g.goal.kind {
    case .qualitative: facts += qualitativeFacts(g)
    case .quantitative(let measure): facts += quantitativeFacts(g, measure, plan: plan)
    }
    if phase.dipped(g) {
      facts.append(
        paint(
          language.say(
            en: "dipped since the pass", fi: "heikentynyt läpäisyn jälkeen",
            nl: "gezakt sinds het halen"), "33"))
    }
    return [truncate("  " + paint(mark, code) + " " + g.goal.id + " — " + flat(g.goal.title))]
      + wrap(facts, indent: 6) + wrap(g.outlook.map(outlookFacts) ?? [], indent: 6)
  }

  /// docs/gates.md "Looking ahead", in one short line: the budget of a `weeks-met` goal, then
  /// the forecast or why there is none.
  private func outlookFacts(_ o: Outlook) -> [String] {
    var facts: [String] = []
    if let n = o.weeksNeeded {
      facts.append(
        n == 1
          ? language.say(
            en: "needs next week on target", fi: "vaatii, että ensi viikko on tavoitteessa",
            nl: "volgende week moet op doel zijn")
          : language.say(
            en: "needs the next \(n) weeks on target",
            fi: "vaatii, että seuraavat \(n) viikkoa ovat tavoitteessa",
            nl: "de komende \(n) weken moeten op doel zijn"))
    }
    if let week = o.forecast {
      facts.append(
        language.say(
          en: "at this pace met in \(week)", fi: "tällä tahdilla saavutetaan viikolla \(week)",
          nl: "in dit tempo gehaald in \(week)"))
    } else if let reason = o.reason {
      facts.append(reason.words(in: language))
    }
    return facts
  }

  private func statusWords(_ g: GoalEvaluation) -> String {
    switch g.status {
    case .met: return language.say(en: "met", fi: "saavutettu", nl: "gehaald")
    case .notMet: return language.say(en: "not met", fi: "ei saavutettu", nl: "niet gehaald")
    case .pending:
      return language.say(en: "pending", fi: "kesken", nl: "nog open")
        + (g.reason.map { ": " + $0.words(in: language) } ?? "")
    }
  }

  private func qualitativeFacts(_ g: GoalEvaluation) -> [String] {
    var facts: [String] = []
    if case .evidence = g.reason {
      // The reason already says "1 of 2 supporting notes".
    } else {
      let n = g.evidence
      let notes = language.say(
        en: "\(n) supporting \(n == 1 ? "note" : "notes")",
        fi: "\(n) \(n == 1 ? "tukeva havainto" : "tukevaa havaintoa")",
        nl: "\(n) \(n == 1 ? "ondersteunende notitie" : "ondersteunende notities")")
      let needed = language.say(
        en: "\(g.evidenceRequired) needed", fi: "tarvitaan \(g.evidenceRequired)",
        nl: "\(g.evidenceRequired) nodig")
      facts.append(g.evidenceRequired > 0 ? "\(notes) (\(needed))" : notes)
    }
    if g.counterEvidence > 0 {
      let n = g.counterEvidence
      facts.append(
        language.say(
          en: "\(n) \(n == 1 ? "note" : "notes") against",
          fi: "\(n) \(n == 1 ? "havainto" : "havaintoa") vastaan",
          nl: "\(n) \(n == 1 ? "notitie" : "notities") ertegen"))
    }
    if let a = g.latestAssessment, let verdict = a.assessmentBody?.verdict {
      let who = flat(a.author)
      facts.append(
        verdict == .met
          ? language.say(
            en: "assessed met by \(who) in \(a.week)",
            fi: "\(who) arvioi saavutetuksi viikolla \(a.week)",
            nl: "als gehaald beoordeeld door \(who) in \(a.week)")
          : language.say(
            en: "assessed not met by \(who) in \(a.week)",
            fi: "\(who) arvioi saavuttamattomaksi viikolla \(a.week)",
            nl: "als niet gehaald beoordeeld door \(who) in \(a.week)"))
    }
    return facts
  }

  /// Value beside target, then how far the goal has come. A `weeks-met` goal counts weeks
  /// on target against the weeks needed; its `progress` grade (kept in `--json`, docs/gates.md)
  /// would grade only the latest week, and read as done while the goal is not met.
  private func quantitativeFacts(_ g: GoalEvaluation, _ m: Measure, plan: Plan) -> [String] {
    let unit = plan.metric(m.metric)?.unit
    let target = "\(m.target.comparison.rawValue) \(withUnit(display(m.target.value), unit))"
    let weeks = language.say(
      en: m.window == 1 ? "1 week" : "\(m.window) weeks",
      fi: m.window == 1 ? "1 viikko" : "\(m.window) viikkoa",
      nl: m.window == 1 ? "1 week" : "\(m.window) weken")
    let noValue = language.say(en: "no value yet", fi: "ei vielä arvoa", nl: "nog geen waarde")
    let targetWord = language.say(en: "target", fi: "tavoitearvo", nl: "streefwaarde")
    var facts: [String]
    switch m.rule {
    case .aggregate(let aggregate):
      let value = g.value.map { withUnit(display($0), unit) } ?? noValue
      facts = ["\(value), \(targetWord) \(target)"]
      if let progress = g.progress { facts.append(bar(progress, notMet: g.status != .met)) }
      facts.append(
        aggregate == .latest
          ? language.say(
            en: "latest weekly value", fi: "viimeisin viikkoarvo", nl: "laatste weekwaarde")
          : language.say(
            en: "\(aggregate.rawValue) of \(weeks)", fi: "\(aggregateWord(aggregate)), \(weeks)",
            nl: "\(aggregateWord(aggregate)) over \(weeks)"))
    case .weeksMet(let needed):
      let value =
        g.value.map {
          language.say(en: "latest ", fi: "viimeisin ", nl: "laatste ")
            + withUnit(display($0), unit)
        }
        ?? noValue
      facts = ["\(value), \(targetWord) \(target)"]
      facts.append(weeksBar(met: g.weeksMet ?? 0, needed: needed, notMet: g.status != .met))
      facts.append(language.say(en: "window", fi: "ikkuna", nl: "venster") + " \(weeks)")
    }
    if let channel = m.channel {
      facts.append(language.say(en: "channel", fi: "kanava", nl: "kanaal") + " \(channel)")
    }
    return facts
  }

  private func aggregateWord(_ a: Aggregate) -> String {
    switch a {
    case .latest: return language.say(en: "latest", fi: "viimeisin", nl: "laatste")
    case .mean: return language.say(en: "mean", fi: "keskiarvo", nl: "gemiddelde")
    case .median: return language.say(en: "median", fi: "mediaani", nl: "mediaan")
    case .min: return language.say(en: "min", fi: "pienin", nl: "laagste")
    case .max: return language.say(en: "max", fi: "suurin", nl: "hoogste")
    case .sum: return language.say(en: "sum", fi: "summa", nl: "som")
    }
  }

  // MARK: Formatting

  /// A progress grade as ten cells and a percentage: `██████░░░░ 60%`. A goal that is not
  /// met never shows a full bar or 100% (a strict target, or rounding, could give it one).
  public func bar(_ progress: Double, notMet: Bool = false) -> String {
    let percent = NumberText.percent(progress)
    return cells(progress, notMet: notMet) + " \(notMet ? min(percent, 99) : percent)%"
  }

  /// Weeks on target against weeks needed: `██████░░░░ 2 of 3 weeks met`.
  public func weeksBar(met: Int, needed: Int, notMet: Bool) -> String {
    let shown = min(max(met, 0), needed)
    let fraction = needed > 0 ? Double(shown) / Double(needed) : 1
    return cells(fraction, notMet: notMet) + " "
      + language.say(
        en: "\(shown) of \(needed) \(needed == 1 ? "week" : "weeks") met",
        fi: "\(shown)/\(needed) viikkoa tavoitteessa",
        nl: "\(shown) van \(needed) \(needed == 1 ? "week" : "weken") gehaald")
  }

  /// Ten cells; never all ten filled for a goal that is not met.
  private func cells(_ fraction: Double, notMet: Bool) -> String {
    let rounded = Int((min(max(fraction, 0), 1) * 10).rounded())
    let filled = notMet ? min(rounded, 9) : rounded
    return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
  }

  /// A number as a reader of the language writes it: at most two decimals, a decimal
  /// comma in Finnish and Dutch (`19,5 h`). `status --json` keeps the decimal point.
  func display(_ d: Double) -> String { language.number(d) }

  /// `18.5 h`, `4.1/5`, `85%`.
  func withUnit(_ number: String, _ unit: String?) -> String {
    guard let unit, !unit.isEmpty else { return number }
    return unit.hasPrefix("%") || unit.hasPrefix("/") ? number + unit : number + " " + unit
  }

  private func wrap(_ facts: [String], indent: Int) -> [String] {
    TerminalText.wrap(facts, indent: indent, width: width, colour: colour)
  }

  /// Cuts a line to the width with `…`, never inside a colour code.
  private func truncate(_ line: String) -> String {
    TerminalText.fitted(line, width: width, colour: colour)
  }

  func flat(_ s: String) -> String { TerminalText.flat(s) }

  private func bold(_ s: String) -> String { paint(s, "1") }

  private func paint(_ s: String, _ code: String) -> String {
    TerminalText.paint(s, code, colour: colour)
  }
}
