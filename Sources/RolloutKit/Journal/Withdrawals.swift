/// Which entries of a journal are withdrawn, and by which retraction: the rule of the gate
/// engine (README "How gates are decided"), for `rollout log` and the writing commands.
///
/// A retraction of a retraction restores the original entry, and a third withdraws it
/// again, because a withdrawn retraction no longer withdraws anything.
public struct Withdrawals: Sendable {
  /// The retraction in force for each withdrawn id.
  private var retractionOf: [String: Entry] = [:]

  /// The retractions of a journal as read, found without making its other entries.
  public init(_ entries: EntryStore) {
    self.init(entries.indices.filter { entries.kind($0) == .retract }.map { entries[$0] })
  }

  public init(_ entries: [Entry]) {
    let retractions = entries.filter { if case .retract = $0.body { true } else { false } }
    guard !retractions.isEmpty else { return }
    // One rule for the gates and for this: `CountingRule` decides what is withdrawn.
    let withdrawn = CountingRule(retractions).retracted
    // Name the latest retraction in force; a journal merged out of order may leave only
    // withdrawn ones pointing at a withdrawn entry, and then the latest of those is named.
    var inForce: Set<String> = []
    for retraction in retractions {
      guard case .retract(let r) = retraction.body, withdrawn.contains(r.target) else { continue }
      let counts = !withdrawn.contains(retraction.id)
      if counts || !inForce.contains(r.target) { retractionOf[r.target] = retraction }
      if counts { inForce.insert(r.target) }
    }
  }

  /// The retraction that withdraws `id`, or `nil` when the entry counts.
  public func withdrawal(of id: String) -> Entry? { retractionOf[id] }

  public var isEmpty: Bool { retractionOf.isEmpty }
}
