import Foundation
import YAML

/// The plan's phases and their goals, each goal's measure and target (docs/plan.md).
extension PlanDecoder {
  mutating func phaseList(_ node: Node) -> [Located<Phase>] {
    guard let items = node.items else {
      reader.error(
        node.mark, "'phases' must be a list of phases, but this is \(node.kindName)",
        fix: "start each phase with '- id: …' on its own line")
      return []
    }
    if items.isEmpty {
      reader.error(
        node.mark, "the plan has no phases", fix: "add at least one phase with its goals")
    }
    var result: [Located<Phase>] = []
    for item in items {
      guard let phase = phase(item) else { continue }
      if let first = result.first(where: { $0.value.id == phase.value.id }) {
        reader.error(
          phase.mark,
          "the phase id '\(phase.value.id)' is used twice (first on line \(first.mark.line))",
          fix: "give each phase its own id")
        continue
      }
      result.append(phase)
    }
    return result
  }

  mutating func phase(_ node: Node) -> Located<Phase>? {
    guard let f = reader.fields(node, of: .phase, allowed: Self.phaseKeys) else { return nil }
    let idNode = reader.node(f, PlanShape.phase["id"])
    let id = idNode.flatMap { reader.id($0, "phase id") }
    let what = id.map { "phase '\($0)'" } ?? "this phase"
    let title = reader.node(f, PlanShape.phase["title"]).flatMap { reader.text($0, "the title") }
    let weeks = reader.node(f, PlanShape.phase["weeks"])
      .flatMap { reader.int($0, "'weeks' of \(what)", range: PlanShape.phase["weeks"].range) }
    let summary = reader.node(f, "summary").flatMap { reader.text($0, "the summary") }
    var goals: [Goal] = []
    if let goalsNode = reader.node(f, PlanShape.phase["goals"]) {
      if let items = goalsNode.items {
        if items.isEmpty {
          reader.error(goalsNode.mark, "\(what) has no goals", fix: "add at least one goal")
        }
        goals = items.compactMap { goal($0) }
      } else {
        reader.error(
          goalsNode.mark, "'goals' must be a list, but this is \(goalsNode.kindName)",
          fix: "start each goal with '- id: …' on its own line")
      }
    }
    guard let id, let idNode, let title, let weeks else { return nil }
    return Located(
      Phase(id: id, title: title, weeks: weeks, summary: summary, goals: goals), mark: idNode.mark)
  }

  struct Reference {
    enum Kind { case objective, metric }
    var kind: Kind
    var name: String
    var goal: String
    var mark: Mark
  }

  mutating func goal(_ node: Node) -> Goal? {
    guard let f = reader.fields(node, of: .goal, allowed: Self.goalKeys) else { return nil }
    let idNode = reader.node(f, PlanShape.goal["id"])
    let id = idNode.flatMap { reader.id($0, "goal id") }
    let what = id.map { "goal '\($0)'" } ?? "this goal"
    let title = reader.node(f, PlanShape.goal["title"]).flatMap { reader.text($0, "the title") }
    let description = reader.node(f, "description").flatMap { reader.text($0, "the description") }
    let required = reader.node(f, "required").flatMap { reader.bool($0, "'required'") } ?? true
    let goalID = id ?? "?"
    var serves: [String] = []
    if let servesNode = reader.node(f, "serves"), let items = reader.list(servesNode, "'serves'") {
      for item in items {
        if let ref = reader.id(item, "objective id") {
          serves.append(ref)
          references.append(Reference(kind: .objective, name: ref, goal: goalID, mark: item.mark))
        }
      }
    }

    let kind: Goal.Kind?
    if let metricNode = reader.node(f, "metric") {
      if let e = f.keyMark("evidence") {
        reader.error(
          e, "'evidence' counts notes for qualitative goals; \(what) is measured by a metric",
          fix: "remove 'evidence', or remove 'metric' to make it a qualitative goal")
      }
      kind = measure(f, metricNode: metricNode, what: what, goalID: goalID).map {
        .quantitative($0)
      }
    } else {
      for key in Self.quantitativeKeys {
        if let mark = f.keyMark(key) {
          reader.error(
            mark,
            "'\(key)' only applies to goals measured by a metric, and \(what) has no 'metric'",
            fix: "add 'metric: NAME' to the goal, or remove '\(key)'")
        }
      }
      let evidence =
        reader.node(f, "evidence").flatMap {
          reader.int($0, "'evidence'", range: PlanShape.goal["evidence"].range)
        } ?? 0
      kind = .qualitative(evidence: evidence)
    }

    guard let id, let title, let kind else { return nil }
    if let first = goalOrder.first(where: { $0.id == id }), let idNode {
      reader.error(
        idNode.mark,
        "the goal id '\(id)' is used twice (first on line \(first.mark.line)); goal ids must be unique across the plan",
        fix: "give each goal its own id")
      return nil
    }
    goalOrder.append((id, idNode?.mark ?? f.mark))
    return Goal(
      id: id, title: title, description: description, serves: serves, required: required, kind: kind
    )
  }

  mutating func measure(_ f: Fields, metricNode: Node, what: String, goalID: String) -> Measure? {
    let metric = reader.id(metricNode, "metric name")
    if let metric {
      references.append(
        Reference(kind: .metric, name: metric, goal: goalID, mark: metricNode.mark))
    }
    var target: Target?
    if let t = reader.node(f, PlanShape.goal["target"], required: true) {
      target = self.target(t, what: what)
    }
    let window = reader.node(f, "window").flatMap {
      reader.int($0, "'window'", range: PlanShape.goal["window"].range)
    }
    let aggregateNode = reader.node(f, "aggregate")
    let aggregate = aggregateNode.flatMap { reader.choice($0, "aggregate", Aggregate.self) }
    var rule: Measure.Rule = .aggregate(aggregate ?? .latest)
    if let k = reader.node(f, "weeks-met") {
      if let aggregateNode {
        reader.error(
          aggregateNode.mark, "\(what) has both 'aggregate' and 'weeks-met'",
          fix: "keep one: 'weeks-met' counts weeks that meet the target, 'aggregate' combines them")
      }
      let limit = window ?? 1
      if let count = reader.int(k, "'weeks-met'", range: PlanShape.goal["weeks-met"].range) {
        if count > limit {
          reader.error(
            k.mark,
            "'weeks-met' is \(count), but the window has only \(limit) week\(limit == 1 ? "" : "s")",
            fix: "set 'window' to at least \(count), or lower 'weeks-met'")
        } else {
          rule = .weeksMet(count)
        }
      }
    }
    let baseline = reader.node(f, "baseline").flatMap { reader.number($0, "'baseline'") }
    let channel = reader.node(f, "channel").flatMap { reader.text($0, "the channel") }
    guard let metric, let target else { return nil }
    return Measure(
      metric: metric, target: target, window: window ?? 1, rule: rule, baseline: baseline,
      channel: channel)
  }

  mutating func target(_ node: Node, what: String) -> Target? {
    if let scalar = node.scalar {
      switch scalar.value {
      case .int, .float:
        reader.error(
          node.mark, "the target of \(what) has no comparison",
          fix: "write it with one, in quotes: target: \">= \(scalar.text)\" (or <, <=, >, ==)")
        return nil
      case .string(let text):
        if let t = Target(text) { return t }
        reader.error(
          node.mark, "'\(text)' is not a target",
          fix: "write a comparison and a number in quotes, such as \"<= 24\" or \">= 4.2\"")
        return nil
      default: break
      }
    }
    reader.error(
      node.mark, "the target of \(what) must be a comparison such as \"<= 24\"",
      fix: "write it in quotes: target: \">= 80\"")
    return nil
  }
}
