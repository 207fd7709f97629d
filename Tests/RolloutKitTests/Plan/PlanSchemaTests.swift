import Foundation
import TestSupport
import Testing
import YAML

@testable import RolloutKit

/// `rollout schema` and the loader read the same tables (`PlanShape`): every plan that
/// loads clean validates against the schema, and each kind of loader error that JSON
/// Schema can express is flagged by the schema too. Validation by Python's `jsonschema`
/// (`pip install jsonschema`; `.ci/run` installs it).
struct PlanSchemaTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().standardizedFileURL

  // MARK: The tables

  static let mappings = [
    PlanShape.plan, PlanShape.objective, PlanShape.metric, PlanShape.breakItem, PlanShape.phase,
    PlanShape.goal,
  ]

  @Test func theLoaderAcceptsExactlyTheKeysOfTheTables() {
    // A key added to the loader's lists by hand, not to PlanShape, fails here.
    #expect(PlanDecoder.planKeys == PlanShape.plan.names)
    #expect(PlanDecoder.objectiveKeys == PlanShape.objective.names)
    #expect(PlanDecoder.metricKeys == PlanShape.metric.names)
    #expect(PlanDecoder.phaseKeys == PlanShape.phase.names)
    #expect(PlanDecoder.goalKeys == PlanShape.goal.names)
    #expect(PlanDecoder.breakKeys == PlanShape.breakItem.names)
  }

  @Test func everyKeyHasADescriptionAndEveryMappingItsDefinition() throws {
    let schema = try #require(
      JSONSerialization.jsonObject(with: Data(PlanSchema.text.utf8)) as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let defs = try #require(schema["$defs"] as? [String: Any])
    #expect(Set(defs.keys) == ["objective", "metric", "break", "phase", "goal"])
    for mapping in Self.mappings {
      for key in mapping.keys {
        #expect(key.help.count > 10, "\(mapping.name).\(key.name) needs a description")
        #expect(!key.help.contains("the docs"))
      }
    }
  }

  /// A plan that uses every key of the tables loads clean: a key in a table that the
  /// loader does not read would be refused here as unknown.
  @Test func aPlanWithEveryKeyLoadsAndValidates() throws {
    let path = Self.root.appendingPathComponent("Tests/Fixtures/plans/every-key.yaml").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let (plan, diagnostics) = PlanLoader.decode(Array(text.utf8), file: path)
    #expect(plan != nil && diagnostics.isEmpty, "\(diagnostics)")
    let used = Self.keysUsed(try #require(try Parser().parse(Array(text.utf8))))
    let all = Set(
      Self.mappings
        .flatMap { m in m.keys.map { "\(m.name).\($0.name)" } })
    #expect(all.subtracting(used).isEmpty, "every-key.yaml lacks \(all.subtracting(used).sorted())")
    #expect(try Self.validate(["every-key": text]) == ["every-key": []])
  }

  // MARK: Shipped plans validate

  @Test func everyShippedPlanValidates() throws {
    var plans: [String: String] = [:]
    let fm = FileManager.default
    for folder in ["Plans", "Tests/Fixtures"] {
      let base = Self.root.appendingPathComponent(folder).path
      for case let relative as String in fm.enumerator(atPath: base)! {
        guard relative.hasSuffix(".yaml"), !relative.hasSuffix(".journal.yaml") else { continue }
        let path = base + "/" + relative
        guard let data = fm.contents(atPath: path) else { continue }
        let (plan, diagnostics) = PlanLoader.decode(Array(data), file: path)
        guard plan != nil, !diagnostics.contains(where: { $0.severity == .error }) else { continue }
        plans[folder + "/" + relative] = String(decoding: data, as: UTF8.self)
      }
    }
    for name in StarterPlan.names {
      plans["starter " + name] = StarterPlan.text(
        named: name, today: CalendarDate(year: 2026, month: 11, day: 30)!)
    }
    #expect(plans.keys.contains("Plans/verkkostrategia.yaml"))
    #expect(plans.count >= 8)
    let results = try Self.validate(plans)
    for (name, errors) in results.sorted(by: { $0.key < $1.key }) {
      #expect(errors.isEmpty, "\(name) does not validate: \(errors)")
    }
  }

  // MARK: Loader errors have schema counterparts

  static let minimal = """
    plan: P
    starts: 2026-08-31
    metrics:
      csat: {title: Satisfaction}
    phases:
      - id: listen
        title: Listen
        weeks: 6
        goals:
          - {id: personas, title: Personas}
          - {id: score, title: Score, metric: csat, target: ">= 4"}
    """

  /// Each class of error the loader reports that JSON Schema can express, and a plan that
  /// has it (mostly the minimal plan with one thing changed).
  static let expressible: [(String, String)] = [
    ("unknown key at the top", variant("phases:", "owners: Team\nphases:")),
    (
      "unknown key in a metric",
      variant("csat: {title: Satisfaction}", "csat: {title: S, scale: 5}")
    ),
    ("unknown key in a phase", variant("weeks: 6", "weeks: 6\n    unlock: decision")),
    (
      "unknown key in a goal",
      variant("{id: personas, title: Personas}", "{id: personas, title: P, evidense: 2}")
    ),
    (
      "unknown key in an objective",
      variant("metrics:", "objectives: [{id: o, title: O, owner: x}]\nmetrics:")
    ),
    ("missing 'plan'", variant("plan: P", "owner: P")),
    ("missing 'starts'", variant("starts: 2026-08-31", "owner: X")),
    ("missing 'phases'", "plan: P\nstarts: 2026-08-31\n"),
    ("missing a phase's 'weeks'", variant("weeks: 6", "summary: s")),
    (
      "missing a phase's 'goals'",
      "plan: P\nstarts: 2026-08-31\nphases:\n  - {id: a, title: A, weeks: 1}\n"
    ),
    ("missing a goal's 'title'", variant("{id: personas, title: Personas}", "{id: personas}")),
    ("missing 'target' beside 'metric'", variant("metric: csat, target: \">= 4\"", "metric: csat")),
    ("a list, not a mapping", "- plan: P\n  starts: 2026-08-31\n"),
    ("a journal as the plan", "- {id: a1b2c3d4, kind: note}\n"),
    ("weeks not a number", variant("weeks: 6", "weeks: six")),
    ("weeks out of range", variant("weeks: 6", "weeks: 0")),
    ("window out of range", variant("target: \">= 4\"", "target: \">= 4\", window: 521")),
    (
      "evidence negative",
      variant("{id: personas, title: Personas}", "{id: personas, title: P, evidence: -1}")
    ),
    (
      "required not a boolean",
      variant("{id: personas, title: Personas}", "{id: personas, title: P, required: yes}")
    ),
    ("baseline not a number", variant("target: \">= 4\"", "target: \">= 4\", baseline: high")),
    ("unknown language", variant("starts: 2026-08-31", "starts: 2026-08-31\nlanguage: suomi")),
    ("unknown unlock mode", variant("starts: 2026-08-31", "starts: 2026-08-31\nunlock: vote")),
    ("unknown 'better'", variant("csat: {title: Satisfaction}", "csat: {title: S, better: up}")),
    ("unknown 'combine'", variant("csat: {title: Satisfaction}", "csat: {title: S, combine: avg}")),
    (
      "a range of one number",
      variant("csat: {title: Satisfaction}", "csat: {title: S, range: [5]}")
    ),
    (
      "a range that is not numbers",
      variant("csat: {title: Satisfaction}", "csat: {title: S, range: [low, high]}")
    ),
    ("unknown aggregate", variant("target: \">= 4\"", "target: \">= 4\", aggregate: average")),
    ("id with capitals", variant("id: listen", "id: Listen Phase")),
    ("metric name with capitals", variant("csat: {title: Satisfaction}", "CSAT: {title: S}")),
    ("target without comparison", variant("target: \">= 4\"", "target: 4")),
    ("target in words", variant("target: \">= 4\"", "target: \"about 4\"")),
    ("starts not a date", variant("starts: 2026-08-31", "starts: next monday")),
    ("empty title", variant("title: Listen", "title: \"\"")),
    ("no phases", "plan: P\nstarts: 2026-08-31\nphases: []\n"),
    (
      "a phase without goals",
      "plan: P\nstarts: 2026-08-31\nphases:\n  - {id: a, title: A, weeks: 1, goals: []}\n"
    ),
    (
      "a quantitative key without metric",
      variant("{id: personas, title: Personas}", "{id: personas, title: P, window: 2}")
    ),
    ("evidence beside metric", variant("metric: csat,", "metric: csat, evidence: 2,")),
    ("a break without a reason", variant("phases:", "breaks: [{weeks: 2026-W52}]\nphases:")),
    (
      "a break in days",
      variant("phases:", "breaks: [{weeks: 24.12.2026, reason: Christmas}]\nphases:")
    ),
    (
      "weeks-met beside aggregate",
      variant("target: \">= 4\"", "target: \">= 4\", window: 2, weeks-met: 1, aggregate: mean")
    ),
  ]

  /// Errors the schema cannot express: only `rollout check` finds them.
  static let loaderOnly: [(String, String)] = [
    (
      "a phase id used twice",
      minimal + "\n  - {id: listen, title: Again, weeks: 1, goals: [{id: g2, title: G}]}\n"
    ),
    ("a goal id used twice", variant("{id: score,", "{id: personas,")),
    ("a metric that is not defined", variant("metric: csat,", "metric: cast,")),
    (
      "weeks-met above the window",
      variant("target: \">= 4\"", "target: \">= 4\", window: 2, weeks-met: 3")
    ),
    ("a date not in the calendar", variant("starts: 2026-08-31", "starts: 2026-02-30")),
    (
      "breaks that overlap",
      variant(
        "phases:",
        "breaks:\n  - {weeks: 2026-W52, reason: A}\n  - {weeks: 2026-W51..2026-W53, reason: B}\nphases:"
      )
    ),
  ]

  static func variant(_ find: String, _ replace: String) -> String {
    precondition(minimal.contains(find), find)
    return minimal.replacingOccurrences(of: find, with: replace)
  }

  @Test func theMinimalPlanIsClean() throws {
    let (plan, diagnostics) = PlanLoader.decode(Array(Self.minimal.utf8), file: "p.yaml")
    #expect(plan != nil && diagnostics.isEmpty)
    #expect(try Self.validate(["minimal": Self.minimal]) == ["minimal": []])
  }

  @Test func eachExpressibleLoaderErrorIsFlaggedByTheSchema() throws {
    var texts: [String: String] = [:]
    for (name, text) in Self.expressible {
      let (_, diagnostics) = PlanLoader.decode(Array(text.utf8), file: "p.yaml")
      #expect(diagnostics.contains { $0.severity == .error }, "the loader accepts: \(name)")
      texts[name] = text
    }
    for (name, errors) in try Self.validate(texts) {
      #expect(!errors.isEmpty, "the schema accepts: \(name)")
    }
  }

  @Test func whatOnlyTheLoaderCanSeeIsNamed() throws {
    var texts: [String: String] = [:]
    for (name, text) in Self.loaderOnly {
      let (_, diagnostics) = PlanLoader.decode(Array(text.utf8), file: "p.yaml")
      #expect(diagnostics.contains { $0.severity == .error }, "the loader accepts: \(name)")
      texts[name] = text
    }
    // If the schema learns one of these, move it to `expressible`.
    for (name, errors) in try Self.validate(texts) {
      #expect(errors.isEmpty, "the schema now flags \(name): move it to `expressible`")
    }
  }

  // MARK: Helpers

  /// The `mapping.key` names a plan's nodes use, by the tables' mapping names.
  static func keysUsed(_ root: Node) -> Set<String> {
    var used: Set<String> = []
    func walk(_ node: Node, _ mapping: PlanMapping) {
      for pair in node.pairs ?? [] {
        guard let name = pair.key.scalar?.text, mapping.names.contains(name) else { continue }
        used.insert("\(mapping.name).\(name)")
        switch mapping[name].value {
        case .mapping(let inner): walk(pair.value, inner)
        case .list(.mapping(let inner), _):
          for item in pair.value.items ?? [] { walk(item, inner) }
        case .named(let inner):
          for named in pair.value.pairs ?? [] { walk(named.value, inner) }
        default: break
        }
      }
    }
    walk(root, PlanShape.plan)
    return used
  }

  /// A YAML document as JSON, by the YAML 1.2 core schema, as a language server reads it.
  static func json(_ node: Node) -> Any {
    if let items = node.items { return items.map(json) }
    if let pairs = node.pairs {
      var object: [String: Any] = [:]
      for pair in pairs { object[pair.key.scalar?.text ?? ""] = json(pair.value) }
      return object
    }
    switch node.scalar?.value {
    case .bool(let b): return b
    case .int(let i): return i
    case .float(let d): return d
    case .string(let s): return s
    case .null, nil: return NSNull()
    }
  }

  /// Validates each YAML text against the schema with Python's `jsonschema`; the error
  /// messages per name (empty when valid).
  static func validate(_ texts: [String: String]) throws -> [String: [String]] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rollout-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var instances: [String: Any] = [:]
    for (name, text) in texts {
      let root = try Parser().parse(Array(text.utf8))
      instances[name] = root.map(json) ?? NSNull()
    }
    try Data(PlanSchema.text.utf8).write(to: folder.appendingPathComponent("schema.json"))
    try JSONSerialization.data(withJSONObject: instances)
      .write(to: folder.appendingPathComponent("instances.json"))
    let script = """
      import json, sys
      try:
          import jsonschema
      except ImportError:
          print("python3 has no jsonschema: pip install jsonschema (.ci/run does)", file=sys.stderr)
          sys.exit(3)
      schema = json.load(open(sys.argv[1]))
      jsonschema.Draft202012Validator.check_schema(schema)
      validator = jsonschema.Draft202012Validator(schema)
      out = {name: [e.message for e in validator.iter_errors(doc)]
             for name, doc in json.load(open(sys.argv[2])).items()}
      print(json.dumps(out))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c", script, folder.appendingPathComponent("schema.json").path,
      folder.appendingPathComponent("instances.json").path,
    ]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try launch(process)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(problem)")
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String]])
  }
}
