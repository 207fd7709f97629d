import Foundation
import YAML

/// Reads a plan file into a `Plan`, collecting every problem as a `Diagnostic`.
public enum PlanLoader {
  /// Loads the plan at `path`; throws every diagnostic when it has errors.
  public static func load(path: String) throws(DiagnosticsError) -> Plan {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "the plan file cannot be read",
          suggestion: "check the path and its permissions"))
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
      return (nil, [yamlDiagnostic(error, file: file)])
    }
    guard let root else {
      return (
        nil,
        [
          Diagnostic(
            file: file, line: 1, column: 1, message: "the plan is empty",
            suggestion:
              "run 'rollout init' for a starter plan, or write 'plan:', 'starts:' and 'phases:'")
        ]
      )
    }
    var decoder = PlanDecoder(file: file)
    let plan = decoder.plan(root)
    let sorted = decoder.reader.diagnostics.enumerated().sorted { a, b in
      let la = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
      let lb = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
      return la < lb
    }.map(\.element)
    return (plan, sorted)
  }

  /// A YAML syntax problem as a diagnostic of `file`.
  public static func yamlDiagnostic(_ error: YAMLError, file: String) -> Diagnostic {
    Diagnostic(
      file: file, line: error.mark.line, column: error.mark.column, message: error.message,
      suggestion: error.suggestion)
  }
}

/// Walks a plan's nodes (docs/plan.md), keeping every problem it finds.
struct PlanDecoder {
  var reader: NodeReader

  init(file: String) {
    reader = NodeReader(file: file)
  }

  // The keys of each mapping come from `PlanShape`, which `rollout schema` reads too.
  static let planKeys = PlanShape.plan.names
  static let objectiveKeys = PlanShape.objective.names
  static let metricKeys = PlanShape.metric.names
  static let phaseKeys = PlanShape.phase.names
  static let goalKeys = PlanShape.goal.names
  /// Keys that only make sense with `metric:`.
  static let quantitativeKeys = PlanShape.goal.keys.filter { $0.needs == "metric" }.map(\.name)

  /// Goal ids seen so far, for the plan-wide uniqueness check.
  var goalOrder: [(id: String, mark: Mark)] = []
  /// `serves` and `metric` references, checked once every objective and metric is known.
  var references: [Reference] = []

  mutating func plan(_ root: Node) -> Plan? {
    if let first = root.items?.first,
      first.pairs?.contains(where: { $0.key.scalar?.text == "kind" }) == true
    {
      reader.error(
        root.mark, "this file is a journal (a list of entries), not a plan",
        fix: "give the plan's .yaml file with --plan; its journal is found beside it")
      return nil
    }
    guard
      let fields = reader.fields(root, of: .plan, allowed: Self.planKeys)
    else { return nil }
    let title = reader.node(fields, PlanShape.plan["plan"])
      .flatMap { reader.text($0, "the plan's title ('plan')") }
    let owner = reader.node(fields, "owner").flatMap { reader.text($0, "'owner'") }
    let starts = reader.node(fields, PlanShape.plan["starts"])
      .flatMap { date($0) }
    let language = reader.node(fields, "language").flatMap { languageCode($0) }
    let unlock =
      reader.node(fields, "unlock").flatMap { reader.choice($0, "unlock mode", UnlockMode.self) }
    let journal = reader.node(fields, "journal").flatMap { reader.text($0, "'journal'") }
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
      reader.error(
        phase.mark,
        "the phase '\(phase.value.id)' would end after \(last), the last week a plan can reach",
        fix: "check 'starts' and the phases' 'weeks'")
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
    return reader.choice(node, "language", Language.self)
  }

  mutating func date(_ node: Node) -> CalendarDate? {
    guard let text = reader.text(node, "'starts'") else { return nil }
    do {
      return try WrittenTime.date(text)
    } catch {
      reader.error(node.mark, error)
      return nil
    }
  }

  // MARK: Objectives and metrics

  mutating func objectiveList(_ node: Node) -> [Located<Objective>] {
    guard let items = reader.list(node, "'objectives'") else { return [] }
    var result: [Located<Objective>] = []
    for item in items {
      guard let f = reader.fields(item, of: .objective, allowed: Self.objectiveKeys) else {
        continue
      }
      let idNode = reader.node(f, PlanShape.objective["id"])
      let id = idNode.flatMap { reader.id($0, "objective id") }
      let title = reader.node(f, PlanShape.objective["title"]).flatMap {
        reader.text($0, "the title")
      }
      if let id, let idNode {
        if let first = result.first(where: { $0.value.id == id }) {
          reader.error(
            idNode.mark,
            "the objective id '\(id)' is used twice (first on line \(first.mark.line))",
            fix: "give each objective its own id")
          continue
        }
        result.append(Located(Objective(id: id, title: title ?? id), mark: idNode.mark))
      }
    }
    return result
  }

  mutating func metricMap(_ node: Node) -> [Located<Metric>] {
    guard let pairs = node.pairs else {
      reader.error(
        node.mark, "'metrics' must be a mapping of metric names, but this is \(node.kindName)",
        fix: "write each metric as 'name:' with its title, unit, better and combine below it")
      return []
    }
    var result: [Located<Metric>] = []
    for pair in pairs {
      guard let name = reader.id(pair.key, "metric name") else { continue }
      if let first = result.first(where: { $0.value.id == name }) {
        reader.error(
          pair.key.mark, "the metric '\(name)' is defined twice (first on line \(first.mark.line))",
          fix: "keep one definition")
        continue
      }
      var metric = Metric(id: name, title: name)
      // A bare `name:` is a metric with every default.
      if let scalar = pair.value.scalar, scalar.value == .null {
        result.append(Located(metric, mark: pair.key.mark))
        continue
      }
      guard let f = reader.fields(pair.value, of: .metric(name), allowed: Self.metricKeys)
      else { continue }
      if let t = reader.node(f, "title").flatMap({ reader.text($0, "the title") }) {
        metric.title = t
      }
      metric.unit = reader.node(f, "unit").flatMap { reader.text($0, "the unit") }
      if let b = reader.node(f, "better").flatMap({ reader.choice($0, "'better'", Direction.self) })
      {
        metric.better = b
      }
      if let c = reader.node(f, "combine").flatMap({ reader.choice($0, "'combine'", Combine.self) })
      {
        metric.combine = c
      }
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
    for ref in references {
      switch ref.kind {
      case .objective where !objectiveIDs.contains(ref.name):
        let fix =
          objectiveIDs.isEmpty
          ? "add it under 'objectives:' with an id and a title"
          : suggestion(for: ref.name, among: objectiveIDs)
            ?? "the objectives are: \(objectiveIDs.joined(separator: ", "))"
        reader.error(
          ref.mark, "goal '\(ref.goal)' serves '\(ref.name)', which is not an objective", fix: fix)
      case .metric where !metricIDs.contains(ref.name):
        let fix =
          metricIDs.isEmpty
          ? "define it under 'metrics:' with its title and unit"
          : suggestion(for: ref.name, among: metricIDs)
            ?? "the metrics are: \(metricIDs.joined(separator: ", "))"
        reader.error(
          ref.mark, "goal '\(ref.goal)' uses the metric '\(ref.name)', which is not defined",
          fix: fix)
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
