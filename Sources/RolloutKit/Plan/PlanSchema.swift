/// The plan's JSON Schema (draft 2020-12), generated from `PlanShape`, the tables the
/// loader reads, so that an editor with a YAML language server completes and checks a
/// plan by the same rules as `rollout check`. What a schema cannot say (ids unique,
/// references that resolve, `weeks-met` within `window`) only `rollout check` checks.
public enum PlanSchema {
  /// The file name `rollout init` writes beside a plan, and its editor hint points at.
  public static let fileName = "rollout.schema.json"

  /// The first line of a plan that `rollout init` writes: the hint a YAML language
  /// server follows to the schema beside the plan.
  public static let editorHint = "# yaml-language-server: $schema=./\(fileName)"

  /// The whole schema.
  public static var json: OrderedJSON {
    let mappings = [
      PlanShape.objective, PlanShape.metric, PlanShape.breakItem, PlanShape.phase, PlanShape.goal,
    ]
    var top = object(PlanShape.plan)
    top.insert(
      contentsOf: [
        ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
        ("title", .string("rollout plan \(RolloutVersion.current)")),
      ], at: 0)
    top.append(("$defs", .object(mappings.map { ($0.name, .object(object($0))) })))
    return .object(top)
  }

  /// The schema text, as `rollout schema` prints it.
  public static var text: String { json.rendered() }

  /// A mapping's schema: its keys, the required ones, no others, and the rules between keys.
  static func object(_ mapping: PlanMapping) -> [(String, OrderedJSON)] {
    var members: [(String, OrderedJSON)] = [
      ("description", .string(mapping.help)),
      ("type", .string("object")),
      ("properties", .object(mapping.keys.map { ($0.name, property($0)) })),
    ]
    let required = mapping.keys.filter(\.required).map { OrderedJSON.string($0.name) }
    if !required.isEmpty { members.append(("required", .array(required))) }
    members.append(("additionalProperties", .bool(false)))
    var dependentRequired: [(String, OrderedJSON)] = []
    var dependentSchemas: [(String, OrderedJSON)] = []
    for key in mapping.keys {
      if let other = key.needs { dependentRequired.append((key.name, .array([.string(other)]))) }
      if let other = key.requiredWith {
        dependentRequired.append((other, .array([.string(key.name)])))
      }
      if let other = key.conflicts {
        dependentSchemas.append(
          (key.name, .object([("not", .object([("required", .array([.string(other)]))]))])))
      }
    }
    if !dependentRequired.isEmpty {
      members.append(("dependentRequired", .object(dependentRequired)))
    }
    if !dependentSchemas.isEmpty { members.append(("dependentSchemas", .object(dependentSchemas))) }
    return members
  }

  static func property(_ key: PlanKey) -> OrderedJSON {
    var members: [(String, OrderedJSON)] = [("description", .string(describe(key)))]
    members += value(key.value)
    if let text = key.defaultValue { members.append(("default", defaultValue(text))) }
    return .object(members)
  }

  /// The key's help, with what it needs or excludes, for an editor's hover text.
  static func describe(_ key: PlanKey) -> String {
    var text = key.help
    if let other = key.requiredWith { text += " Required when '\(other)' is given." }
    if let other = key.needs, key.requiredWith == nil { text += " Only with '\(other)'." }
    if let other = key.conflicts { text += " Not together with '\(other)'." }
    return text
  }

  static func value(_ value: PlanValue) -> [(String, OrderedJSON)] {
    switch value {
    case .text:
      // Numbers and true/false are read as the text they are written as.
      return [
        ("type", .array([.string("string"), .string("number"), .string("boolean")])),
        ("pattern", .string("\\S")),
      ]
    case .id:
      return [
        ("type", .array([.string("string"), .string("integer")])),
        ("pattern", .string(idPattern)), ("minimum", .int(0)),
      ]
    case .date:
      return [("type", .string("string")), ("pattern", .string(datePattern))]
    case .weekRange:
      return [("type", .string("string")), ("pattern", .string(weekRangePattern))]
    case .whole(let range):
      return [
        ("type", .string("integer")), ("minimum", .int(range.lowerBound)),
        ("maximum", .int(range.upperBound)),
      ]
    case .number:
      return [
        (
          "anyOf",
          .array([
            .object([("type", .string("number"))]),
            .object([("type", .string("string")), ("pattern", .string(commaNumberPattern))]),
          ])
        )
      ]
    case .span:
      return [
        ("type", .string("array")), ("items", .object(Self.value(.number))),
        ("minItems", .int(2)), ("maxItems", .int(2)),
      ]
    case .flag:
      return [("type", .string("boolean"))]
    case .choice(let words):
      return [("type", .string("string")), ("enum", .array(words.map { .string($0) }))]
    case .target:
      return [("type", .string("string")), ("pattern", .string(targetPattern))]
    case .list(let item, let atLeast):
      var members: [(String, OrderedJSON)] = [
        ("type", .string("array")), ("items", .object(Self.value(item))),
      ]
      if atLeast > 0 { members.append(("minItems", .int(atLeast))) }
      return members
    case .oneOrList(let item):
      let one = OrderedJSON.object(Self.value(item))
      return [("anyOf", .array([one, .object([("type", .string("array")), ("items", one)])]))]
    case .mapping(let mapping):
      return [("$ref", .string("#/$defs/\(mapping.name)"))]
    case .named(let mapping):
      return [
        ("type", .string("object")),
        ("propertyNames", .object([("pattern", .string(idPattern))])),
        (
          "additionalProperties",
          .object([
            (
              "anyOf",
              .array([
                .object([("$ref", .string("#/$defs/\(mapping.name)"))]),
                .object([("type", .string("null"))]),
              ])
            )
          ])
        ),
      ]
    }
  }

  /// A default as YAML writes it, as a JSON value.
  static func defaultValue(_ text: String) -> OrderedJSON {
    if let int = Int(text) { return .int(int) }
    if text == "true" || text == "false" { return .bool(text == "true") }
    return .string(text)
  }

  /// `isValidID`: lowercase letters, digits, `-` and `_`, at most 64.
  static let idPattern = "^[a-z0-9_-]{1,64}$"
  /// `2026-08-31`; the Finnish `31.8.2026` and Dutch `31-8-2026` too.
  static let datePattern = "^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[.-][0-9]{1,2}[.-][0-9]{4})$"
  /// `2026-W52` or `2026-W52..2027-W01`, in ISO form.
  static let weekRangePattern =
    "^\\s*[0-9]{4}-[Ww][0-9]{1,2}(\\s*\\.\\.\\s*[0-9]{4}-[Ww][0-9]{1,2})?\\s*$"
  /// A number with a decimal comma, which YAML reads as text: `3,5`.
  static let commaNumberPattern = "^\\s*[-+]?[0-9]*,[0-9]+\\s*$"
  /// `Target`: a comparison (`≤`, `≥` and a single `=` as people type them) and a number.
  static let targetPattern =
    "^\\s*(<=|>=|==|<|>|=|≤|≥)\\s*[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?\\s*$"
}
