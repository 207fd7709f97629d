extension EntrySummary {
  /// The line after a metric value's confirmation when its week is one of the plan's
  /// breaks: kept, but no goal counts it (docs/gates.md); `nil` otherwise.
  public static func breakNotice(_ entry: Entry, plan: Plan, language l: Language = .en)
    -> String?
  {
    guard entry.kind == .metric, let pause = plan.breakHolding(entry.week) else { return nil }
    let w = entry.week
    let why = pause.reason
    return "  "
      + l.say(
        en: "note: \(w) is a break (\(why)): no goal counts a value of that week",
        fi: "huom: viikko \(w) on tauko (\(why)): mikään tavoite ei laske sen viikon arvoja",
        nl: "let op: \(w) is een pauze (\(why)): geen doel telt waarden van die week mee")
  }

  /// The break notices of many values (an import): one per break week, in week order.
  public static func breakNotices(_ entries: [Entry], plan: Plan, language l: Language = .en)
    -> [String]
  {
    var seen = Set<ISOWeek>()
    return entries.filter { $0.kind == .metric && seen.insert($0.week).inserted }
      .sorted { $0.week < $1.week }
      .compactMap { breakNotice($0, plan: plan, language: l) }
  }
}
