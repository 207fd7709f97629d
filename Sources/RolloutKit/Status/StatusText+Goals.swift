/// `status`: a goal's lines — its status, the facts behind it, what comes next.
extension StatusText {

  func render(_ g: GoalEvaluation, in phase: PhaseEvaluation, plan: Plan) -> [String] {
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
  func outlookFacts(_ o: Outlook) -> [String] {
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

  func statusWords(_ g: GoalEvaluation) -> String {
    switch g.status {
    case .met: return language.say(en: "met", fi: "saavutettu", nl: "gehaald")
    case .notMet: return language.say(en: "not met", fi: "ei saavutettu", nl: "niet gehaald")
    case .pending:
      return language.say(en: "pending", fi: "kesken", nl: "nog open")
        + (g.reason.map { ": " + $0.words(in: language) } ?? "")
    }
  }

  func qualitativeFacts(_ g: GoalEvaluation) -> [String] {
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
  func quantitativeFacts(_ g: GoalEvaluation, _ m: Measure, plan: Plan) -> [String] {
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
            en: "\(aggregate.rawValue) of \(weeks)",
            fi: "\(aggregate.words(in: language)), \(weeks)",
            nl: "\(aggregate.words(in: language)) over \(weeks)"))
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
    if !g.severalChannels.isEmpty {
      facts.append("⚠ " + g.severalChannels.words(in: language, week: \.description))
    }
    return facts
  }
}
