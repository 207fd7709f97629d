import YAML

/// A fast reader for lines exactly as `EntryCodec.line` writes them (docs/journal.md: the tool's
/// lines are uniform: fixed key order, `at` and `text` double-quoted).
///
/// One pass over the bytes: each key is matched in its canonical place, numbers and weeks
/// are read from the digits, and a `String` is made only for a value that is kept. It
/// returns an entry only for a line it fully understands and that is valid; anything else
/// (a hand edit, another writer's style, any doubt) returns `nil` and the line goes
/// through the YAML parser, which also produces the diagnostics. So the fast path can
/// change speed, never results (`CanonicalLineTests` compares both on many lines).
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
    var names = NameTable()
    return decode(buffer, range, line: line, names: &names)
  }

  /// The same, sharing the storage of repeated names and tag lists through `names`.
  static func decode(
    _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int,
    names: inout NameTable
  ) -> Entry? {
    var scanner = CanonicalLine(buffer, range)
    return scanner.entry(line: line, names: &names)
  }

  private mutating func entry(line: Int, names: inout NameTable) -> Entry? {
    guard literal("- {id: "), let id = id(), literal(", at: \""), let at = timestamp(),
      literal("\", week: "), let week = week(&names), literal(", kind: "), let kind = kind()
    else { return nil }
    // The kind's keys in the schema's order, each read by its shape.
    var fields = EntryFields()
    for (key, required) in EntryKey.keys(kind) {
      guard literal(key.separator) else {
        if required { return nil }
        continue
      }
      switch key.shape {
      case .name:
        guard let value = name(&names) else { return nil }
        fields.set(key, value)
      case .text:
        guard let value = text() else { return nil }
        fields.set(key, value)
      case .names:
        guard let value = list(&names) else { return nil }
        fields.tags = value
      case .number:
        guard let value = number() else { return nil }
        fields.value = value
      case .choice:
        guard let word = name(&names), fields.set(key, word: word) else { return nil }
      }
    }
    if let target = fields.target, !EntryCodec.isValidID(target) { return nil }
    guard literal("}"), i == end, let author = fields.author, let body = fields.body(kind)
    else { return nil }
    return Entry(id: id, at: at, week: week, author: author, body: body, line: line)
  }

  // MARK: - Fixed parts

  @inline(__always)
  private mutating func literal(_ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    guard end - i >= n else { return false }
    let p = s.utf8Start
    for k in 0..<n where b[i + k] != p[k] { return false }
    i += n
    return true
  }

  /// A plain id (8 hex digits, the first a–f), followed by the `,` after it.
  private mutating func id() -> String? {
    guard end - i > 8, b[i + 8] == 0x2C else { return nil }
    let raw = UnsafeBufferPointer(rebasing: b[i..<(i + 8)])
    // As `EntryCodec.isValidID`: 0-9 and a-f, the first a letter.
    guard raw[0] >= 0x61, raw[0] <= 0x66,
      raw.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
    else { return nil }
    i += 8
    return String(decoding: raw, as: UTF8.self)
  }

  /// The time inside `at`'s quotes: 25 bytes with an offset or 20 ending in `Z`.
  private mutating func timestamp() -> Timestamp? {
    var n = 0
    while i + n < end, n <= 25, b[i + n] != 0x22 { n += 1 }
    guard n == 25 || n == 20,
      let stamp = Timestamp(UnsafeBufferPointer(rebasing: b[i..<(i + n)]))
    else { return nil }
    i += n
    return stamp
  }

  /// `YYYY-Www`, a real week, followed by the `,` after it.
  private mutating func week(_ names: inout NameTable) -> ISOWeek? {
    guard end - i > 8, b[i + 8] == 0x2C, b[i + 4] == 0x2D, b[i + 5] == 0x57,
      let year = digits(i..<(i + 4)), let week = digits((i + 6)..<(i + 8))
    else { return nil }
    i += 8
    // Neighbouring lines are mostly about the same week: skip validating it again.
    if let last = names.lastWeek, last.year == year, last.week == week { return last }
    names.lastWeek = ISOWeek(year: year, week: week)
    return names.lastWeek
  }

  private func digits(_ r: Range<Int>) -> Int? {
    var n = 0
    for k in r {
      let d = b[k] &- 0x30
      guard d < 10 else { return nil }
      n = n * 10 + Int(d)
    }
    return n
  }

  private mutating func kind() -> Entry.Kind? {
    if literal("note") { return .note }
    if literal("metric") { return .metric }
    if literal("assess") { return .assess }
    if literal("decide") { return .decide }
    if literal("retract") { return .retract }
    return nil
  }

  // MARK: - Values

  /// A name (a phase, goal, author, tag, …): a safe plain word or a double-quoted scalar.
  private mutating func name(_ names: inout NameTable) -> String? {
    guard i < end else { return nil }
    if b[i] == 0x22 {
      let start = i
      guard let s = quoted() else { return nil }
      return names.intern(s, UnsafeBufferPointer(rebasing: b[start..<i]))
    }
    let start = i
    guard plainWord() else { return nil }
    let raw = UnsafeBufferPointer(rebasing: b[start..<i])
    return names.intern(raw)
  }

  /// A free text: double-quoted, as the tool writes it (plain is left to the parser).
  private mutating func text() -> String? {
    guard i < end, b[i] == 0x22 else { return nil }
    return quoted()
  }

  /// `[a, "b", …]` of names; a list seen before shares its storage.
  private mutating func list(_ names: inout NameTable) -> [String]? {
    guard i < end, b[i] == 0x5B else { return nil }
    let start = i
    i += 1
    var items: [String] = []
    if !literal("]") {
      while true {
        guard let item = name(&names) else { return nil }
        items.append(item)
        if literal(", ") { continue }
        guard literal("]") else { return nil }
        break
      }
    }
    return names.internList(items, UnsafeBufferPointer(rebasing: b[start..<i]))
  }

  /// A plain word in the emitter's safe alphabet that the core schema reads as a string.
  /// Leaves `i` after the word; `false` for anything YAML might read another way.
  private mutating func plainWord() -> Bool {
    let start = i
    while i < end, Self.isPlainByte(b[i]) { i += 1 }
    guard i > start else { return false }
    let first = b[start]
    let letter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
    if letter || first == 0x5F {
      // Words starting with a letter are text, except the core schema's null and booleans.
      return i - start > 5 || !Self.isReserved(UnsafeBufferPointer(rebasing: b[start..<i]))
    }
    guard first >= 0x30 && first <= 0x39 else { return false }
    // A word starting with a digit may be a number: ask the core schema (rare in names).
    let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    guard case .string = CoreSchema.resolve(word) else { return false }
    return true
  }

  /// `null`, `true`, `false` in the core schema's three spellings each.
  static func isReserved(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count == 4 || word.count == 5 else { return false }
    var packed: UInt64 = 0
    for c in word { packed = packed << 8 | UInt64(c) }
    return reservedWords.contains(packed)
  }

  private static let reservedWords: [UInt64] = [
    "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
  ].map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

  static func isPlainByte(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
      || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x2F || c == 0x2B || c == 0x40
  }

  /// A plain number as the emitter writes it: `-?[0-9]+(\.[0-9]+)?`. Short ones are read
  /// from the digits (exact: at most 15 significant digits, one correctly rounded
  /// division); anything else goes through the core schema, as the parser does.
  private mutating func number() -> Double? {
    let start = i
    while i < end, Self.isPlainByte(b[i]) { i += 1 }
    guard i > start else { return nil }
    var k = start
    let negative = b[k] == 0x2D
    if negative { k += 1 }
    var mantissa: Int64 = 0
    var count = 0
    var fraction = -1  // digits after the point; -1 without a point
    while k < i {
      let c = b[k]
      if c == 0x2E, fraction < 0, count > 0 {
        fraction = 0
      } else if c &- 0x30 < 10 {
        mantissa = mantissa &* 10 &+ Int64(c &- 0x30)
        count += 1
        if fraction >= 0 { fraction += 1 }
      } else {
        count = 99  // not this simple shape
        break
      }
      k += 1
    }
    if count >= 1, count <= 15, fraction != 0 {
      if fraction < 0 {
        // An integer: the core schema gives an Int, so `-0` is 0.
        return Double(negative ? -mantissa : mantissa)
      }
      let value = Double(mantissa) / Self.powersOfTen[fraction]
      return negative ? -value : value
    }
    let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    switch CoreSchema.resolve(word) {
    case .int(let n): return Double(n)
    case .float(let d) where d.isFinite: return d
    default: return nil
    }
  }

  private static let powersOfTen: [Double] = (0...15).map { k in
    var p = 1.0
    for _ in 0..<k { p *= 10 }
    return p
  }

  /// A double-quoted scalar with the escapes the emitter writes; `nil` on anything else
  /// (raw control characters or line separators, unknown escapes, invalid UTF-8).
  private mutating func quoted() -> String? {
    i += 1  // the opening quote
    let start = i
    var escaped = false
    var ascii = true
    while i < end {
      let c = b[i]
      if c == 0x22 { break }
      if c < 0x20 || c == 0x7F { return nil }
      if c == 0x5C {
        escaped = true
        i += 2
        continue
      }
      if c >= 0x80 {
        ascii = false
        // U+0085, U+2028, U+2029 and U+FEFF are written escaped; raw, YAML may fold them.
        if c == 0xC2 && i + 1 < end && b[i + 1] == 0x85 { return nil }
        if c == 0xE2 && i + 2 < end && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) {
          return nil
        }
        if c == 0xEF && i + 2 < end && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return nil }
      }
      i += 1
    }
    guard i < end else { return nil }
    let raw = UnsafeBufferPointer(rebasing: b[start..<i])
    i += 1  // the closing quote
    if escaped {
      guard let bytes = Self.unescape(raw) else { return nil }
      return String(validating: bytes, as: UTF8.self)
    }
    if ascii { return String(decoding: raw, as: UTF8.self) }
    return String(validating: raw, as: UTF8.self)
  }

  /// The bytes of a double-quoted scalar with its escapes replaced; `nil` for an escape
  /// the emitter does not write. Raw bytes are copied as they are: the result is
  /// validated as UTF-8 afterwards (an escape never yields a continuation byte, so a
  /// broken sequence in the input stays broken).
  static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var k = 0
    func hex(_ digits: Int) -> UInt32? {
      guard k + digits <= raw.count else { return nil }
      var v: UInt32 = 0
      for _ in 0..<digits {
        let c = raw[k]
        let d: UInt8
        switch c {
        case 0x30...0x39: d = c - 0x30
        case 0x41...0x46: d = c - 0x41 + 10
        case 0x61...0x66: d = c - 0x61 + 10
        default: return nil
        }
        v = v << 4 | UInt32(d)
        k += 1
      }
      return v
    }
    while k < raw.count {
      let c = raw[k]
      k += 1
      guard c == 0x5C else {
        out.append(c)
        continue
      }
      guard k < raw.count else { return nil }
      let e = raw[k]
      k += 1
      let scalar: Unicode.Scalar
      switch e {
      case UInt8(ascii: "\""): scalar = "\""
      case UInt8(ascii: "\\"): scalar = "\\"
      case UInt8(ascii: "n"): scalar = "\n"
      case UInt8(ascii: "t"): scalar = "\t"
      case UInt8(ascii: "r"): scalar = "\r"
      case UInt8(ascii: "0"): scalar = "\0"
      case UInt8(ascii: "N"): scalar = "\u{85}"
      case UInt8(ascii: "_"): scalar = "\u{A0}"
      case UInt8(ascii: "L"): scalar = "\u{2028}"
      case UInt8(ascii: "P"): scalar = "\u{2029}"
      case UInt8(ascii: "x"), UInt8(ascii: "u"):
        guard let v = hex(e == UInt8(ascii: "x") ? 2 : 4), let s = Unicode.Scalar(v) else {
          return nil
        }
        scalar = s
      default:
        return nil
      }
      guard let encoded = UTF8.encode(scalar) else { return nil }
      out.append(contentsOf: encoded)
    }
    return out
  }
}
