/// `--format text` (docs/reports.md): the verdict with the phase's forecast pass, what changed since
/// last week, the goals still open with their forecasts, and what is missing, in at most 15 plain
/// lines to paste into a chat message or an e-mail. The same order as the full report. No Markdown: the report
/// is built with `ReportMarkup.text`, and nothing here adds tables, fences or emphasis.
/// Lists that do not fit are cut, and the cut said in a line of its own.
enum TextSummary {
  static let maxLines = 15

  struct Section {
    var heading: String
    var items: [String]
    /// How many of `items` are shown; the rest are counted in one line.
    var shown: Int

    var lineCount: Int { items.isEmpty ? 0 : 1 + shown + (shown < items.count ? 1 : 0) }
  }

  static func render(_ report: Report) -> String {
    let locale = ReportLocale(language: Language(rawValue: report.language) ?? .en, year: 0)
    var lines = [headline(report, locale), verdictLine(report, locale)]
    if !report.changes.hasChanges { lines.append(report.changes.nothingChanged) }
    var sections = [
      Section(
        heading: locale.say(
          en: "Since last week (\(report.changes.previousWeek)):",
          fi: "Muutokset edellisestä viikosta (\(report.changes.previousWeek)):",
          nl: "Sinds vorige week (\(report.changes.previousWeek)):"),
        items: report.changes.items.map { "\($0.title): \($0.text)" }, shown: 0),
      Section(
        heading: locale.say(
          en: "Goals not met yet:", fi: "Vielä saavuttamatta:", nl: "Nog niet gehaalde doelen:"),
        items: openGoals(report, locale), shown: 0),
      Section(
        heading: locale.say(en: "Missing:", fi: "Puuttuu:", nl: "Ontbreekt:"),
        items: report.due.map(\.text), shown: 0),
    ]
    fit(&sections, into: maxLines - lines.count)
    for section in sections where !section.items.isEmpty {
      lines.append(section.heading)
      lines += section.items.prefix(section.shown).map { "- " + $0 }
      let rest = section.items.count - section.shown
      if rest > 0 {
        lines.append(
          locale.say(
            en: "- … and \(rest) more in the full report",
            fi: "- … ja \(rest) muuta koko raportissa",
            nl: "- … en nog \(rest) in het volledige rapport"))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Shows as many items as fit in `budget` lines, taking one item at a time from the
  /// section that shows fewest so far, so that every section gets its share.
  static func fit(_ sections: inout [Section], into budget: Int) {
    for i in sections.indices { sections[i].shown = 0 }
    func total() -> Int { sections.reduce(0) { $0 + $1.lineCount } }
    while true {
      let open = sections.indices.filter { sections[$0].shown < sections[$0].items.count }
      guard let i = open.min(by: { sections[$0].shown < sections[$1].shown }) else { return }
      sections[i].shown += 1
      if total() > budget {
        sections[i].shown -= 1
        // The "… and N more" line itself takes a line: one item fewer may still fit it.
        if sections[i].shown > 0, total() > budget { sections[i].shown -= 1 }
        return
      }
    }
  }

  static func headline(_ r: Report, _ locale: ReportLocale) -> String {
    let phase = locale.say(
      en: "phase \(r.phase.number) of \(r.phaseCount)",
      fi: "vaihe \(r.phase.number)/\(r.phaseCount)",
      nl: "fase \(r.phase.number) van \(r.phaseCount)")
    return "\(r.plan) – \(phase): \(r.phase.title) – \(r.weekLabel)"
  }

  static func verdictLine(_ r: Report, _ locale: ReportLocale) -> String {
    let gate = locale.say(en: "Gate", fi: "Portti", nl: "Poort")
    var line = "\(gate): \(r.verdict.word) – \(r.verdict.detail)"
    if r.verdict.isOverdue { line += " · " + r.verdict.overdue }
    if r.verdict.hasForecastPass { line += " · " + r.verdict.forecastPass }
    if r.verdict.hasWarning {
      line += " · " + locale.say(en: "warning", fi: "huom", nl: "let op") + ": " + r.verdict.warning
    }
    return line
  }

  /// Required goals that are not met: quantitative ones with value and target.
  static func openGoals(_ r: Report, _ locale: ReportLocale) -> [String] {
    let qualitative = r.qualitative.filter { $0.required && $0.status != "met" }.map {
      "\($0.title): \($0.statusLabel)" + ($0.hasReason ? " (\($0.reason))" : "")
    }
    let quantitative = r.quantitative.filter { $0.required && $0.status != "met" }.map {
      let against = locale.say(en: "target", fi: "tavoitearvo", nl: "streefwaarde")
      return "\($0.title): \($0.value) (\(against) \($0.target))"
        + ($0.hasWeeksMet ? ", \($0.progress)" : "") + " – \($0.statusLabel)"
        + ($0.hasReason ? " (\($0.reason))" : "")
        + ($0.hasForecast ? " – " + $0.forecast : "")
    }
    return qualitative + quantitative
  }
}

extension ReportRenderer {
  /// The report as at most 15 plain lines (`--format text`); build it with
  /// `ReportMarkup.text`.
  public static func text(_ report: Report) -> String { TextSummary.render(report) }
}
