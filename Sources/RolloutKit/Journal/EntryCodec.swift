import YAML

/// The canonical one-line form of an entry, and the way back from a parsed line.
///
/// SPEC §3. Other code relies on the exact form `EntryCodec.line(_:)` writes: keys in a
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

  /// The fields in canonical order. `at` and `text` are quoted even when plain would do,
  /// so that every line has the same shape.
  static func fields(_ entry: Entry) -> [(String, Field)] {
    var f: [(String, Field)] = [
      ("id", .string(entry.id)),
      ("at", .quoted(entry.at)),
      ("week", .string(entry.week.description)),
      ("kind", .string(entry.kind.rawValue)),
    ]
    switch entry.body {
    case .note(let n):
      f.append(("phase", .string(n.phase)))
      if let goal = n.goal { f.append(("goal", .string(goal))) }
      if !n.tags.isEmpty { f.append(("tags", .strings(n.tags))) }
      if let channel = n.channel { f.append(("channel", .string(channel))) }
      if let sentiment = n.sentiment { f.append(("sentiment", .string(sentiment.rawValue))) }
      f.append(("author", .string(entry.author)))
      f.append(("text", .quoted(n.text)))
    case .metric(let m):
      f.append(("metric", .string(m.metric)))
      f.append(("value", .number(m.value)))
      if let channel = m.channel { f.append(("channel", .string(channel))) }
      f.append(("author", .string(entry.author)))
      if let text = m.text { f.append(("text", .quoted(text))) }
    case .assess(let a):
      f.append(("goal", .string(a.goal)))
      f.append(("verdict", .string(a.verdict.rawValue)))
      f.append(("author", .string(entry.author)))
      f.append(("text", .quoted(a.text)))
    case .decide(let d):
      f.append(("phase", .string(d.phase)))
      f.append(("decision", .string(d.decision.rawValue)))
      f.append(("author", .string(entry.author)))
      f.append(("text", .quoted(d.text)))
    case .retract(let r):
      f.append(("target", .string(r.target)))
      f.append(("author", .string(entry.author)))
      f.append(("text", .quoted(r.text)))
    }
    return f
  }

  /// The keys each kind allows, in canonical order (for did-you-mean on unknown keys).
  static func allowedKeys(_ kind: Entry.Kind) -> [String] {
    let common = ["id", "at", "week", "kind"]
    switch kind {
    case .note: return common + ["phase", "goal", "tags", "channel", "sentiment", "author", "text"]
    case .metric: return common + ["metric", "value", "channel", "author", "text"]
    case .assess: return common + ["goal", "verdict", "author", "text"]
    case .decide: return common + ["phase", "decision", "author", "text"]
    case .retract: return common + ["target", "author", "text"]
    }
  }

  /// SPEC §3: 8 lowercase hex characters, the first a letter (a–f), so that every YAML
  /// reader takes it as text.
  public static func isValidID(_ s: some StringProtocol) -> Bool {
    let u = Array(s.utf8)
    guard u.count == 8, u[0] >= 0x61, u[0] <= 0x66 else { return false }
    return u.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
  }

  /// `2026-11-25T10:02:11+02:00` (seconds and offset as written by the tool; a `Z` is
  /// accepted from other tools).
  public static func isValidTimestamp(_ s: String) -> Bool {
    let u = Array(s.utf8)
    guard u.count == 25 || u.count == 20, CalendarDate(s.prefix(10)) != nil, u[10] == 0x54
    else { return false }
    func digits(_ r: Range<Int>) -> Bool { u[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    guard digits(11..<13), u[13] == 0x3A, digits(14..<16), u[16] == 0x3A, digits(17..<19)
    else { return false }
    if u.count == 20 { return u[19] == UInt8(ascii: "Z") }
    return (u[19] == 0x2B || u[19] == 0x2D) && digits(20..<22) && u[22] == 0x3A
      && digits(23..<25)
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
