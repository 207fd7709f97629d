import Foundation
import YAML

/// The plan's phases and their goals, each goal's measure and target (docs/plan.md).
extension PlanDecoder {
  mutating func phaseList(_ node: Node) -> [Located<Phase>] {
    guard let items = node.items else {
      reader.error(node.mark, PlanRuleProblem.notACollection("phases", found: Found(node)))
      return []
    }
    if items.isEmpty {
      reader.error(node.mark, PlanRuleProblem.noPhases)
    }
    var result: [Located<Phase>] = []
    var seen: [String: Mark] = [:]
    for item in items {
      guard let phase = phase(item) else { continue }
      if let first = seen[phase.value.id] {
        reader.error(
          phase.mark,
          PlanRuleProblem.usedTwice(.phase, id: phase.value.id, firstLine: first.line))
        continue
      }
      seen[phase.value.id] = phase.mark
      result.append(phase)
    }
    return result
  }

  mutating func phase(_ node: Node) -> Located<Phase>? {
    guard let f = reader.fields(node, of: .phase, allowed: Self.phaseKeys) else { return nil }
    let idNode = reader.node(f, PlanShape.phase["id"])
    let id = idNode.flatMap { reader.id($0, .key("id")) }
    let title = reader.node(f, PlanShape.phase["title"]).flatMap { reader.text($0, .key("title")) }
    let weeks = reader.node(f, PlanShape.phase["weeks"])
      .flatMap { reader.int($0, .key("weeks"), range: PlanShape.phase["weeks"].range) }
    let summary = reader.node(f, "summary").flatMap { reader.text($0, .key("summary")) }
    var goals: [Goal] = []
    if let goalsNode = reader.node(f, PlanShape.phase["goals"]) {
      if let items = goalsNode.items {
        if items.isEmpty {
          reader.error(goalsNode.mark, PlanRuleProblem.noGoals(phase: id))
        }
        goals = items.compactMap { goal($0) }
      } else {
        reader.error(
          goalsNode.mark, PlanRuleProblem.notACollection("goals", found: Found(goalsNode)))
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
    let id = idNode.flatMap { reader.id($0, .key("id")) }
    let title = reader.node(f, PlanShape.goal["title"]).flatMap { reader.text($0, .key("title")) }
    let description = reader.node(f, "description").flatMap {
      reader.text($0, .key("description"))
    }
    let required = reader.node(f, "required").flatMap { reader.bool($0, .key("required")) } ?? true
    let goalID = id ?? "?"
    var serves: [String] = []
    if let servesNode = reader.node(f, "serves"),
      let items = reader.list(servesNode, .key("serves"))
    {
      for item in items {
        if let ref = reader.id(item, .key("serves")) {
          serves.append(ref)
          references.append(Reference(kind: .objective, name: ref, goal: goalID, mark: item.mark))
        }
      }
    }

    let kind: Goal.Kind?
    if let metricNode = reader.node(f, "metric") {
      if let e = f.keyMark("evidence") {
        reader.error(e, PlanRuleProblem.evidenceWithMetric(goal: id))
      }
      kind = measure(f, metricNode: metricNode, goal: id, goalID: goalID).map {
        .quantitative($0)
      }
    } else {
      for key in Self.quantitativeKeys {
        if let mark = f.keyMark(key) {
          reader.error(mark, PlanRuleProblem.needsMetric(key, goal: id))
        }
      }
      let evidence =
        reader.node(f, "evidence").flatMap {
          reader.int($0, .key("evidence"), range: PlanShape.goal["evidence"].range)
        } ?? 0
      kind = .qualitative(evidence: evidence)
    }

    guard let id, let title, let kind else { return nil }
    if let first = goalMarks[id], let idNode {
      reader.error(
        idNode.mark, PlanRuleProblem.usedTwice(.goal, id: id, firstLine: first.line))
      return nil
    }
    goalMarks[id] = idNode?.mark ?? f.mark
    return Goal(
      id: id, title: title, description: description, serves: serves, required: required, kind: kind
    )
  }

  mutating func measure(_ f: Fields, metricNode: Node, goal: String?, goalID: String) -> Measure? {
    let metric = reader.id(metricNode, .key("metric"))
    if let metric {
      references.append(
        Reference(kind: .metric, name: metric, goal: goalID, mark: metricNode.mark))
    }
    var target: Target?
    if let t = reader.node(f, PlanShape.goal["target"], required: true) {
      target = self.target(t, goal: goal)
    }
    let window = reader.node(f, "window").flatMap {
      reader.int($0, .key("window"), range: PlanShape.goal["window"].range)
    }
    let aggregateNode = reader.node(f, "aggregate")
    let aggregate = aggregateNode.flatMap { reader.choice($0, .key("aggregate"), Aggregate.self) }
    var rule: Measure.Rule = .aggregate(aggregate ?? .latest)
    if let k = reader.node(f, "weeks-met") {
      if let aggregateNode {
        reader.error(aggregateNode.mark, PlanRuleProblem.aggregateAndWeeksMet(goal: goal))
      }
      let limit = window ?? 1
      if let count = reader.int(k, .key("weeks-met"), range: PlanShape.goal["weeks-met"].range) {
        if count > limit {
          reader.error(k.mark, PlanRuleProblem.weeksMetOverWindow(count: count, window: limit))
        } else {
          rule = .weeksMet(count)
        }
      }
    }
    let baseline = reader.node(f, "baseline").flatMap { reader.number($0, .key("baseline")) }
    let channel = reader.node(f, "channel").flatMap { reader.text($0, .key("channel")) }
    guard let metric, let target else { return nil }
    return Measure(
      metric: metric, target: target, window: window ?? 1, rule: rule, baseline: baseline,
      channel: channel)
  }

  mutating func target(_ node: Node, goal: String?) -> Target? {
    if let scalar = node.scalar {
      switch scalar.value {
      case .int, .float:
        reader.error(
          node.mark, PlanRuleProblem.targetWithoutComparison(goal: goal, number: scalar.text))
        return nil
      case .string(let text):
        if let t = Target(text) { return t }
        reader.error(node.mark, PlanRuleProblem.notATarget(text))
        return nil
      default: break
      }
    }
    reader.error(node.mark, PlanRuleProblem.targetNotText(goal: goal))
    return nil
  }
}
