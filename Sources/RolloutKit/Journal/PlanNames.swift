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

    /// What `knows` found for each name position of the journal's table, so that a name is
    /// looked up once, not on every line: per position, bits for "asked" and "known" as a
    /// phase (1, 2), a metric (4, 8) and a qualitative goal (16, 32).
    private var answers: [UInt8] = []
    /// Per goal position, the last phase position found to be the goal's phase.
    private var goalPhaseSeen: [UInt32] = []

    /// `true` when `EntryReferences` would find nothing wrong with the entry at `k`
    /// (retractions aside), asked of its row.
    mutating func knows(_ entries: EntryStore, _ k: Int) -> Bool {
      let row = entries.rows[k]
      let (table, phases, goalPhase, metrics) = (entries.table, phases, goalPhase, metrics)
      func name(_ index: UInt32) -> String { table.names[Int(index)] }
      if answers.count < table.names.count {
        answers += repeatElement(0, count: table.names.count - answers.count)
        goalPhaseSeen += repeatElement(NameTable.none, count: answers.count - goalPhaseSeen.count)
      }
      func answer(_ index: UInt32, _ asked: UInt8, _ ask: () -> Bool) -> Bool {
        let bits = answers[Int(index)]
        if bits & asked != 0 { return bits & asked << 1 != 0 }
        let known = ask()
        answers[Int(index)] = bits | asked | (known ? asked << 1 : 0)
        return known
      }
      switch row.kind {
      case .note:
        guard answer(row.a, 1, { phases[name(row.a)] != nil }) else { return false }
        guard row.b != NameTable.none else { return true }
        if goalPhaseSeen[Int(row.b)] == row.a { return true }
        guard goalPhase[name(row.b)]?.phase == name(row.a) else { return false }
        goalPhaseSeen[Int(row.b)] = row.a
        return true
      case .metric:
        return answer(row.a, 4) { metrics[name(row.a)] != nil }
      case .assess:
        return answer(row.a, 16) { goalPhase[name(row.a)]?.qualitative == true }
      case .decide:
        return answer(row.a, 1) { phases[name(row.a)] != nil }
      case .retract:
        return false
      }
    }
  }
}
