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
  /// The same ids as numbers (those of 8 hex digits; no other id is a number in a store).
  private let retractedKeys: Set<UInt32>

  init(_ entries: [Entry], asOf: CalendarDate? = nil) {
    self.init(EntryStore(entries.filter { $0.kind == .retract }), asOf: asOf)
  }

  init(_ entries: EntryStore, asOf: CalendarDate? = nil) {
    self.asOf = asOf
    var retractions: [(id: String, target: String)] = []
    for k in entries.indices where entries.kind(k) == .retract {
      if let asOf, let day = entries.recordedOn(k), day > asOf { continue }
      let entry = entries[k]
      guard case .retract(let r) = entry.body else { continue }
      retractions.append((entry.id, r.target))
    }
    retracted = Self.retractedIDs(retractions)
    retractedKeys = Set(retracted.compactMap(EntryStore.idKey))
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

  /// The same for the entry at `k` of `entries`, without making it: `week` packed as
  /// `EntryStore.pack` packs it.
  @inline(__always)
  func counts(_ entries: EntryStore, _ k: Int, at week: UInt32) -> Bool {
    guard entries.packedWeek(k) <= week else { return false }
    if let asOf, let day = entries.recordedOn(k), day > asOf { return false }
    if retracted.isEmpty { return true }
    guard let key = entries.idKey(k) else { return !retracted.contains(entries[k].id) }
    return !retractedKeys.contains(key)
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
