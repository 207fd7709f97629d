import YAML

/// The canonical one-line form of an entry, and the way back from a parsed line.
///
/// docs/journal.md. Other code relies on the exact form `EntryCodec.line(_:)` writes: keys in a
/// fixed order, `at` and `text` always double-quoted.
public enum EntryCodec {
  /// `- {id: …, at: "…", week: …, kind: …, …}`, without the newline.
  public static func line(_ entry: Entry) -> String {
    var out = "- {"
    for (index, (key, value)) in fields(entry).enumerated() {
      if index > 0 { out += ", " }
      out += key + ": "
      switch value {
      case .quoted(let s): out += Emitter.doubleQuoted(s)
      case .flow(let v): out += Emitter.flowValue(v)
      }
    }
    return out + "}"
  }

  /// A field's value: as the emitter would write it, or always double-quoted.
  enum Field {
    case flow(FlowValue)
    case quoted(String)

    static func string(_ s: String) -> Field { .flow(.string(s)) }
    static func number(_ d: Double) -> Field { .flow(.number(d)) }
    static func strings(_ list: [String]) -> Field { .flow(.strings(list)) }
  }

  /// The fields in canonical order, as `EntryKey` declares it. `at` and `text` are quoted
  /// even when plain would do, so that every line has the same shape.
  static func fields(_ entry: Entry) -> [(String, Field)] {
    var f: [(String, Field)] = [
      ("id", .string(entry.id)),
      ("at", .quoted(entry.at)),
      ("week", .string(entry.week.description)),
      ("kind", .string(entry.kind.rawValue)),
    ]
    let values = EntryFields(entry)
    for (key, _) in EntryKey.keys(entry.kind) {
      if let field = field(key, of: values) { f.append((key.rawValue, field)) }
    }
    return f
  }

  /// One key's value as written, or `nil` when the entry has none.
  private static func field(_ key: EntryKey, of values: EntryFields) -> Field? {
    switch key {
    case .phase: values.phase.map(Field.string)
    case .goal: values.goal.map(Field.string)
    case .tags: values.isSet(.tags) ? values.tags.map(Field.strings) : nil
    case .channel: values.channel.map(Field.string)
    case .sentiment: values.sentiment.map { .string($0.rawValue) }
    case .metric: values.metric.map(Field.string)
    case .value: values.value.map(Field.number)
    case .verdict: values.verdict.map { .string($0.rawValue) }
    case .decision: values.decision.map { .string($0.rawValue) }
    case .target: values.target.map(Field.string)
    case .author: values.author.map(Field.string)
    case .via: values.via.map(Field.string)
    case .text: values.text.map(Field.quoted)
    case .id, .at, .week, .kind: nil
    }
  }

  /// The keys each kind allows, in canonical order (for did-you-mean on unknown keys).
  static func allowedKeys(_ kind: Entry.Kind) -> [String] {
    (EntryKey.common + EntryKey.keys(kind).map(\.key)).map(\.rawValue)
  }

  /// docs/journal.md: 8 lowercase hex characters, the first a letter (a–f), so that every YAML
  /// reader takes it as text.
  public static func isValidID(_ s: some StringProtocol) -> Bool {
    var count = 0
    for c in s.utf8 {
      let hex = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)
      guard hex, count > 0 || c >= 0x61 else { return false }
      count += 1
    }
    return count == 8
  }

  /// `2026-11-25T10:02:11+02:00` (seconds and offset as written by the tool; a `Z` is
  /// accepted from other tools).
  public static func isValidTimestamp(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { Timestamp($0) != nil }
  }
}

extension Emitter {
  /// One value as `flowMapping` writes it.
  static func flowValue(_ value: FlowValue) -> String {
    switch value {
    case .string(let s): return scalar(s)
    case .number(let d): return number(d)
    case .strings(let list): return "[" + list.map(scalar).joined(separator: ", ") + "]"
    }
  }
}
