/// `rollout status --json` (docs/journal.md): the keys, their order and their types are a
/// contract with scripts; `null`s are written, never left out.
public enum StatusJSON {
  public static func render(_ evaluation: Evaluation) -> String {
    document(evaluation).rendered()
  }

  static func document(_ e: Evaluation) -> OrderedJSON {
    .object([
      ("plan", .string(e.plan.title)),
      ("week", .string(e.week.description)),
      ("activePhase", .optional(e.activePhase)),
      ("stopped", .bool(e.stopped)),
      ("phases", .array(e.phases.map(phase))),
    ])
  }

  static func phase(_ p: PhaseEvaluation) -> OrderedJSON {
    .object([
      ("id", .string(p.phase.id)),
      ("title", .string(p.phase.title)),
      ("state", .string(p.state.rawValue)),
      ("overdue", .bool(p.overdue)),
      ("plannedStart", .string(p.plannedStart.description)),
      ("plannedEnd", .string(p.plannedEnd.description)),
      ("unlockedWeek", .optional(p.unlockedWeek?.description)),
      ("passedWeek", .optional(p.passedWeek?.description)),
      ("passedBy", .optional(p.passedBy?.rawValue)),
      ("goals", .array(p.goals.map(goal))),
      // Added keys come after the original ones (docs/journal.md).
      ("override", .bool(p.override)),
      ("forecastPass", .optional(p.forecastPass?.description)),
    ])
  }

  static func goal(_ g: GoalEvaluation) -> OrderedJSON {
    var members: [(String, OrderedJSON)] = [
      ("id", .string(g.goal.id)),
      ("kind", .string(g.goal.isQualitative ? "qualitative" : "quantitative")),
      ("required", .bool(g.goal.required)),
      ("status", .string(g.status.rawValue)),
      ("reason", .optional(g.reason?.description)),
    ]
    switch g.goal.kind {
    case .qualitative:
      members += [
        ("evidence", .int(g.evidence)), ("evidenceRequired", .int(g.evidenceRequired)),
        ("previousStatus", .string(g.previousStatus.rawValue)),
        ("counterEvidence", .int(g.counterEvidence)),
      ]
    case .quantitative(let measure):
      members += [
        ("metric", .string(measure.metric)),
        ("value", .optional(g.value)),
        ("target", .string(measure.target.description)),
        ("weeksOfData", .int(g.weeksOfData)),
        ("window", .int(measure.window)),
        ("weeksMet", .optional(g.weeksMet)),
        // A grade: two decimals are enough, and keep the output stable.
        ("progress", .optional(g.progress.map { ($0 * 100).rounded() / 100 })),
        ("previousStatus", .string(g.previousStatus.rawValue)),
        ("previousValue", .optional(g.previousValue)),
        // docs/gates.md "Looking ahead": null where no outlook is due.
        ("trend", .optional(g.outlook?.trend)),
        ("forecast", .optional(g.outlook?.forecast?.description)),
        ("forecastReason", .optional(g.outlook?.reason?.description)),
        ("earliest", .optional(g.outlook?.earliest?.description)),
      ]
    }
    return .object(members)
  }
}
