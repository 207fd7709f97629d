/// The later sections: this week's feedback, decisions, what is missing, objectives and
/// the next phase (docs/reports.md, items 4 to 6).
extension Builder {
  // MARK: Feedback

  /// docs/reports.md: this week's notes about the phase, grouped by their first tag, else by
  /// channel, else under "other"; tallies by sentiment. Each note appears once, so that
  /// the group tallies add up to the week's tally and no quote is read twice.
  func feedback() -> Feedback {
    let notes: [(Entry, Note)] = entries.compactMap { e in
      guard e.week == evaluation.week, case .note(let n) = e.body, n.phase == reported.phase.id
      else { return nil }
      return (e, n)
    }
    var byTag: [String: [(Entry, Note)]] = [:]
    var byChannel: [String: [(Entry, Note)]] = [:]
    var other: [(Entry, Note)] = []
    for item in notes {
      if let tag = item.1.tags.first {
        byTag[tag, default: []].append(item)
      } else if let channel = item.1.channel, !channel.isEmpty {
        byChannel[channel, default: []].append(item)
      } else {
        other.append(item)
      }
    }
    var groups = byTag.keys.sorted().map { group("tag", $0, byTag[$0] ?? []) }
    groups += byChannel.keys.sorted().map { group("channel", $0, byChannel[$0] ?? []) }
    if !other.isEmpty {
      groups.append(group("other", locale.say(en: "Other", fi: "Muut", nl: "Overig"), other))
    }
    return Feedback(
      count: notes.count, countLabel: locale.notes(notes.count), tally: tally(notes.map(\.1)),
      groups: groups, hasNotes: !notes.isEmpty)
  }

  private func group(_ kind: String, _ name: String, _ items: [(Entry, Note)]) -> FeedbackGroup {
    FeedbackGroup(
      kind: kind, name: text(name), isTag: kind == "tag", isChannel: kind == "channel",
      isOther: kind == "other", countLabel: locale.notes(items.count),
      tally: tally(items.map(\.1)), notes: items.map { quote($0.0) })
  }

  private func tally(_ notes: [Note]) -> String {
    func count(_ s: Sentiment?) -> Int { notes.filter { $0.sentiment == s }.count }
    return locale.tally(
      positive: count(.positive), neutral: count(.neutral), negative: count(.negative),
      none: count(nil))
  }

  // MARK: Decisions

  func decisionRows() -> [DecisionRow] {
    // docs/gates.md: the go of the pass week is an override only when a required goal was
    // unmet in that week; otherwise it confirmed the pass.
    let passing = reported.state == .passed ? passingDecision(reported) : nil
    return reported.decisions.compactMap { e in
      guard case .decide(let d) = e.body else { return nil }
      let passed = e == passing
      return DecisionRow(
        id: e.id, week: locale.week(e.week), decision: d.decision.rawValue,
        decisionLabel: locale.decision(d.decision), author: text(e.author),
        reason: text(d.text).isEmpty ? "—" : text(d.text),
        isOverride: passed && reported.override,
        isConfirmation: passed && !reported.override)
    }
  }

  // MARK: What is missing

  /// docs/journal.md `due`, for the reported phase: the gate engine's `DueList`, so that
  /// `rollout due` and the report always agree, worded in the report's language.
  func dueItems() -> [DueItem] {
    let pause = reported.state == .active ? breakDueItem() : nil
    return (pause.map { [$0] } ?? [])
      + DueList(evaluation).items.filter { $0.phase == reported.phase.id }
      .map { DueItem(text: dueText($0)) }
  }

  private func dueText(_ item: DueList.Item) -> String {
    let w = locale.week(evaluation.week)
    switch item {
    case .metricValue(_, let metric, let channel, let goals):
      let name =
        quoted(plan.metric(metric)?.title ?? metric) + (channel.map { " (\(text($0)))" } ?? "")
      let last = reported.goals.filter { goals.contains($0.goal.id) }
        .compactMap { $0.weekly.last?.week }.max()
      guard let last else {
        return locale.say(
          en: "Log \(name) for \(w) (no value in this phase yet)",
          fi: "Kirjaa mittarin \(name) arvo, \(w) (vaiheessa ei vielä arvoja)",
          nl: "Registreer \(name) voor \(w) (nog geen waarde in deze fase)")
      }
      let l = locale.week(last)
      return locale.say(
        en: "Log \(name) for \(w) (last value \(l))",
        fi: "Kirjaa mittarin \(name) arvo, \(w) (viimeisin arvo \(l))",
        nl: "Registreer \(name) voor \(w) (laatste waarde \(l))")
    case .assessment(_, let goal):
      let name = quoted(plan.goal(goal)?.goal.title ?? goal)
      return locale.say(
        en: "Assess \(name): met or not met", fi: "Arvioi tavoite \(name): saavutettu vai ei",
        nl: "Beoordeel \(name): gehaald of niet")
    case .evidence(_, let goal, let have, let need):
      let name = quoted(plan.goal(goal)?.goal.title ?? goal)
      let n = need - have
      return locale.say(
        en: "\(name) needs \(n) more supporting \(n == 1 ? "note" : "notes") (\(have) of \(need))",
        fi:
          "\(name) tarvitsee vielä \(n == 1 ? "yhden tukevan havainnon" : "\(n) tukevaa havaintoa") (\(have)/\(need))",
        nl:
          "\(name) heeft nog \(n) onderbouwende \(n == 1 ? "notitie" : "notities") nodig (\(have) van \(need))"
      )
    case .goDecision:
      return locale.say(
        en: "A go decision on this phase is awaited: all required goals are met",
        fi: "Vaihe odottaa go-päätöstä: kaikki pakolliset tavoitteet on saavutettu",
        nl: "Er wacht een go-besluit over deze fase: alle verplichte doelen zijn gehaald")
    case .onHold(_, let since):
      let s = locale.week(since)
      return locale.say(
        en: "On hold since \(s): decide go or recycle when ready",
        fi: "Tauolla \(s) alkaen: päättäkää go tai recycle, kun olette valmiita",
        nl: "Aangehouden sinds \(s): besluit go of recycle zodra het kan")
    case .overdue(_, let weeks, let end):
      let n = locale.weeksLate(weeks)
      let e = locale.week(end)
      return locale.say(
        en: "The phase is overdue by \(n) (planned end \(e)): decide go, hold, recycle or stop",
        fi: "Vaihe on myöhässä \(n) (suunniteltu loppu \(e)): päättäkää go, hold, recycle tai stop",
        nl: "De fase loopt \(n) uit (gepland einde \(e)): besluit go, hold, recycle of stop")
    }
  }

  // MARK: Objectives and next phase

  /// Each objective a goal of the reported phase serves, with every goal in the plan
  /// that serves it and that goal's status now.
  func objectiveItems() -> [ObjectiveItem] {
    let served = Set(reported.phase.goals.flatMap(\.serves))
    return plan.objectives.filter { served.contains($0.id) }.map { objective in
      let goals = evaluation.phases.flatMap { pe in
        pe.goals.filter { $0.goal.serves.contains(objective.id) }.map { ge in
          ObjectiveGoal(
            id: ge.goal.id, title: text(ge.goal.title), phase: text(pe.phase.title),
            status: ge.status.rawValue, statusLabel: locale.goalStatus(ge.status))
        }
      }
      return ObjectiveItem(id: objective.id, title: text(objective.title), goals: goals)
    }
  }

  func nextPhase() -> NextPhase? {
    guard index + 1 < evaluation.phases.count else { return nil }
    let next = evaluation.phases[index + 1]
    let goals = next.phase.goals.map { goal in
      NextGoal(
        id: goal.id, title: text(goal.title),
        kind: goal.isQualitative ? "qualitative" : "quantitative",
        measure: measureText(goal), requiredLabel: locale.required(goal.required))
    }
    return NextPhase(
      id: next.phase.id, number: index + 2, title: text(next.phase.title),
      summary: text(next.phase.summary ?? ""), hasSummary: !(next.phase.summary ?? "").isEmpty,
      stateLabel: locale.phaseState(next.state),
      planned:
        "\(locale.weekSpan(next.plannedStart, next.plannedEnd)) (\(locale.weeks(next.phase.weeks)))",
      unlock: unlockText(next), goals: goals)
  }

  private func unlockText(_ next: PhaseEvaluation) -> String {
    if let w = next.unlockedWeek, w <= evaluation.week {
      let week = locale.week(w)
      return locale.say(
        en: "Unlocked in \(week).", fi: "Avattu \(week).", nl: "Ging open in \(week).")
    }
    if evaluation.stopped {
      let when = evaluation.stoppedWeek.map { " " + locale.inWeek($0) } ?? ""
      return locale.say(
        en: "Will not unlock: the plan was stopped\(when).",
        fi: "Ei avaudu: suunnitelma pysäytettiin\(when).",
        nl: "Gaat niet open: het plan is gestopt\(when).")
    }
    if let passed = reported.passedWeek {
      let week = locale.inWeek(passed + 1)
      return locale.say(
        en: "Unlocks \(week).", fi: "Avautuu \(week).", nl: "Gaat open \(week).")
    }
    let name = quoted(reported.phase.title)
    if plan.unlock == .decision {
      return locale.say(
        en: "Unlocks the week after a go decision on \(name).",
        fi: "Avautuu go-päätöstä seuraavalla viikolla (vaihe \(name)).",
        nl: "Gaat open in de week na een go-besluit over fase \(name).")
    }
    return locale.say(
      en: "Unlocks the week after \(name) passes its gate.",
      fi: "Avautuu viikko sen jälkeen, kun vaihe \(name) on läpäisty.",
      nl: "Gaat open in de week nadat fase \(name) gehaald is.")
  }

  private func measureText(_ goal: Goal) -> String {
    switch goal.kind {
    case .qualitative(let evidence):
      return locale.say(
        en: "assessed by the team, with \(evidence) supporting \(evidence == 1 ? "note" : "notes")",
        fi:
          "tiimin arvio ja \(evidence) \(evidence == 1 ? "tukeva havainto" : "tukevaa havaintoa")",
        nl:
          "beoordeeld door het team, met \(evidence) onderbouwende \(evidence == 1 ? "notitie" : "notities")"
      )
    case .quantitative(let m):
      let metric = text(plan.metric(m.metric)?.title ?? m.metric)
      let target = locale.target(m.target, unit: unit(of: m.metric))
      return "\(metric) \(target) (\(locale.window(m)))"
    }
  }
}
