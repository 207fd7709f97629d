/// Builds the report model (docs/reports.md) from an evaluation and the journal's entries. A pure
/// function: no clock, files or environment, so the same inputs give the same report.
public enum ReportBuilder {
  /// The report on `phaseID` at the evaluation's week. `entries` are the whole journal;
  /// with `asOf`, entries recorded after that day are left out as the gate engine does.
  public static func build(
    evaluation: Evaluation, entries: [Entry], phase phaseID: String, language: Language,
    asOf: CalendarDate? = nil, markup: ReportMarkup = .markdown
  ) -> Report {
    build(
      evaluation: evaluation, entries: EntryStore(entries), phase: phaseID, language: language,
      asOf: asOf, markup: markup)
  }

  /// The same over a journal as read.
  public static func build(
    evaluation: Evaluation, entries: EntryStore, phase phaseID: String, language: Language,
    asOf: CalendarDate? = nil, markup: ReportMarkup = .markdown
  ) -> Report {
    let index = evaluation.phases.firstIndex { $0.phase.id == phaseID } ?? 0
    let b = Builder(
      evaluation: evaluation, index: index,
      locale: ReportLocale(language: language, year: evaluation.week.year),
      entries: visible(entries, week: evaluation.week, asOf: asOf), markup: markup)
    return b.report()
  }

  /// The phase a report is about: the one asked for, else the current phase (docs/gates.md),
  /// else the first. An unknown phase is an error that suggests the closest id.
  public static func phase(_ requested: String?, in evaluation: Evaluation) throws(DiagnosticsError)
    -> String
  {
    let ids = evaluation.plan.phases.map(\.id)
    guard let requested else {
      return evaluation.currentPhase ?? ids.first ?? ""
    }
    if ids.contains(requested) { return requested }
    throw DiagnosticsError(Diagnostic(TemplateProblem.noSuchPhase(requested, phases: ids)))
  }

  /// The entries the report quotes: those about the report week itself (the week's
  /// feedback), without the ones recorded after `asOf` or withdrawn by a retraction that
  /// counts, by the gate engine's rules (docs/gates.md). Only that week is kept, so that a long
  /// journal is not copied.
  static func visible(_ entries: EntryStore, week: ISOWeek, asOf: CalendarDate?) -> EntryList {
    let rule = CountingRule(entries, asOf: asOf)
    let packed = EntryStore.pack(week)
    let positions = entries.indices.filter { k in
      entries.kind(k) != .retract && entries.packedWeek(k) == packed
        && rule.counts(entries, k, at: packed)
    }
    return EntryList(entries, positions.map { Int32(truncatingIfNeeded: $0) })
  }
}

/// The state shared while one report is built.
struct Builder {
  var evaluation: Evaluation
  var index: Int
  var locale: ReportLocale
  var entries: EntryList
  var markup: ReportMarkup

  var plan: Plan { evaluation.plan }
  var reported: PhaseEvaluation { evaluation.phases[index] }

  func report() -> Report {
    let qualitative = reported.goals.filter(\.goal.isQualitative).map(qualitativeGoal)
    let quantitative = reported.goals.filter { !$0.goal.isQualitative }.map(quantitativeGoal)
    let decisions = decisionRows()
    let due = dueItems()
    let objectives = objectiveItems()
    let next = nextPhase()
    var report = Report(
      language: locale.language.rawValue,
      week: evaluation.week.description,
      weekLabel: locale.weekWithDates(evaluation.week),
      plan: text(plan.title),
      owner: text(plan.owner ?? ""),
      hasOwner: !(plan.owner ?? "").isEmpty,
      phase: phaseRow(index),
      phaseCount: plan.phases.count,
      verdict: verdict(),
      phases: evaluation.phases.indices.map(phaseRow),
      changes: changes(),
      qualitative: qualitative, hasQualitative: !qualitative.isEmpty,
      quantitative: quantitative, hasQuantitative: !quantitative.isEmpty,
      feedback: feedback(),
      decisions: decisions, hasDecisions: !decisions.isEmpty,
      due: due, hasDue: !due.isEmpty,
      objectives: objectives, hasObjectives: !objectives.isEmpty,
      next: next, hasNext: next != nil,
      printFooter: printFooter())
    report.breaks = breakRows()
    report.hasBreaks = !report.breaks.isEmpty
    return report
  }

  /// User text on one line: escaped for Markdown, or plain for an output that escapes it
  /// itself (HTML through the template engine) or needs no escaping (the chat text).
  func text(_ s: String) -> String {
    markup == .markdown ? MarkdownEscape.inline(s) : MarkdownEscape.singleLine(s)
  }

  /// A note as a block: a Markdown blockquote body, or plain lines.
  func block(_ s: String) -> String {
    markup == .markdown ? MarkdownEscape.blockquote(s) : MarkdownEscape.plainLines(s)
  }

  /// A title in the language's quotation marks: “Pilot”, ”Pilotti”, ‘Pilot’.
  func quoted(_ s: String) -> String {
    locale.say(en: "“\(text(s))”", fi: "”\(text(s))”", nl: "‘\(text(s))’")
  }

  func unit(of metricID: String) -> String { text(plan.metric(metricID)?.unit ?? "") }

  // MARK: Phases

  func phaseRow(_ i: Int) -> PhaseRow {
    let pe = evaluation.phases[i]
    let planned = locale.weekSpan(pe.plannedStart, pe.plannedEnd)
    // docs/reports.md: a passed phase shows what it passed with; a later dip is the warning in
    // its own verdict, not a smaller count here.
    let met = pe.state == .passed ? pe.requiredMetAtPass : pe.requiredMet
    let count = locale.say(
      en: "\(met.met) of \(met.of)", fi: "\(met.met)/\(met.of)", nl: "\(met.met) van \(met.of)")
    return PhaseRow(
      id: pe.phase.id, number: i + 1, title: text(pe.phase.title),
      summary: text(pe.phase.summary ?? ""), hasSummary: !(pe.phase.summary ?? "").isEmpty,
      state: pe.state.rawValue,
      stateLabel: pe.onHold
        ? locale.say(en: "on hold", fi: "pidossa", nl: "aangehouden")
        : pe.state == .passed && pe.override
          ? locale.say(
            en: "passed by override", fi: "läpäisty poikkeuksella",
            nl: "doorgelaten bij uitzondering")
          : locale.phaseState(pe.state),
      planned: "\(planned) (\(locale.weeks(pe.phase.weeks))\(breakWeeks(pe)))",
      actual: actualWeeks(pe),
      overdue: pe.overdue ? overdueText(pe) : "", isOverdue: pe.overdue,
      isReported: i == index,
      goalsMet: pe.state == .passed
        ? count
          + locale.say(en: " at the pass", fi: " läpäistäessä", nl: " bij de afronding")
        : count,
      isOverride: pe.state == .passed && pe.override)
  }

  func actualWeeks(_ pe: PhaseEvaluation) -> String {
    guard let start = pe.unlockedWeek else { return "—" }
    let end: ISOWeek? =
      pe.passedWeek ?? (pe.state == .stopped ? evaluation.stoppedWeek ?? evaluation.week : nil)
    if let end {
      return "\(locale.weekSpan(start, end)) (\(locale.weeks(start.distance(to: end) + 1)))"
    }
    let n = locale.weeks(start.distance(to: evaluation.week) + 1)
    let w = locale.week(start)
    return locale.say(en: "since \(w) (\(n))", fi: "\(w) alkaen (\(n))", nl: "sinds \(w) (\(n))")
  }

  func overdueText(_ pe: PhaseEvaluation) -> String {
    let n = locale.weeksLate(pe.overdueWeeks)
    let end = locale.week(pe.plannedEnd)
    return locale.say(
      en: "overdue by \(n) (planned end \(end))",
      fi: "myöhässä \(n) (suunniteltu loppu \(end))",
      nl: "\(n) over tijd (gepland einde \(end))")
  }

  /// The `go` that passed a phase by decision: the last one of its pass week.
  func passingDecision(_ pe: PhaseEvaluation) -> Entry? {
    pe.decisions.last { decisionKind($0) == .go && $0.week == pe.passedWeek }
  }

  func lastDecision(_ kind: DecisionKind) -> Entry? {
    evaluation.phases.flatMap(\.decisions).filter { decisionKind($0) == kind }
      .max { ($0.week, $0.line) < ($1.week, $1.line) }
  }

  func decisionKind(_ e: Entry) -> DecisionKind? {
    if case .decide(let d) = e.body { return d.decision }
    return nil
  }

  func decisionText(_ e: Entry) -> String {
    if case .decide(let d) = e.body { return text(d.text) }
    return ""
  }
}
