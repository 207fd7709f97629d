extension JournalReader {
  /// The plan's names, looked up by hash: the quick answer to "does this entry name only
  /// things the plan has?", which holds for nearly every line.
  struct PlanNames {
    let phases: ByteKeyedTable<Bool>
    /// Each goal's phase (the first goal of that id, as `Plan.goal` finds it).
    let goalPhase: ByteKeyedTable<(phase: String, qualitative: Bool)>
    let metrics: ByteKeyedTable<Bool>

    init(_ plan: Plan) {
      phases = ByteKeyedTable(plan.phases.map { ($0.id, true) })
      goalPhase = ByteKeyedTable(
        plan.phases.flatMap { phase in
          phase.goals.map { ($0.id, (phase: phase.id, qualitative: $0.isQualitative)) }
        })
      metrics = ByteKeyedTable(plan.metrics.map { ($0.id, true) })
    }

    /// `true` when `EntryReferences` would find nothing wrong with the entry at `k`
    /// (retractions aside), asked of its row.
    func knows(_ entries: EntryStore, _ k: Int) -> Bool {
      let row = entries.rows[k]
      func name(_ index: UInt32) -> String { entries.table.names[Int(index)] }
      switch row.kind {
      case .note:
        guard phases[name(row.a)] != nil else { return false }
        guard row.b != NameTable.none else { return true }
        return goalPhase[name(row.b)]?.phase == name(row.a)
      case .metric:
        return metrics[name(row.a)] != nil
      case .assess:
        return goalPhase[name(row.a)]?.qualitative == true
      case .decide:
        return phases[name(row.a)] != nil
      case .retract:
        return false
      }
    }
  }
}
