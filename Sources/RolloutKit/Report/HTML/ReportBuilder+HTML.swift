/// The parts only an HTML report has: each metric's chart as SVG, and the footer of the
/// printed pages.
extension Builder {
  /// The chart over every week from the first value to the last, so that time is not
  /// compressed: a week without a value is a week without a marker.
  func lineChart(goal: Goal, metric: Metric?, measure: Measure, weekly: [WeeklyValue])
    -> LineChart
  {
    let locale = self.locale
    let unit = metric?.unit ?? ""
    let name = text(metric?.title ?? measure.metric)
    let channel = measure.channel.map { " – " + text($0) } ?? ""
    let title = (unit.isEmpty ? name : "\(name) (\(text(unit)))") + channel
    let byWeek = Dictionary(weekly.map { ($0.week, $0.value) }, uniquingKeysWith: { $1 })
    let first = weekly.first?.week ?? evaluation.week
    let last = weekly.last?.week ?? first
    // A break after the last value, up to the report week, is shown too: it says why
    // the line stops.
    var end = last
    for step in stride(from: 1, through: last.distance(to: evaluation.week), by: 1)
    where isBreak(last + step) {
      end = last + step
    }
    let weeks = (0...max(0, first.distance(to: end))).map { first + $0 }
    let breaks = plan.breaks.filter { b in weeks.contains { b.weeks.contains($0) } }
    let breakText =
      breaks.isEmpty
      ? ""
      : " " + locale.say(en: "Breaks: ", fi: "Tauot: ", nl: "Pauzes: ")
        + breaks.map {
          locale.weekSpan($0.weeks.lowerBound, $0.weeks.upperBound)
            + ($0.reason.isEmpty ? "" : " (\(text($0.reason)))")
        }.joined(separator: ", ") + "."
    let target = locale.target(measure.target, unit: text(unit))
    let values = weeks.map { w in
      locale.week(w) + " "
        + (byWeek[w].map { locale.quantity($0, unit: text(unit)) }
          ?? locale.say(
            en: "no value", fi: "ei arvoa", nl: "geen waarde"))
    }
    return LineChart(
      id: "chart-" + goal.id, title: title,
      description: locale.say(
        en: "Weekly values: ", fi: "Viikkoarvot: ", nl: "Waarden per week: ")
        + values.joined(separator: ", ") + ". "
        + locale.say(en: "Target ", fi: "Tavoitearvo ", nl: "Streefwaarde ") + target + "."
        + breakText,
      weeks: weeks.map {
        ChartWeek(label: locale.week($0), value: byWeek[$0], isBreak: isBreak($0))
      },
      target: measure.target.value,
      valuesLabel: locale.say(en: "Weekly value", fi: "Viikon arvo", nl: "Waarde per week"),
      targetLabel: locale.say(en: "Target ", fi: "Tavoitearvo ", nl: "Streefwaarde ") + target,
      breakLabel: locale.say(en: "Break", fi: "Tauko", nl: "Pauze"),
      number: { locale.number($0) })
  }

  /// Whether `week` is one of the plan's break weeks (docs/gates.md), hatched in the chart.
  func isBreak(_ week: ISOWeek) -> Bool { plan.calendar.contains(week) }

  /// `Plan · Phase 2: Pilot · week 48 (23–29 Nov 2026)`, escaped for a CSS string.
  func printFooter() -> String {
    guard markup == .html else { return "" }
    let phase = locale.say(en: "Phase", fi: "Vaihe", nl: "Fase")
    return CSSEscape.string(
      "\(text(plan.title)) · \(phase) \(index + 1): \(text(reported.phase.title)) · "
        + locale.weekWithDates(evaluation.week))
  }
}

/// Text inside a double-quoted CSS string in a `<style>` element: quotes, backslashes and
/// angle brackets as CSS escapes, so the text can neither end the string nor the element.
public enum CSSEscape {
  public static func string(_ s: String) -> String {
    var out = ""
    for scalar in MarkdownEscape.singleLine(s).unicodeScalars {
      switch scalar {
      case "\"", "'", "\\", "<", ">", "&":
        out += "\\" + String(scalar.value, radix: 16) + " "
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
