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

    /// `true` when `EntryReferences` would find nothing wrong (retractions aside).
    func knows(_ entry: Entry) -> Bool {
      switch entry.body {
      case .note(let n):
        guard phases[n.phase] != nil else { return false }
        guard let goal = n.goal else { return true }
        return goalPhase[goal]?.phase == n.phase
      case .metric(let m):
        return metrics[m.metric] != nil
      case .assess(let a):
        return goalPhase[a.goal]?.qualitative == true
      case .decide(let d):
        return phases[d.phase] != nil
      case .retract:
        return false
      }
    }
  }
}
