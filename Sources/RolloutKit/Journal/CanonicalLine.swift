import YAML

/// A fast reader for lines exactly as `EntryCodec.line` writes them (SPEC §3: the tool's
/// lines are uniform: fixed key order, `at` and `text` double-quoted).
///
/// It returns an entry only for a line it fully understands and that is valid; anything
/// else (a hand edit, another writer's style, any doubt) returns `nil` and the line goes
/// through the YAML parser, which also produces the diagnostics. So the fast path can
/// change speed, never results.
struct CanonicalLine {
  private let b: UnsafeBufferPointer<UInt8>
  private var i: Int
  private let end: Int

  private init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    b = buffer
    i = range.lowerBound
    end = range.upperBound
  }

  /// The entry of a canonical line, or `nil`.
  static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int)
    -> Entry?
  {
    var scanner = CanonicalLine(buffer, range)
    return scanner.entry(line: line)
  }

  private enum Value {
    case plain(String)
    case quoted(String)
    case list([String])

    var text: String? {
      switch self {
      case .plain(let s), .quoted(let s): return s
      case .list: return nil
      }
    }
  }

  private mutating func entry(line: Int) -> Entry? {
    guard literal("- {") else { return nil }
    var fields: [(String, Value)] = []
    fields.reserveCapacity(12)
    while true {
      guard let key = key(), literal(": "), let value = value(numeric: key == "value") else {
        return nil
      }
      fields.append((key, value))
      if literal(", ") { continue }
      guard literal("}"), i == end else { return nil }
      break
    }
    return build(fields, line: line)
  }

  private func build(_ fields: [(String, Value)], line: Int) -> Entry? {
    guard fields.count >= 6, fields[0].0 == "id", fields[1].0 == "at", fields[2].0 == "week",
      fields[3].0 == "kind", case .quoted(let at) = fields[1].1,
      let id = fields[0].1.text, EntryCodec.isValidID(id), EntryCodec.isValidTimestamp(at),
      let weekText = fields[2].1.text, let week = ISOWeek(weekText),
      let kindText = fields[3].1.text, let kind = Entry.Kind(rawValue: kindText)
    else { return nil }
    // The remaining keys must follow the canonical order, with no key twice.
    let allowed = EntryCodec.allowedKeys(kind)
    var next = 4
    for (key, _) in fields[4...] {
      guard let at = allowed[next...].firstIndex(of: key) else { return nil }
      next = at + 1
    }
    let named = Fields(list: fields)
    func text(_ key: String) -> String? {
      guard case .quoted(let s)? = named[key] else { return named[key]?.text }
      return s
    }
    guard let author = text("author") else { return nil }
    let body: Entry.Body
    switch kind {
    case .note:
      var tags: [String] = []
      if let value = named["tags"] {
        guard case .list(let list) = value else { return nil }
        tags = list
      }
      var sentiment: Sentiment?
      if let s = named["sentiment"] {
        guard let word = s.text, let parsed = Sentiment(rawValue: word) else { return nil }
        sentiment = parsed
      }
      guard let phase = text("phase"), let t = text("text") else { return nil }
      if named["goal"] != nil && text("goal") == nil { return nil }
      if named["channel"] != nil && text("channel") == nil { return nil }
      body = .note(
        Note(
          phase: phase, goal: text("goal"), tags: tags, channel: text("channel"),
          sentiment: sentiment, text: t))
    case .metric:
      guard let metric = text("metric"), case .plain(let number)? = named["value"] else {
        return nil
      }
      let value: Double
      switch CoreSchema.resolve(number) {
      case .int(let n): value = Double(n)
      case .float(let d) where d.isFinite: value = d
      default: return nil
      }
      if named["channel"] != nil && text("channel") == nil { return nil }
      if named["text"] != nil && text("text") == nil { return nil }
      body = .metric(
        MetricValue(metric: metric, value: value, channel: text("channel"), text: text("text")))
    case .assess:
      guard let goal = text("goal"), let v = text("verdict"), let verdict = Verdict(rawValue: v),
        let t = text("text")
      else { return nil }
      body = .assess(Assessment(goal: goal, verdict: verdict, text: t))
    case .decide:
      guard let phase = text("phase"), let d = text("decision"),
        let decision = DecisionKind(rawValue: d), let t = text("text")
      else { return nil }
      body = .decide(Decision(phase: phase, decision: decision, text: t))
    case .retract:
      guard let target = text("target"), EntryCodec.isValidID(target), let t = text("text")
      else { return nil }
      body = .retract(Retraction(target: target, text: t))
    }
    return Entry(id: id, at: at, week: week, author: author, body: body, line: line)
  }

  /// The few fields of one line, found by a short scan (cheaper than hashing).
  private struct Fields {
    let list: [(String, Value)]
    subscript(key: String) -> Value? { list.first { $0.0 == key }?.1 }
  }

  private mutating func literal(_ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    guard end - i >= n else { return false }
    let p = s.utf8Start
    for k in 0..<n where b[i + k] != p[k] { return false }
    i += n
    return true
  }

  /// A key: lowercase letters only.
  private mutating func key() -> String? {
    let start = i
    while i < end, b[i] >= 0x61, b[i] <= 0x7A { i += 1 }
    guard i > start else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
  }

  private mutating func value(numeric: Bool) -> Value? {
    guard i < end else { return nil }
    if b[i] == 0x22 { return quoted().map(Value.quoted) }
    if b[i] == 0x5B {
      i += 1
      var items: [String] = []
      if literal("]") { return .list(items) }
      while true {
        guard i < end else { return nil }
        let item = b[i] == 0x22 ? quoted() : plain(numeric: false)
        guard let item else { return nil }
        items.append(item)
        if literal(", ") { continue }
        guard literal("]") else { return nil }
        return .list(items)
      }
    }
    return plain(numeric: numeric).map(Value.plain)
  }

  /// A plain word in the emitter's safe alphabet that reads as text (or, for `value`, a
  /// number); `nil` for anything that YAML might read another way.
  private mutating func plain(numeric: Bool) -> String? {
    let start = i
    while i < end, Self.isPlainByte(b[i]) { i += 1 }
    guard i > start else { return nil }
    let first = b[start]
    let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    if numeric { return word }
    let letterOrDigit =
      (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
      || (first >= 0x30 && first <= 0x39) || first == 0x5F
    guard letterOrDigit else { return nil }
    // Words starting with a letter are text, except the core schema's null and booleans.
    if first >= 0x30 && first <= 0x39 {
      guard case .string = CoreSchema.resolve(word) else { return nil }
    } else if i - start <= 5, Self.reservedWords.contains(word) {
      return nil
    }
    return word
  }

  static let reservedWords: Set<String> = [
    "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
  ]

  static func isPlainByte(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
      || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x2F || c == 0x2B || c == 0x40
  }

  /// A double-quoted scalar with the escapes the emitter writes; `nil` on anything else
  /// (raw control characters or line separators, unknown escapes, invalid UTF-8).
  private mutating func quoted() -> String? {
    i += 1  // the opening quote
    let start = i
    var plainRun = true
    while i < end {
      let c = b[i]
      if c == 0x22 { break }
      if c == 0x5C { plainRun = false }
      if c < 0x20 || c == 0x7F { return nil }
      // U+0085, U+2028, U+2029 and U+FEFF are written escaped; raw, YAML may fold them.
      if c == 0xC2 && i + 1 < end && b[i + 1] == 0x85 { return nil }
      if c == 0xE2 && i + 2 < end && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) {
        return nil
      }
      if c == 0xEF && i + 2 < end && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return nil }
      i += c == 0x5C ? 2 : 1
    }
    guard i < end else { return nil }
    let raw = UnsafeBufferPointer(rebasing: b[start..<i])
    i += 1  // the closing quote
    guard let text = String(validating: raw, as: UTF8.self) else { return nil }
    return plainRun ? text : Self.unescape(text)
  }

  static func unescape(_ s: String) -> String? {
    var out = String.UnicodeScalarView()
    var it = s.unicodeScalars.makeIterator()
    while let u = it.next() {
      guard u == "\\" else {
        out.append(u)
        continue
      }
      guard let e = it.next() else { return nil }
      switch e {
      case "\"": out.append("\"")
      case "\\": out.append("\\")
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "0": out.append("\0")
      case "N": out.append("\u{85}")
      case "_": out.append("\u{A0}")
      case "L": out.append("\u{2028}")
      case "P": out.append("\u{2029}")
      case "x", "u":
        var hex = ""
        for _ in 0..<(e == "x" ? 2 : 4) {
          guard let h = it.next(), h.properties.isASCIIHexDigit else { return nil }
          hex.unicodeScalars.append(h)
        }
        guard let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else { return nil }
        out.append(scalar)
      default: return nil
      }
    }
    return String(out)
  }
}
