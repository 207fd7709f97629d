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

  mutating func error(_ mark: Mark, _ message: String, _ suggestion: String? = nil) {
    diagnostics.append(
      Diagnostic(
        file: file, line: line, column: mark.column, message: message, suggestion: suggestion))
  }

  /// The entry of `node` (the mapping behind `- `), or `nil` with diagnostics.
  mutating func decode(_ node: Node) -> Entry? {
    guard let pairs = node.pairs else {
      error(
        node.mark, "an entry must be a '{key: value, …}' mapping, not \(node.kindName)",
        "write the entry as - {id: …, at: …, week: …, kind: …, …}")
      return nil
    }
    var fields: [String: Node] = [:]
    var order: [(String, Mark)] = []
    for pair in pairs {
      guard let key = pair.key.scalar?.text, pair.key.scalar != nil else {
        error(pair.key.mark, "a field name must be a plain word")
        continue
      }
      if fields[key] != nil {
        error(pair.key.mark, "the field '\(key)' appears twice in this entry", "keep one of them")
        continue
      }
      fields[key] = pair.value
      order.append((key, pair.key.mark))
    }
    let kind = decodeKind(fields["kind"], at: node.mark)
    if let kind {
      let allowed = EntryCodec.allowedKeys(kind)
      for (key, mark) in order where !allowed.contains(key) {
        error(
          mark, "a \(kind.rawValue) entry has no field '\(key)'",
          suggestion(for: key, among: allowed)
            ?? "the fields of a \(kind.rawValue) are: \(allowed.joined(separator: ", "))")
      }
    }
    var reader = FieldReader(fields: fields, mapping: node.mark, kind: kind?.rawValue)
    let id = reader.string("id", &self)
    if let id, let mark = fields["id"]?.mark, !EntryCodec.isValidID(id) {
      error(
        mark, "'\(id)' is not an entry id",
        "an id is 8 characters 0-9 and a-f, starting with a letter a-f, like 'c3f09a1e'")
    }
    let at = reader.string("at", &self)
    if let at, let mark = fields["at"]?.mark, !EntryCodec.isValidTimestamp(at) {
      error(
        mark, "'\(at)' is not a recording time",
        "write it like \"2026-11-25T10:02:11+02:00\", in double quotes")
    }
    let week = decodeWeek(&reader)
    let author = reader.string("author", &self)
    guard let kind, let body = decodeBody(kind, &reader) else { return nil }
    guard let id, let at, let week, let author, diagnostics.isEmpty else { return nil }
    return Entry(id: id, at: at, week: week, author: author, body: body, line: line)
  }

  private mutating func decodeKind(_ node: Node?, at mapping: Mark) -> Entry.Kind? {
    let kinds = Entry.Kind.allCases.map(\.rawValue)
    guard let node else {
      error(
        mapping, "the entry has no 'kind'",
        "add kind: with one of \(kinds.joined(separator: ", "))")
      return nil
    }
    guard let text = node.scalar?.text else {
      error(node.mark, "'kind' must be one word, not \(node.kindName)")
      return nil
    }
    guard let kind = Entry.Kind(rawValue: text) else {
      error(
        node.mark, "'\(text)' is not a kind of entry",
        suggestion(for: text, among: kinds) ?? "use one of \(kinds.joined(separator: ", "))")
      return nil
    }
    return kind
  }

  private mutating func decodeWeek(_ reader: inout FieldReader) -> ISOWeek? {
    guard let text = reader.string("week", &self) else { return nil }
    guard let week = ISOWeek(text) else {
      error(
        reader.fields["week"]?.mark ?? reader.mapping, "'\(text)' is not an ISO week",
        "write the week like 2026-W48 (weeks 01 to 52, or 53 in long years)")
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
      error(mark, "'\(target)' is not an entry id", "name the id of the entry to withdraw")
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

  private var what: String { kind.map { "a \($0) entry" } ?? "the entry" }

  /// A required text field; any scalar counts (a hand-written `text: 12` is the text "12").
  func string(_ key: String, _ d: inout EntryDecoder) -> String? {
    guard let node = fields[key], !isNull(node) else {
      d.error(mapping, "\(what) needs the field '\(key)'", "add \(key): … to the entry")
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
      d.error(node.mark, "'\(key)' must be text, not \(node.kindName)")
      return nil
    }
    return scalar.text
  }

  /// A list of words; absent is the empty list, `nil` only on an error.
  func strings(_ key: String, _ d: inout EntryDecoder) -> [String]? {
    guard let node = fields[key], !isNull(node) else { return [] }
    guard let items = node.items else {
      d.error(
        node.mark, "'\(key)' must be a list like [chat, email], not \(node.kindName)",
        "write \(key): [\(node.scalar?.text ?? "…")]")
      return nil
    }
    var out: [String] = []
    for item in items {
      guard let s = item.scalar?.text else {
        d.error(item.mark, "each of '\(key)' must be one word, not \(item.kindName)")
        return nil
      }
      out.append(s)
    }
    return out
  }

  /// A finite number written as a number.
  func number(_ key: String, _ d: inout EntryDecoder) -> Double? {
    guard let node = fields[key], !isNull(node) else {
      d.error(mapping, "\(what) needs the field '\(key)'", "add \(key): … with a number")
      return nil
    }
    let value: Double
    switch node.scalar?.value {
    case .int(let i): value = Double(i)
    case .float(let f): value = f
    default:
      let hint = node.scalar.flatMap { parseFiniteNumber($0.text.replacingComma) } != nil
      d.error(
        node.mark, "'\(key)' must be a number, not \(node.kindName)",
        hint ? "remove the quotes and write the number with a '.' decimal point" : nil)
      return nil
    }
    guard value.isFinite else {
      d.error(
        node.mark, "'\(key)' must be a finite number, not '\(node.scalar?.text ?? "")'",
        "write an ordinary number such as 18.5")
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
      d.error(
        mapping, "\(what) needs the field '\(key)'",
        "add \(key): with one of \(words.joined(separator: ", "))")
      return nil
    }
    guard let text = node.scalar?.text, words.contains(text) else {
      let shown = node.scalar?.text ?? node.kindName
      d.error(
        node.mark, "'\(shown)' is not a valid \(key)",
        node.scalar.flatMap { suggestion(for: $0.text, among: words) }
          ?? "use one of \(words.joined(separator: ", "))")
      return nil
    }
    return .some(text)
  }

  private func isNull(_ node: Node) -> Bool {
    if case .null = node.scalar?.value { return true }
    return false
  }
}
