import YAML

/// Reads YAML nodes into values, recording a located `Diagnostic` for each problem
/// instead of stopping, so that a user sees every mistake in one run.
struct NodeReader {
  let file: String
  /// The text the nodes were read from, to see what a `#` cut off a value.
  let source: [UInt8]
  /// Where each line of `source` starts, found once: a line is then read without reading
  /// the text before it (a plan of 20,000 phases took quadratic time, every text value
  /// counting the lines from the top).
  private let lineStarts: [Int]
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String, source: [UInt8] = []) {
    self.file = file
    self.source = source
    var starts = [source.startIndex]
    for i in source.indices where source[i] == 0x0A { starts.append(i + 1) }
    self.lineStarts = starts
  }

  mutating func error(_ mark: Mark, _ words: some Worded) {
    diagnostics.append(Diagnostic(file: file, line: mark.line, column: mark.column, words))
  }

  mutating func warning(_ mark: Mark, _ words: some Worded) {
    diagnostics.append(
      Diagnostic(.warning, file: file, line: mark.line, column: mark.column, words))
  }

  /// The keys of a mapping node, checked against `allowed`; `nil` (and an error) when the
  /// node is not a mapping.
  mutating func fields(_ node: Node, of what: PlanPart, allowed: [String]) -> Fields? {
    guard let pairs = node.pairs else {
      error(
        node.mark,
        PlanProblem.notAMapping(what, kind: node.kind, firstKey: allowed.first ?? "id"))
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
        if what != .plan, PlanShape.plan.names.contains(key), key != "plan" {
          error(pair.key.mark, PlanProblem.belongsAtTop(key, in: what))
          continue
        }
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

  /// Text: any scalar but null; numbers and booleans keep their written form. A value
  /// that a `#` turned into a comment is named as such.
  mutating func text(_ node: Node, _ field: PlanField) -> String? {
    guard let scalar = node.scalar, !(scalar.style == .plain && scalar.value == .null) else {
      if let comment = comment(after: node, keptText: nil) {
        error(node.mark, PlanValueProblem.commentedOut(field, comment: comment))
      } else {
        error(node.mark, PlanValueProblem.notText(field, found: Found(node)))
      }
      return nil
    }
    let text = scalar.text.trimmingCharacters(in: " \t\n")
    if text.isEmpty {
      error(node.mark, PlanValueProblem.empty(field))
      return nil
    }
    if scalar.style == .plain, let comment = comment(after: node, keptText: text),
      comment.dropFirst().first.map({ $0 != " " }) == true
    {
      warning(node.mark, PlanValueProblem.cutByComment(field, kept: text, comment: comment))
    }
    return text
  }

  /// The comment that follows a value on its line (`#` and what comes after it), when
  /// the value (`keptText`, or nothing) is all that stands between the key and it.
  func comment(after node: Node, keptText: String?) -> String? {
    guard let line = sourceLine(node.mark.line) else { return nil }
    let characters = Array(line)
    var start = max(node.mark.column - 1, 0)
    if keptText == nil {
      // An empty value's mark may sit before or after the ':'; start after the key's ':'.
      guard let colon = characters.firstIndex(of: ":") else { return nil }
      start = max(start, colon + 1)
    } else if let kept = keptText {
      guard start + kept.count <= characters.count,
        String(characters[start..<(start + kept.count)]) == kept
      else { return nil }
      start += kept.count
    }
    guard start <= characters.count else { return nil }
    let rest = String(characters[start...]).trimmingCharacters(in: " \t\r")
    return rest.hasPrefix("#") && rest.count > 1 ? rest : nil
  }

  private func sourceLine(_ number: Int) -> Substring? {
    guard number >= 1, number <= lineStarts.count else { return nil }
    let start = lineStarts[number - 1]
    let end = number < lineStarts.count ? lineStarts[number] - 1 : source.endIndex
    return Substring(String(decoding: source[start..<end], as: UTF8.self))
  }

  mutating func id(_ node: Node, _ field: PlanField) -> String? {
    guard let text = text(node, field) else { return nil }
    guard isValidID(text) else {
      error(node.mark, PlanValueProblem.notAnID(text, field, suggestion: idSuggestion(for: text)))
      return nil
    }
    return text
  }

  mutating func int(_ node: Node, _ field: PlanField, range: ClosedRange<Int>) -> Int? {
    guard let scalar = node.scalar, case .int(let value) = scalar.value else {
      // `weeks: 6 viikkoa` → the example is the 6 that was meant.
      let typed = Int(String(node.scalar?.text.prefix { $0.isASCII && $0.isNumber } ?? ""))
      let example =
        typed.flatMap { range.contains($0) ? $0 : nil }
        ?? (range.lowerBound == 0 ? 2 : range.lowerBound + 1)
      error(node.mark, PlanValueProblem.notWhole(field, found: Found(node), example: example))
      return nil
    }
    guard range.contains(value) else {
      error(node.mark, PlanValueProblem.outOfBounds(field, value: value, bounds: range))
      return nil
    }
    return value
  }

  mutating func number(_ node: Node, _ field: PlanField) -> Double? {
    if let value = finite(node) { return value }
    error(node.mark, PlanValueProblem.notANumber(field, found: Found(node)))
    return nil
  }

  /// A finite number, written with a decimal point or comma; `nil` for anything else.
  func finite(_ node: Node) -> Double? {
    if let scalar = node.scalar {
      switch scalar.value {
      case .int(let i): return Double(i)
      case .float(let d) where d.isFinite: return d
      case .string(let s):
        // A decimal comma, as Finnish and Dutch write numbers: YAML reads `3,5` as text (and
        // in a list only quoted, `["0,5", "4,5"]`).
        if s.contains(","), let d = parseFiniteNumber(s.replacingComma) { return d }
      default: break
      }
    }
    return nil
  }

  mutating func bool(_ node: Node, _ field: PlanField) -> Bool? {
    if let scalar = node.scalar, case .bool(let b) = scalar.value { return b }
    error(node.mark, PlanValueProblem.notAFlag(field, found: Found(node)))
    return nil
  }

  /// One of an enumeration's raw values, with did-you-mean.
  mutating func choice<E: RawRepresentable & CaseIterable>(
    _ node: Node, _ field: PlanField, _ type: E.Type
  ) -> E? where E.RawValue == String {
    guard let text = text(node, field) else { return nil }
    if let value = E(rawValue: text) { return value }
    let options = E.allCases.map(\.rawValue)
    error(
      node.mark,
      PlanValueProblem.notAChoice(
        text, field, options: options, nearest: closest(to: text, among: options)))
    return nil
  }

  /// A list node's items; a single scalar is taken as a one-item list.
  mutating func list(_ node: Node, _ field: PlanField) -> [Node]? {
    if let items = node.items { return items }
    if node.scalar != nil { return [node] }
    error(node.mark, PlanValueProblem.notAList(field))
    return nil
  }

  /// `[lo, hi]`: two finite numbers, the lowest first.
  mutating func span(_ node: Node, _ field: PlanField) -> ClosedRange<Double>? {
    guard let items = node.items, items.count == 2 else {
      let texts = node.items?.compactMap(\.scalar?.text)
      let found =
        texts.map { Found.written("[" + $0.joined(separator: ", ") + "]") } ?? Found(node)
      error(node.mark, PlanValueProblem.notASpan(field, found: found))
      return nil
    }
    var bounds: [Double] = []
    for item in items {
      guard let value = finite(item) else {
        error(item.mark, PlanValueProblem.notASpan(field, found: Found(item)))
        return nil
      }
      bounds.append(value)
    }
    let (low, high) = (bounds[0], bounds[1])
    guard low <= high else {
      error(node.mark, PlanValueProblem.spanReversed(field, low: low, high: high))
      return nil
    }
    return low...high
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
