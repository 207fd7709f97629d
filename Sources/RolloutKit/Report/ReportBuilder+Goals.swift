/// The goal sections: qualitative goals with their quotes, quantitative goals with value,
/// target, trend and chart (docs/reports.md, items 2 and 3).
extension Builder {
  func qualitativeGoal(_ ge: GoalEvaluation) -> QualitativeGoal {
    let quotes = ge.supportingNotes.suffix(3).reversed().map(quote)
    let assessment = ge.latestAssessment.flatMap(assessmentInfo)
    return QualitativeGoal(
      id: ge.goal.id, title: text(ge.goal.title),
      description: text(ge.goal.description ?? ""),
      hasDescription: !(ge.goal.description ?? "").isEmpty,
      required: ge.goal.required, requiredLabel: locale.required(ge.goal.required),
      status: ge.status.rawValue, statusLabel: locale.goalStatus(ge.status),
      reason: ge.reason.map(locale.reason) ?? "", hasReason: ge.reason != nil,
      assessment: assessment, hasAssessment: assessment != nil,
      evidence: ge.evidence, evidenceRequired: ge.evidenceRequired,
      evidenceLabel: locale.evidence(have: ge.evidence, need: ge.evidenceRequired),
      quotes: quotes, hasQuotes: !quotes.isEmpty,
      counterEvidence: ge.counterEvidence,
      counterEvidenceLabel: locale.notesAgainst(ge.counterEvidence),
      hasCounterEvidence: ge.counterEvidence > 0,
      counterQuotes: ge.counterNotes.suffix(3).reversed().map(quote))
  }

  func assessmentInfo(_ e: Entry) -> AssessmentInfo? {
    guard case .assess(let a) = e.body else { return nil }
    return AssessmentInfo(
      verdict: a.verdict.rawValue, verdictLabel: locale.verdictWord(a.verdict),
      author: text(e.author), week: locale.week(e.week), text: text(a.text),
      hasText: !text(a.text).isEmpty)
  }

  /// A note as a quote; entries of other kinds quote their text, if any.
  func quote(_ e: Entry) -> Quote {
    var body = ""
    var sentiment: Sentiment?
    var channel = ""
    var via: String?
    if case .note(let n) = e.body {
      body = n.text
      sentiment = n.sentiment
      channel = n.channel ?? ""
      via = n.via
    }
    return Quote(
      id: e.id, text: text(body), block: block(body), author: text(e.author),
      week: locale.week(e.week),
      sentiment: sentiment.map { locale.sentiment($0) } ?? "", hasSentiment: sentiment != nil,
      channel: text(channel), hasChannel: !channel.isEmpty,
      via: via.map { name in
        locale.say(
          en: "via web form (\(text(name)))", fi: "verkkolomakkeelta (\(text(name)))",
          nl: "via webformulier (\(text(name)))")
      } ?? "", hasVia: via != nil)
  }

  func quantitativeGoal(_ ge: GoalEvaluation) -> QuantitativeGoal {
    let measure = ge.goal.measure ?? Measure(metric: "", target: Target(.equal, 0))
    let metric = plan.metric(measure.metric)
    let unit = unit(of: measure.metric)
    let weekly = ge.weekly
    let trend = Self.trend(weekly, breaks: plan.calendar, target: measure.target.value)
    let chart =
      weekly.isEmpty
      ? nil
      : self.chart(
        goal: ge.goal, metric: metric, measure: measure, weekly: weekly, hasGaps: trend.hasGaps)
    let countsWeeks: Bool
    if case .weeksMet = measure.rule { countsWeeks = true } else { countsWeeks = false }
    var goal = QuantitativeGoal(
      id: ge.goal.id, title: text(ge.goal.title),
      description: text(ge.goal.description ?? ""),
      hasDescription: !(ge.goal.description ?? "").isEmpty,
      required: ge.goal.required, requiredLabel: locale.required(ge.goal.required),
      metricID: measure.metric, metric: text(metric?.title ?? measure.metric), unit: unit,
      channel: text(measure.channel ?? ""), hasChannel: measure.channel != nil,
      value: ge.value.map { locale.quantity($0, unit: unit) } ?? "—",
      hasValue: ge.value != nil,
      target: locale.target(measure.target, unit: unit),
      window: locale.window(measure),
      measured: locale.measured(measure, weeksOfData: ge.weeksOfData),
      dataWeeks: locale.dataWeeks(ge.weeksOfData, of: measure.window),
      weeksMet: ge.weeksMet.map { locale.weeksMet($0, of: measure.window) } ?? "",
      hasWeeksMet: ge.weeksMet != nil,
      status: ge.status.rawValue, statusLabel: locale.goalStatus(ge.status),
      reason: ge.reason.map(locale.reason) ?? "", hasReason: ge.reason != nil,
      progress: progressText(ge, measure),
      baseline: countsWeeks ? "" : ge.baseline.map { locale.quantity($0, unit: unit) } ?? "",
      hasBaseline: !countsWeeks && ge.baseline != nil,
      sparkline: trend.line, hasGaps: trend.hasGaps,
      hasTrend: !weekly.isEmpty,
      trendWeeks: weekly.first.flatMap { first in
        weekly.last.map { locale.weekSpan(first.week, $0.week) }
      } ?? "",
      chart: chart, hasChart: chart != nil)
    goal.forecast = forecastText(ge.outlook)
    goal.hasForecast = !goal.forecast.isEmpty
    if !ge.severalChannels.isEmpty {
      goal.severalChannels = text(
        ge.severalChannels.words(in: locale.language, week: locale.week).asSentence)
      goal.hasSeveralChannels = true
    }
    return goal
  }

  /// How far a goal has come, for people: weeks on target against weeks needed for a
  /// `weeks-met` goal, else the progress grade. A goal that is not met never shows 100 %,
  /// so that it never reads as done.
  func progressText(_ ge: GoalEvaluation, _ measure: Measure) -> String {
    if case .weeksMet(let needed) = measure.rule {
      let met = min(ge.weeksMet ?? 0, needed)
      return locale.say(
        en: "\(met) of \(needed) \(needed == 1 ? "week" : "weeks") met",
        fi: "\(met)/\(needed) vaaditusta viikosta tavoitteessa",
        nl: "\(met) van \(needed) benodigde \(needed == 1 ? "week" : "weken") op doel")
    }
    guard let grade = ge.progress else { return "—" }
    // Only a met goal reads 100 %: a pending one may be past its target but not yet judged.
    return locale.percent(ge.status != .met ? min(grade, 0.99) : grade)
  }

  /// docs/reports.md: break weeks marked — the first week after a break is labelled `‖ W2`.
  func chart(goal: Goal, metric: Metric?, measure: Measure, weekly: [WeeklyValue], hasGaps: Bool)
    -> Chart
  {
    let unit = metric?.unit ?? ""
    // docs/reports.md: a per-channel chart names its channel in its title.
    let title = (metric?.title ?? measure.metric) + (measure.channel.map { " — \($0)" } ?? "")
    let targetValue = Self.chartNumber(measure.target.value)
    let calendar = plan.calendar
    let afterBreak = Set(
      zip(weekly, weekly.dropFirst()).filter { a, b in
        calendar.openWeeks(from: a.week + 1, through: b.week - 1) < a.week.distance(to: b.week) - 1
      }.map(\.1.week))
    func label(_ w: ISOWeek) -> String {
      MarkdownEscape.mermaid((afterBreak.contains(w) ? "‖ " : "") + locale.week(w))
    }
    var chart = Chart(
      title: MarkdownEscape.mermaid(
        unit.isEmpty ? title : title.hasSuffix(")") ? "\(title), \(unit)" : "\(title) (\(unit))"),
      xAxis: weekly.map { "\"\(label($0.week))\"" }
        .joined(separator: ", "),
      yAxis: MarkdownEscape.mermaid(unit.isEmpty ? title : unit),
      values: weekly.map { Self.chartNumber($0.value) }.joined(separator: ", "),
      target: Array(repeating: targetValue, count: weekly.count).joined(separator: ", "),
      hasGaps: hasGaps,
      svg: markup == .html
        ? lineChart(goal: goal, metric: metric, measure: measure, weekly: weekly).svg().render()
        : "")
    chart.hasBreaks = !afterBreak.isEmpty
    return chart
  }

  /// Mermaid reads numbers with a decimal point, whatever the report's language.
  static func chartNumber(_ v: Double) -> String {
    NumberText.twoDecimals(v)
  }

  /// The sparkline over every week from the first value to the last, so that time is not
  /// compressed: `·` stands for a week without a value, `‖` for a break week. `target` is
  /// drawn into the scale.
  static func trend(
    _ weekly: [WeeklyValue], breaks: BreakCalendar = BreakCalendar(), target: Double? = nil
  )
    -> (line: String, hasGaps: Bool)
  {
    guard let first = weekly.first?.week, let last = weekly.last?.week else { return ("", false) }
    let byWeek = Dictionary(weekly.map { ($0.week, $0.value) }, uniquingKeysWith: { $1 })
    let weeks = (0...max(0, first.distance(to: last))).map { first + $0 }
    let values = weeks.map { byWeek[$0] }
    let line = zip(weeks, sparkline(values, target: target)).map { week, bar in
      breaks.contains(week) ? "‖" : bar
    }
    let gaps = zip(weeks, values).contains { $1 == nil && !breaks.contains($0) }
    return (String(line), gaps)
  }

  /// One block character per week; `·` for a week without a value. The scale runs from
  /// the lowest to the highest of the values and the target (docs/reports.md: the target's level is
  /// part of it) and spans at least a fifth of their size, so that a change of a few
  /// per cent never fills the whole height. A flat series without a target sits in the
  /// middle.
  static func sparkline(_ values: [Double?], target: Double? = nil) -> String {
    let bars = Array("▁▂▃▄▅▆▇█")
    let known = values.compactMap { $0 }
    guard var low = known.min(), var high = known.max() else { return "" }
    if let target {
      low = min(low, target)
      high = max(high, target)
    }
    let least = 0.2 * max(abs(low), abs(high))
    if high > low, high - low < least {
      let mid = (high + low) / 2
      let nonNegative = low >= 0
      (low, high) = (mid - least / 2, mid + least / 2)
      if nonNegative, low < 0 { (low, high) = (0, high - low) }
    }
    return String(
      values.map { v -> Character in
        guard let v else { return "·" }
        guard high > low else { return bars[3] }
        return bars[Int((NumberText.position(v, low: low, high: high) * 7).rounded())]
      })
  }
}
