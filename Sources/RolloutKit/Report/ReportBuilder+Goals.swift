/// The goal sections: qualitative goals with their quotes, quantitative goals with value,
/// target, trend and chart (SPEC §6, items 2 and 3).
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
      quotes: quotes, hasQuotes: !quotes.isEmpty)
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
    if case .note(let n) = e.body {
      body = n.text
      sentiment = n.sentiment
      channel = n.channel ?? ""
    }
    return Quote(
      id: e.id, text: text(body), author: text(e.author), week: locale.week(e.week),
      sentiment: sentiment.map { locale.sentiment($0) } ?? "", hasSentiment: sentiment != nil,
      channel: text(channel), hasChannel: !channel.isEmpty)
  }

  func quantitativeGoal(_ ge: GoalEvaluation) -> QuantitativeGoal {
    let measure = ge.goal.measure ?? Measure(metric: "", target: Target(.equal, 0))
    let metric = plan.metric(measure.metric)
    let unit = unit(of: measure.metric)
    let weekly = ge.weekly
    let chart = weekly.isEmpty ? nil : self.chart(metric: metric, measure: measure, weekly: weekly)
    return QuantitativeGoal(
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
      dataWeeks: locale.dataWeeks(ge.weeksOfData, of: measure.window),
      weeksMet: ge.weeksMet.map { locale.weeksMet($0, of: measure.window) } ?? "",
      hasWeeksMet: ge.weeksMet != nil,
      status: ge.status.rawValue, statusLabel: locale.goalStatus(ge.status),
      reason: ge.reason.map(locale.reason) ?? "", hasReason: ge.reason != nil,
      progress: ge.progress.map(locale.percent) ?? "—",
      baseline: ge.baseline.map { locale.quantity($0, unit: unit) } ?? "",
      hasBaseline: ge.baseline != nil,
      sparkline: Self.sparkline(weekly.map(\.value)),
      hasTrend: !weekly.isEmpty,
      trendWeeks: weekly.first.flatMap { first in
        weekly.last.map { locale.weekSpan(first.week, $0.week) }
      } ?? "",
      chart: chart, hasChart: chart != nil)
  }

  func chart(metric: Metric?, measure: Measure, weekly: [WeeklyValue]) -> Chart {
    let unit = metric?.unit ?? ""
    let title = metric?.title ?? measure.metric
    let targetValue = Self.chartNumber(measure.target.value)
    return Chart(
      title: MarkdownEscape.mermaid(
        unit.isEmpty ? title : title.hasSuffix(")") ? "\(title), \(unit)" : "\(title) (\(unit))"),
      xAxis: weekly.map { "\"\(MarkdownEscape.mermaid(locale.week($0.week)))\"" }
        .joined(separator: ", "),
      yAxis: MarkdownEscape.mermaid(unit.isEmpty ? title : unit),
      values: weekly.map { Self.chartNumber($0.value) }.joined(separator: ", "),
      target: Array(repeating: targetValue, count: weekly.count).joined(separator: ", "))
  }

  /// Mermaid reads numbers with a decimal point, whatever the report's language.
  static func chartNumber(_ v: Double) -> String {
    formatNumber((v * 100).rounded() / 100)
  }

  /// One block character per value, scaled from the lowest (▁) to the highest (█);
  /// a flat series sits in the middle.
  static func sparkline(_ values: [Double]) -> String {
    let bars = Array("▁▂▃▄▅▆▇█")
    guard let low = values.min(), let high = values.max() else { return "" }
    guard high > low else { return String(repeating: bars[3], count: values.count) }
    return String(
      values.map { v in
        bars[min(7, max(0, Int(((v - low) / (high - low) * 7).rounded())))]
      })
  }
}
