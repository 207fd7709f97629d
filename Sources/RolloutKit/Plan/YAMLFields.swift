import YAML

/// Reads YAML nodes into values, recording a located `Diagnostic` for each problem
/// instead of stopping, so that a user sees every mistake in one run.
struct NodeReader {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
  }

  mutating func error(_ mark: Mark, _ message: String, fix: String? = nil) {
    diagnostics.append(
      Diagnostic(
        file: file, line: mark.line, column: mark.column, message: message, suggestion: fix))
  }

  mutating func error(_ mark: Mark, _ words: some Worded) {
    diagnostics.append(Diagnostic(file: file, line: mark.line, column: mark.column, words))
  }

  mutating func warning(_ mark: Mark, _ message: String, fix: String? = nil) {
    diagnostics.append(
      Diagnostic(
        .warning, file: file, line: mark.line, column: mark.column, message: message,
        suggestion: fix))
  }

  /// The keys of a mapping node, checked against `allowed`; `nil` (and an error) when the
  /// node is not a mapping.
  mutating func fields(_ node: Node, of what: PlanPart, allowed: [String]) -> Fields? {
    guard let pairs = node.pairs else {
      error(
        node.mark,
        PlanProblem.notAMapping(what, kind: node.kindName, firstKey: allowed.first ?? "id"))
      return nil
    }
    var found: [String: Node.Pair] = [:]
    var order: [String] = []
    for pair in pairs {
      guard let key = pair.key.scalar?.text, !key.isEmpty else {
        error(pair.key.mark, PlanProblem.keyNotAWord(what))
        continue
      }
      guard allowed.contains(key) else {
        error(
          pair.key.mark,
          PlanProblem.unknownKey(
            key, in: what, nearest: closest(to: key, among: allowed), allowed: allowed))
        continue
      }
      if let first = found[key] {
        error(pair.key.mark, PlanProblem.keyTwice(key, in: what, firstLine: first.key.mark.line))
        continue
      }
      found[key] = pair
      order.append(key)
    }
    return Fields(mark: node.mark, what: what, pairs: found)
  }

  /// A required or optional value; reports a missing required key at the mapping.
  mutating func node(_ fields: Fields, _ key: String, required: Bool = false, example: String = "")
    -> Node?
  {
    if let pair = fields.pairs[key] { return pair.value }
    if required {
      error(fields.mark, PlanProblem.missingKey(key, in: fields.what, example: example))
    }
    return nil
  }

  /// The value of a key from `PlanShape`: required and example as its table says,
  /// unless `required` is given (a key required only beside another).
  mutating func node(_ fields: Fields, _ key: PlanKey, required: Bool? = nil) -> Node? {
    node(fields, key.name, required: required ?? key.required, example: key.example)
  }

  /// Text: any scalar but null; numbers and booleans keep their written form.
  mutating func text(_ node: Node, _ what: String) -> String? {
    guard let scalar = node.scalar, !(scalar.style == .plain && scalar.value == .null) else {
      error(
        node.mark, "\(what) must be text, but this is \(node.kindName)",
        fix: "write the text after the ':' on the same line")
      return nil
    }
    let text = scalar.text.trimmingCharacters(in: " \t\n")
    if text.isEmpty {
      error(node.mark, "\(what) is empty", fix: "write some text, or remove the key")
      return nil
    }
    return text
  }

  mutating func id(_ node: Node, _ what: String) -> String? {
    guard let text = text(node, what) else { return nil }
    guard isValidID(text) else {
      let fix = idSuggestion(for: text).map { "write it as '\($0)'" }
      error(
        node.mark,
        "'\(text)' is not a valid \(what): use lowercase letters, digits, '-' and '_' only",
        fix: fix ?? "for example 'first-response'")
      return nil
    }
    return text
  }

  mutating func int(_ node: Node, _ what: String, range: ClosedRange<Int>) -> Int? {
    guard let scalar = node.scalar, case .int(let value) = scalar.value else {
      error(
        node.mark, "\(what) must be a whole number, but this is \(describe(node))",
        fix: "write a number such as \(range.lowerBound == 0 ? 2 : range.lowerBound + 1)")
      return nil
    }
    guard range.contains(value) else {
      error(
        node.mark,
        "\(what) is \(value), but it must be between \(range.lowerBound) and \(range.upperBound)",
        fix: "choose a value from \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return value
  }

  mutating func number(_ node: Node, _ what: String) -> Double? {
    if let scalar = node.scalar {
      switch scalar.value {
      case .int(let i): return Double(i)
      case .float(let d) where d.isFinite: return d
      case .string(let s):
        // A decimal comma, as Finnish and Dutch write numbers: YAML reads `3,5` as text.
        if scalar.style == .plain, let d = parseFiniteNumber(s.replacingComma) { return d }
      default: break
      }
    }
    error(
      node.mark, "\(what) must be a finite number, but this is \(describe(node))",
      fix: "write a number such as 24 or 4.5")
    return nil
  }

  mutating func bool(_ node: Node, _ what: String) -> Bool? {
    if let scalar = node.scalar, case .bool(let b) = scalar.value { return b }
    error(
      node.mark, "\(what) must be true or false, but this is \(describe(node))",
      fix: "write 'true' or 'false' (YAML 1.2 reads 'yes' and 'no' as text)")
    return nil
  }

  /// One of an enumeration's raw values, with did-you-mean.
  mutating func choice<E: RawRepresentable & CaseIterable>(
    _ node: Node, _ what: String, _ type: E.Type
  ) -> E? where E.RawValue == String {
    guard let text = text(node, what) else { return nil }
    if let value = E(rawValue: text) { return value }
    let options = E.allCases.map(\.rawValue)
    error(
      node.mark, "'\(text)' is not a valid \(what)",
      fix: (suggestion(for: text, among: options).map { $0 + " " } ?? "")
        + "(one of: \(options.joined(separator: ", ")))")
    return nil
  }

  /// A list node's items; a single scalar is taken as a one-item list.
  mutating func list(_ node: Node, _ what: String) -> [Node]? {
    if let items = node.items { return items }
    if node.scalar != nil { return [node] }
    error(node.mark, "\(what) must be a list", fix: "write it as [a, b] or as '- item' lines")
    return nil
  }

  func describe(_ node: Node) -> String {
    if let scalar = node.scalar, scalar.value != .null { return "'\(scalar.text)'" }
    return node.kindName
  }
}

/// A mapping's keys after checking, with the mapping's own mark for missing keys.
struct Fields {
  let mark: Mark
  let what: PlanPart
  let pairs: [String: Node.Pair]

  func has(_ key: String) -> Bool { pairs[key] != nil }
  func keyMark(_ key: String) -> Mark? { pairs[key]?.key.mark }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
