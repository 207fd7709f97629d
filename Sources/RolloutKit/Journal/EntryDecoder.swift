import YAML

/// Turns one parsed journal line into an `Entry`, reporting every structural problem
/// (kind, fields, types, week, id, numbers) with its column. References to the plan are
/// checked later, by `JournalReader`, once every line is known.
struct EntryDecoder {
  let file: String
  /// The line of the journal being decoded.
  let line: Int
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  mutating func error(_ mark: Mark, _ problem: JournalProblem) {
    diagnostics.append(Diagnostic(file: file, line: line, column: mark.column, problem))
  }

  /// The entry of `node` (the mapping behind `- `), or `nil` with diagnostics.
  mutating func decode(_ node: Node) -> Entry? {
    guard let pairs = node.pairs else {
      error(node.mark, .notAMapping(found: node.kind))
      return nil
    }
    var fields: [String: Node] = [:]
    var order: [(String, Mark)] = []
    for pair in pairs {
      guard let key = pair.key.scalar?.text, pair.key.scalar != nil else {
        error(pair.key.mark, .fieldNotAWord)
        continue
      }
      if fields[key] != nil {
        error(pair.key.mark, .fieldTwice(key))
        continue
      }
      fields[key] = pair.value
      order.append((key, pair.key.mark))
    }
    let kind = decodeKind(fields["kind"], at: node.mark)
    if let kind {
      let allowed = EntryCodec.allowedKeys(kind)
      for (index, (key, mark)) in order.enumerated() where !allowed.contains(key) {
        if let comma = decimalComma(at: index, order, fields) {
          error(fields[order[index - 1].0]?.mark ?? mark, comma)
          continue
        }
        error(mark, .unknownField(key, kind: kind.rawValue, allowed: allowed))
      }
    }
    var reader = FieldReader(fields: fields, mapping: node.mark, kind: kind?.rawValue)
    let id = reader.string("id", &self)
    if let id, let mark = fields["id"]?.mark, !EntryCodec.isValidID(id) {
      error(mark, .notAnEntryID(id, target: false))
    }
    let at = reader.string("at", &self)
    if let at, let mark = fields["at"]?.mark, !EntryCodec.isValidTimestamp(at) {
      error(mark, .notATimestamp(at))
    }
    let week = decodeWeek(&reader)
    let author = reader.string("author", &self)
    guard let kind, let body = decodeBody(kind, &reader) else { return nil }
    guard let id, let at, let week, let author, diagnostics.isEmpty else { return nil }
    return Entry(id: id, at: at, week: week, author: author, body: body, line: line)
  }

  /// `value: 62,5` inside `{…}`: YAML ends the field at the comma, so the digits after it
  /// come as a field of their own, right after a whole number.
  private func decimalComma(at index: Int, _ order: [(String, Mark)], _ fields: [String: Node])
    -> JournalProblem?
  {
    let (key, _) = order[index]
    guard index > 0, !key.isEmpty, key.allSatisfy(\.isASCII), key.allSatisfy(\.isNumber),
      let before = fields[order[index - 1].0]?.scalar, case .int = before.value,
      before.style == .plain, fields[key]?.scalar?.value == .null
    else { return nil }
    return .decimalComma(field: order[index - 1].0, whole: before.text, fraction: key)
  }

  private mutating func decodeKind(_ node: Node?, at mapping: Mark) -> Entry.Kind? {
    let kinds = Entry.Kind.allCases.map(\.rawValue)
    guard let node else {
      error(mapping, .noKind(kinds: kinds))
      return nil
    }
    guard let text = node.scalar?.text else {
      error(node.mark, .kindNotAWord(found: node.kind))
      return nil
    }
    guard let kind = Entry.Kind(rawValue: text) else {
      error(node.mark, .notAKind(text, kinds: kinds))
      return nil
    }
    return kind
  }

  private mutating func decodeWeek(_ reader: inout FieldReader) -> ISOWeek? {
    guard let text = reader.string("week", &self) else { return nil }
    guard let week = ISOWeek(text) else {
      error(reader.fields["week"]?.mark ?? reader.mapping, .notAWeek(text))
      return nil
    }
    return week
  }

  /// The kind's fields in the schema's order (`author` is read before, with the common
  /// ones), each by its shape; `nil` when one is missing or wrong.
  private mutating func decodeBody(_ kind: Entry.Kind, _ r: inout FieldReader) -> Entry.Body? {
    var fields = EntryFields()
    var failed = false
    for (key, required) in EntryKey.keys(kind) where key != .author {
      let name = key.rawValue
      switch key.shape {
      case .name, .text:
        let value = required ? r.string(name, &self) : r.optionalString(name, &self)
        if value == nil && required { failed = true }
        fields.set(key, value)
      case .names:
        fields.tags = r.strings(name, &self)
        if fields.tags == nil { failed = true }
      case .number:
        fields.value = r.number(name, &self)
        if fields.value == nil { failed = true }
      case .choice:
        switch r.choice(name, words: EntryFields.words(key), required: required, &self) {
        case nil: failed = true
        case .some(nil): break
        case .some(let word?): _ = fields.set(key, word: word)
        }
      }
    }
    if let target = fields.target, let mark = r.fields["target"]?.mark,
      !EntryCodec.isValidID(target)
    {
      error(mark, .notAnEntryID(target, target: true))
    }
    guard !failed else { return nil }
    return fields.body(kind)
  }
}

/// Typed access to an entry's fields; each problem is reported through the decoder.
struct FieldReader {
  let fields: [String: Node]
  let mapping: Mark
  let kind: String?

  /// A required text field; any scalar counts (a hand-written `text: 12` is the text "12").
  func string(_ key: String, _ d: inout EntryDecoder) -> String? {
    guard let node = fields[key], !isNull(node) else {
      d.error(mapping, .missingField(key, kind: kind, words: nil))
      return nil
    }
    return text(key, node, &d)
  }

  /// An optional text field; absent or null is `nil`.
  func optionalString(_ key: String, _ d: inout EntryDecoder) -> String? {
    guard let node = fields[key], !isNull(node) else { return nil }
    return text(key, node, &d)
  }

  private func text(_ key: String, _ node: Node, _ d: inout EntryDecoder) -> String? {
    guard let scalar = node.scalar else {
      d.error(node.mark, .notText(key, found: node.kind))
      return nil
    }
    return scalar.text
  }

  /// A list of words; absent is the empty list, `nil` only on an error.
  func strings(_ key: String, _ d: inout EntryDecoder) -> [String]? {
    guard let node = fields[key], !isNull(node) else { return [] }
    guard let items = node.items else {
      d.error(node.mark, .notAList(key, found: node.kind, written: node.scalar?.text))
      return nil
    }
    var out: [String] = []
    for item in items {
      guard let s = item.scalar?.text else {
        d.error(item.mark, .itemNotAWord(key, found: item.kind))
        return nil
      }
      out.append(s)
    }
    return out
  }

  /// A finite number written as a number.
  func number(_ key: String, _ d: inout EntryDecoder) -> Double? {
    guard let node = fields[key], !isNull(node) else {
      d.error(mapping, .missingField(key, kind: kind, words: nil))
      return nil
    }
    let value: Double
    switch node.scalar?.value {
    case .int(let i): value = Double(i)
    case .float(let f): value = f
    default:
      let hint = node.scalar.flatMap { parseFiniteNumber($0.text.replacingComma) } != nil
      d.error(node.mark, .notANumber(key, found: node.kind, looksNumeric: hint))
      return nil
    }
    guard value.isFinite else {
      d.error(node.mark, .notFinite(key, written: node.scalar?.text ?? ""))
      return nil
    }
    return value
  }

  /// One of `words`. The outer optional is `nil` on an error (or when a required field
  /// is absent); the inner is `nil` when an optional field is absent.
  func choice(_ key: String, words: [String], required: Bool, _ d: inout EntryDecoder)
    -> String??
  {
    guard let node = fields[key], !isNull(node) else {
      if !required { return .some(nil) }
      d.error(mapping, .missingField(key, kind: kind, words: words))
      return nil
    }
    guard let text = node.scalar?.text, words.contains(text) else {
      d.error(node.mark, .notAChoice(node.scalar?.text ?? "", field: key, words: words))
      return nil
    }
    return .some(text)
  }

  private func isNull(_ node: Node) -> Bool {
    if case .null = node.scalar?.value { return true }
    return false
  }
}
