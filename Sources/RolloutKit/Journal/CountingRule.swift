/// What counts at a report week (docs/gates.md): the one rule that the gate engine, the report,
/// `rollout log` and the writing commands share.
///
/// An entry about a later week is ignored; with `asOf`, an entry recorded (`at`) after that
/// day is ignored too; an entry withdrawn by a retraction in force is ignored. A retraction
/// counts whatever its own week ("backfills and retractions recorded since count"), so only
/// `asOf` holds one back.
struct CountingRule {
  let asOf: CalendarDate?
  /// The ids withdrawn by the retractions in force (recorded by `asOf`).
  let retracted: Set<String>

  init(_ entries: [Entry], asOf: CalendarDate? = nil) {
    self.asOf = asOf
    var retractions: [(id: String, target: String)] = []
    for entry in entries {
      guard case .retract(let r) = entry.body else { continue }
      if let asOf, let day = entry.recordedOn, day > asOf { continue }
      retractions.append((entry.id, r.target))
    }
    retracted = Self.retractedIDs(retractions)
  }

  /// Whether the entry was recorded by `asOf` (always, without one).
  @inline(__always)
  func isRecorded(_ entry: Entry) -> Bool {
    guard let asOf, let day = entry.recordedOn else { return true }
    return day <= asOf
  }

  /// Whether the entry is known at `week` and not withdrawn.
  @inline(__always)
  func counts(_ entry: Entry, at week: ISOWeek) -> Bool {
    guard entry.week <= week, isRecorded(entry) else { return false }
    return retracted.isEmpty || !retracted.contains(entry.id)
  }

  /// The ids withdrawn by the retractions that are themselves still in force.
  ///
  /// A retraction of a retraction withdraws the withdrawal, which restores its target
  /// ("the target is ignored from then on" applies to retractions too). Retractions point
  /// back in the journal, so walking them newest first settles each before its target.
  static func retractedIDs(_ retractions: [(id: String, target: String)]) -> Set<String> {
    var retracted = Set<String>()
    for r in retractions.reversed() where !retracted.contains(r.id) {
      retracted.insert(r.target)
    }
    return retracted
  }
}
