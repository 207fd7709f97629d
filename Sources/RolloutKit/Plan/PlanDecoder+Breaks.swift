import Foundation
import YAML

/// docs/plan.md `breaks:`: a list of `{weeks: 2026-W52 or FROM..TO, reason: text}`, weeks in
/// ISO form, no two breaks sharing a week.
extension PlanDecoder {
  static let breakKeys = PlanShape.breakItem.names

  mutating func breakList(_ node: Node) -> [Break] {
    guard let items = node.items else {
      reader.error(node.mark, PlanRuleProblem.notACollection("breaks", found: Found(node)))
      return []
    }
    var result: [Located<Break>] = []
    for item in items {
      guard let f = reader.fields(item, of: .breakItem, allowed: Self.breakKeys) else { continue }
      let weeksNode = reader.node(f, PlanShape.breakItem["weeks"])
      let weeks = weeksNode.flatMap { breakWeeks($0) }
      let reason = reader.node(f, PlanShape.breakItem["reason"])
        .flatMap { reader.text($0, .key("reason")) }
      guard let weeks, let weeksNode, let reason else { continue }
      let found = Located(Break(weeks: weeks, reason: reason), mark: weeksNode.mark)
      if let other = result.first(where: { $0.value.weeks.overlaps(weeks) }) {
        reader.error(
          weeksNode.mark,
          PlanRuleProblem.breaksOverlap(
            found.value.weeksText, other: other.value.weeksText, line: other.mark.line))
        continue
      }
      result.append(found)
    }
    return result.map(\.value)
  }

  /// `2026-W52` or `2026-W52..2027-W01`.
  mutating func breakWeeks(_ node: Node) -> ClosedRange<ISOWeek>? {
    guard let text = reader.text(node, .key("weeks")) else { return nil }
    let parts = text.components(separatedBy: "..")
    guard parts.count <= 2, !text.contains("..."), parts.allSatisfy({ !$0.isEmpty }) else {
      reader.error(node.mark, PlanRuleProblem.notAWeekRange(text, suggestion: nil))
      return nil
    }
    var weeks: [ISOWeek] = []
    for part in parts {
      let trimmed = part.trimmingCharacters(in: " \t")
      guard let week = ISOWeek(trimmed) else {
        reader.error(node.mark, notAWeek(trimmed, in: text))
        return nil
      }
      weeks.append(week)
    }
    guard let from = weeks.first, let to = weeks.last else { return nil }
    guard from <= to else {
      reader.error(node.mark, PlanRuleProblem.breakReversed(text, from: from, to: to))
      return nil
    }
    return from...to
  }

  /// Weeks in a plan are written in ISO form; a shorter form gets the ISO one suggested.
  private func notAWeek(_ part: String, in text: String) -> PlanRuleProblem {
    let iso = Self.yearAndWeek(part).flatMap { ISOWeek(year: $0.0, week: $0.1) }.map { "\($0)" }
    if let (year, week) = Self.yearAndWeek(part), (1...9999).contains(year),
      ISOWeek(year: year, week: week) == nil
    {
      return .weekNotInCalendar(part, year: year, weeks: ISOWeek.weeks(in: year), suggestion: iso)
    }
    return part == text
      ? .notAWeekRange(text, suggestion: iso) : .partNotAWeek(part, in: text, suggestion: iso)
  }

  /// `2026-52`, `2026W52`, `2026-w5`: a year and a week number written almost in ISO form.
  private static func yearAndWeek(_ text: String) -> (Int, Int)? {
    let upper = text.uppercased()
    let pieces = upper.split(whereSeparator: { $0 == "-" || $0 == "W" })
    guard pieces.count == 2, pieces[0].count == 4, let year = Int(pieces[0]),
      let week = Int(pieces[1])
    else { return nil }
    return (year, week)
  }
}
