import Foundation
import YAML

/// Reads a plan file into a `Plan`, collecting every problem as a `Diagnostic`.
public enum PlanLoader {
  /// Loads the plan at `path`; throws every diagnostic when it has errors.
  public static func load(path: String) throws(DiagnosticsError) -> Plan {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticsError(Diagnostic(file: path, PlanRuleProblem.cannotRead))
    }
    let (plan, diagnostics) = decode(Array(data), file: path)
    if let plan, !diagnostics.contains(where: { $0.severity == .error }) { return plan }
    throw DiagnosticsError(diagnostics)
  }

  /// Decodes plan text; returns the plan when it could be built, and every diagnostic
  /// (errors and warnings), in file order.
  public static func decode(_ bytes: [UInt8], file: String) -> (Plan?, [Diagnostic]) {
    let root: Node?
    do {
      let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
      root = blank ? nil : try Parser().parse(bytes)
    } catch {
      return (nil, [Diagnostic(error, file: file)])
    }
    guard let root else {
      return (
        nil,
        [
          Diagnostic(file: file, line: 1, column: 1, PlanRuleProblem.emptyPlan)
        ]
      )
    }
    var decoder = PlanDecoder(file: file, source: bytes)
    let plan = decoder.plan(root)
    let sorted = decoder.reader.diagnostics.enumerated().sorted { a, b in
      let la = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
      let lb = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
      return la < lb
    }.map(\.element)
    return (plan, sorted)
  }
}

/// Walks a plan's nodes (docs/plan.md), keeping every problem it finds.
struct PlanDecoder {
  var reader: NodeReader

  init(file: String, source: [UInt8] = []) {
    reader = NodeReader(file: file, source: source)
  }

  // The keys of each mapping come from `PlanShape`, which `rollout schema` reads too.
  static let planKeys = PlanShape.plan.names
  static let objectiveKeys = PlanShape.objective.names
  static let metricKeys = PlanShape.metric.names
  static let phaseKeys = PlanShape.phase.names
  static let goalKeys = PlanShape.goal.names
  /// Keys that only make sense with `metric:`.
  static let quantitativeKeys = PlanShape.goal.keys.filter { $0.needs == "metric" }.map(\.name)

  /// Each goal id seen so far and where, for "used twice" (a dictionary: a plan of 20,000
  /// goals must not compare each with every other).
  var goalMarks: [String: Mark] = [:]
  /// `serves` and `metric` references, checked once every objective and metric is known.
  var references: [Reference] = []

  mutating func plan(_ root: Node) -> Plan? {
    if let first = root.items?.first,
      first.pairs?.contains(where: { $0.key.scalar?.text == "kind" }) == true
    {
      reader.error(root.mark, PlanRuleProblem.journalNotPlan)
      return nil
    }
    guard
      let fields = reader.fields(root, of: .plan, allowed: Self.planKeys)
    else { return nil }
    let title = reader.node(fields, PlanShape.plan["plan"])
      .flatMap { reader.text($0, .key("plan")) }
    let owner = reader.node(fields, "owner").flatMap { reader.text($0, .key("owner")) }
    let starts = reader.node(fields, PlanShape.plan["starts"])
      .flatMap { date($0) }
    let language = reader.node(fields, "language").flatMap { languageCode($0) }
    let unlock =
      reader.node(fields, "unlock").flatMap { reader.choice($0, .key("unlock"), UnlockMode.self) }
    let journal = reader.node(fields, "journal").flatMap { reader.text($0, .key("journal")) }
    let objectives = reader.node(fields, "objectives").map { objectiveList($0) } ?? []
    let metrics = reader.node(fields, "metrics").map { metricMap($0) } ?? []
    let breaks = reader.node(fields, "breaks").map { breakList($0) } ?? []
    let phasesNode = reader.node(fields, PlanShape.plan["phases"])
    let phases = phasesNode.map { phaseList($0) } ?? []

    checkReferences(objectives: objectives, metrics: metrics)
    if let starts { checkSchedule(starts: starts, phases: phases) }

    guard let title, let starts, phasesNode != nil, !phases.isEmpty else { return nil }
    return Plan(
      title: title, owner: owner, starts: starts, language: language ?? .en,
      unlock: unlock ?? .automatic, journal: journal, objectives: objectives.map(\.value),
      metrics: metrics.map(\.value), breaks: breaks, phases: phases.map(\.value))
  }

  /// The planned weeks stay within year 9999, the last year a week can be written in:
  /// the first phase that ends past it is the error.
  mutating func checkSchedule(starts: CalendarDate, phases: [Located<Phase>]) {
    let start = ISOWeek(starts)
    let last = ISOWeek(year: 9999, week: ISOWeek.weeks(in: 9999))!
    let room = start.distance(to: last) + 1
    var used = 0
    for phase in phases {
      used += phase.value.weeks
      guard used > room else { continue }
      reader.error(phase.mark, PlanRuleProblem.phaseEndsTooLate(phase: phase.value.id, last: last))
      return
    }
  }

  /// A report language; the names of the languages, in any of them, point to their code.
  mutating func languageCode(_ node: Node) -> Language? {
    if let text = node.scalar?.text, Language(rawValue: text.lowercased()) == nil,
      let code = Language.suggestion(for: text)
    {
      reader.error(node.mark, PlanProblem.notALanguageCode(text, suggestion: code))
      return nil
    }
    return reader.choice(node, .key("language"), Language.self)
  }

  mutating func date(_ node: Node) -> CalendarDate? {
    guard let text = reader.text(node, .key("starts")) else { return nil }
    do {
      return try WrittenTime.date(text)
    } catch {
      reader.error(node.mark, error)
      return nil
    }
  }

  // MARK: Objectives and metrics

  mutating func objectiveList(_ node: Node) -> [Located<Objective>] {
    guard let items = reader.list(node, .key("objectives")) else { return [] }
    var result: [Located<Objective>] = []
    var seen: [String: Mark] = [:]
    for item in items {
      guard let f = reader.fields(item, of: .objective, allowed: Self.objectiveKeys) else {
        continue
      }
      let idNode = reader.node(f, PlanShape.objective["id"])
      let id = idNode.flatMap { reader.id($0, .key("id")) }
      let title = reader.node(f, PlanShape.objective["title"]).flatMap {
        reader.text($0, .key("title"))
      }
      if let id, let idNode {
        if let first = seen[id] {
          reader.error(
            idNode.mark, PlanRuleProblem.usedTwice(.objective, id: id, firstLine: first.line))
          continue
        }
        seen[id] = idNode.mark
        result.append(Located(Objective(id: id, title: title ?? id), mark: idNode.mark))
      }
    }
    return result
  }

  mutating func metricMap(_ node: Node) -> [Located<Metric>] {
    guard let pairs = node.pairs else {
      reader.error(node.mark, PlanRuleProblem.notACollection("metrics", found: Found(node)))
      return []
    }
    var result: [Located<Metric>] = []
    var seen: [String: Mark] = [:]
    for pair in pairs {
      guard let name = reader.id(pair.key, .metricName) else { continue }
      if let first = seen[name] {
        reader.error(
          pair.key.mark,
          PlanRuleProblem.usedTwice(.metric(name), id: name, firstLine: first.line))
        continue
      }
      seen[name] = pair.key.mark
      var metric = Metric(id: name, title: name)
      // A bare `name:` is a metric with every default.
      if let scalar = pair.value.scalar, scalar.value == .null {
        result.append(Located(metric, mark: pair.key.mark))
        continue
      }
      guard let f = reader.fields(pair.value, of: .metric(name), allowed: Self.metricKeys)
      else { continue }
      if let t = reader.node(f, "title").flatMap({ reader.text($0, .key("title")) }) {
        metric.title = t
      }
      metric.unit = reader.node(f, "unit").flatMap { reader.text($0, .key("unit")) }
      if let b = reader.node(f, "better").flatMap({
        reader.choice($0, .key("better"), Direction.self)
      }) {
        metric.better = b
      }
      if let c = reader.node(f, "combine").flatMap({
        reader.choice($0, .key("combine"), Combine.self)
      }) {
        metric.combine = c
      }
      metric.range = reader.node(f, "range").flatMap { reader.span($0, .key("range")) }
      metric.importNames = reader.node(f, "import").map { importNames($0, of: name) } ?? []
      result.append(Located(metric, mark: pair.key.mark))
    }
    checkImportClaims(pairs)
    return result
  }

  // MARK: References

  mutating func checkReferences(objectives: [Located<Objective>], metrics: [Located<Metric>]) {
    let objectiveIDs = objectives.map(\.value.id)
    let metricIDs = metrics.map(\.value.id)
    let (knownObjectives, knownMetrics) = (Set(objectiveIDs), Set(metricIDs))
    for ref in references {
      switch ref.kind {
      case .objective where !knownObjectives.contains(ref.name):
        reader.error(
          ref.mark,
          PlanRuleProblem.unknownObjective(goal: ref.goal, name: ref.name, known: objectiveIDs))
      case .metric where !knownMetrics.contains(ref.name):
        reader.error(
          ref.mark, PlanRuleProblem.unknownMetric(goal: ref.goal, name: ref.name, known: metricIDs))
      default:
        break
      }
    }
  }
}

/// A decoded value with the mark of its id, for "first on line N" messages.
struct Located<Value> {
  var value: Value
  var mark: Mark

  init(_ value: Value, mark: Mark) {
    self.value = value
    self.mark = mark
  }
}
