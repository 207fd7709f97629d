/// "Since last week" (docs/reports.md, item 1): the reported phase's goals whose status changed
/// since W−1 and the values that moved, from the evaluation's `previousStatus` and
/// `previousValue`, so that the report and `status --json` never disagree.
extension Builder {
  func changes() -> SinceLastWeek {
    let goals =
      reported.goals.filter(\.goal.isQualitative)
      + reported.goals.filter { !$0.goal.isQualitative }
    let items = goals.compactMap(change)
    let previous = locale.week(evaluation.week - 1)
    return SinceLastWeek(
      previousWeek: previous, items: items, hasChanges: !items.isEmpty,
      nothingChanged: locale.say(
        en: "Since last week (\(previous)): no goal changed status and no value moved.",
        fi:
          "Edellisestä viikosta (\(previous)) ei muutoksia: tavoitteiden tila ja arvot ennallaan.",
        nl: "Sinds vorige week (\(previous)) is geen enkele status of waarde veranderd.")
    )
  }

  /// One goal's change, or `nil` when its status and value stayed as they were.
  private func change(_ ge: GoalEvaluation) -> Change? {
    var parts: [String] = []
    if ge.status != ge.previousStatus {
      parts.append("\(locale.goalStatus(ge.previousStatus)) → \(locale.goalStatus(ge.status))")
    }
    if let moved = movedValue(ge) { parts.append(moved) }
    guard !parts.isEmpty else { return nil }
    return Change(
      id: ge.goal.id, title: text(ge.goal.title), status: ge.status.rawValue,
      previousStatus: ge.previousStatus.rawValue, statusChanged: ge.status != ge.previousStatus,
      text: parts.joined(separator: "; "))
  }

  /// `18.5 h ↓ from 20 h, better`; a value that appeared says so. Values that read the same in the
  /// report (float noise below its two decimals) did not move.
  private func movedValue(_ ge: GoalEvaluation) -> String? {
    guard let measure = ge.goal.measure, let value = ge.value else { return nil }
    let unit = unit(of: measure.metric)
    let now = locale.quantity(value, unit: unit)
    guard let previous = ge.previousValue else {
      return locale.say(
        en: "\(now), the first value", fi: "\(now), ensimmäinen arvo",
        nl: "\(now), de eerste waarde")
    }
    let before = locale.quantity(previous, unit: unit)
    guard before != now else { return nil }
    let arrow = value > previous ? "↑" : "↓"
    // The arrow says which way the number went; the word says whether that is good, by the
    // metric's `better` (a falling response time is better).
    let higherIsBetter = (plan.metric(measure.metric)?.better ?? .higher) == .higher
    if (value > previous) == higherIsBetter {
      return locale.say(
        en: "\(now) \(arrow) from \(before), better", fi: "\(now) \(arrow) (oli \(before)), parani",
        nl: "\(now) \(arrow) van \(before), beter")
    }
    return locale.say(
      en: "\(now) \(arrow) from \(before), worse", fi: "\(now) \(arrow) (oli \(before)), heikkeni",
      nl: "\(now) \(arrow) van \(before), slechter")
  }
}
