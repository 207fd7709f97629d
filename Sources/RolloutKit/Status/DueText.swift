/// `rollout due` for people: the week's to-do list, one item a line, wrapped to 80 columns.
public struct DueText: Sendable {
  public var width: Int

  public init(width: Int = 80) {
    self.width = width
  }

  public func render(_ due: DueList, evaluation: Evaluation) -> String {
    let week = due.week
    let range = "\(week.monday) – \(week.sunday)"
    let pause = due.inBreak.map { breakLine($0, week: week) } ?? []
    guard !due.items.isEmpty else {
      return "Nothing is missing for \(week) (\(range)).\n"
        + pause.map { $0 + "\n" }.joined() + noteWhenNothingActive(evaluation)
    }
    var lines = ["Still missing for \(week) (\(range)):"] + pause
    var phase: String?
    for item in due.items {
      if item.phase != phase {
        phase = item.phase
        lines.append("")
        lines.append("Phase \(item.phase):")
      }
      lines += wrapWords(item.description, first: "  - ", rest: "    ")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// SPEC §4: nothing is due for metrics in a break week.
  private func breakLine(_ pause: Break, week: ISOWeek) -> [String] {
    wrapWords(
      "\(week) is a break (\(StatusText(colour: false).flat(pause.reason))): no metric values are due this week.",
      first: "", rest: "")
  }

  private func noteWhenNothingActive(_ e: Evaluation) -> String {
    guard e.activePhase == nil else { return "" }
    if let stopped = e.stoppedWeek { return "The plan was stopped in \(stopped).\n" }
    if e.currentPhase == nil { return "The plan starts in \(e.plan.startWeek).\n" }
    if e.phases.allSatisfy({ $0.state == .passed }) { return "Every phase has passed.\n" }
    return "No phase is active this week: the next one unlocks next week.\n"
  }

  private func wrapWords(_ text: String, first: String, rest: String) -> [String] {
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if lineHasWord, line.count + 1 + word.count > width {
        lines.append(line)
        line = rest + word
      } else {
        line += (lineHasWord ? " " : "") + word
      }
      lineHasWord = true
    }
    lines.append(line)
    return lines
  }
}
