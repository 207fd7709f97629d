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
  let b: UnsafeBufferPointer<UInt8>
  var i: Int
  let end: Int

  private init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    b = buffer
    i = range.lowerBound
    end = range.upperBound
  }

  /// The entry of a canonical line, or `nil`.
  static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int)
    -> Entry?
  {
    var store = EntryStore()
    return append(buffer, range, line: line, to: &store) ? store.first : nil
  }

  /// Appends the entry of a canonical line to `store`, straight into its compact form
  /// (names found by their bytes, the text copied once); `false`, appending nothing, for
  /// any other line.
  static func append(
    _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int,
    to store: inout EntryStore
  ) -> Bool {
    var scanner = CanonicalLine(buffer, range)
    let mark = store.mark
    guard let row = scanner.row(line: line, into: &store) else {
      store.rewind(to: mark)
      return false
    }
    store.append(row: row)
    return true
  }

  private mutating func row(line: Int, into store: inout EntryStore) -> EntryStore.Row? {
    guard literal("- {id: "), let id = id(), literal(", at: \""),
      let at = timestamp(&store.table.stamps),
      literal("\", week: "), let week = week(&store.table), literal(", kind: "),
      let kind = kind(), let line = UInt32(exactly: line)
    else { return nil }
    var row = EntryStore.Row(
      stamp: at, bits: 0, id: id, week: week, line: line, author: NameTable.none,
      a: NameTable.none, b: NameTable.none, text: NameTable.none, kind: kind,
      choice: EntryStore.noChoice, isAside: false)
    var channel = NameTable.none
    var tags = NameTable.none
    // The kind's keys in the schema's order, each read by its shape.
    for (key, required) in EntryKey.keys(kind) {
      guard literal(key.separator) else {
        if required { return nil }
        continue
      }
      switch key.shape {
      case .name where key == .via:
        // Kept just before the text, which follows it in the line.
        guard let via = name(&store.table),
          let position = store.keep(text: store.table.names[Int(via)])
        else { return nil }
        row.text = position
        row.hasVia = true
      case .name where key == .target:
        guard let target = targetID() else { return nil }
        row.a = target
      case .name:
        guard let name = name(&store.table) else { return nil }
        switch key {
        case .author: row.author = name
        case .channel: channel = name
        case .goal where kind == .note: row.b = name
        default: row.a = name
        }
      case .text:
        guard let text = text(&store) else { return nil }
        if !row.hasVia { row.text = text }
      case .names:
        guard let list = list(&store.table) else { return nil }
        tags = list
      case .number:
        guard let value = number() else { return nil }
        row.bits = value.bitPattern
      case .choice:
        guard let choice = choice(key) else { return nil }
        row.choice = choice
      }
    }
    guard literal("}"), i == end else { return nil }
    switch kind {
    case .note: row.bits = UInt64(tags) << 32 | UInt64(channel)
    case .metric: row.b = channel
    default: break
    }
    return row
  }

  // MARK: - Fixed parts

  @inline(__always)
  private mutating func literal(_ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    guard end - i >= n else { return false }
    guard Self.equal(UnsafeRawPointer(s.utf8Start), UnsafeRawPointer(b.baseAddress! + i), n)
    else { return false }
    i += n
    return true
  }

  /// A plain id (8 hex digits, the first a–f), followed by the `,` after it, as a number.
  private mutating func id() -> UInt32? {
    guard end - i > 8, b[i + 8] == 0x2C else { return nil }
    return hexID()
  }

  /// `target`'s id: a plain id ending the value (a quoted one is left to the parser).
  private mutating func targetID() -> UInt32? {
    guard end - i >= 8, end - i == 8 || !Self.isPlainByte(b[i + 8]) else { return nil }
    return hexID()
  }

  /// As `EntryCodec.isValidID`: 8 of 0-9 and a-f, the first a letter.
  private mutating func hexID() -> UInt32? {
    guard b[i] >= 0x61, b[i] <= 0x66 else { return nil }
    var key: UInt32 = 0
    for k in i..<(i + 8) {
      let c = b[k]
      let digit: UInt8
      if c >= 0x30 && c <= 0x39 {
        digit = c - 0x30
      } else if c >= 0x61 && c <= 0x66 {
        digit = c - 0x61 + 10
      } else {
        return nil
      }
      key = key << 4 | UInt32(digit)
    }
    i += 8
    return key
  }

  /// The time inside `at`'s quotes: 25 bytes with an offset or 20 ending in `Z`, followed
  /// by the closing quote (a quote inside fails `Timestamp.pack`'s check of every byte).
  private mutating func timestamp(_ cache: inout StampCache) -> UInt64? {
    let n: Int
    if end - i > 20, b[i + 20] == 0x22 {
      n = 20
    } else if end - i > 25, b[i + 25] == 0x22 {
      n = 25
    } else {
      return nil
    }
    guard let stamp = cache.pack(b.baseAddress! + i, count: n) else { return nil }
    i += n
    return stamp
  }

  /// `YYYY-Www`, a real week, followed by the `,` after it.
  private mutating func week(_ names: inout NameTable) -> UInt32? {
    guard end - i > 8, b[i + 8] == 0x2C else { return nil }
    // Neighbouring lines are mostly about the same week: the same 8 bytes are not read again.
    let bytes = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
    if bytes == names.lastWeek.bytes {
      i += 8
      return names.lastWeek.packed
    }
    guard b[i + 4] == 0x2D, b[i + 5] == 0x57, let year = digits(i..<(i + 4)),
      let week = digits((i + 6)..<(i + 8)), let valid = ISOWeek(year: year, week: week)
    else { return nil }
    i += 8
    names.lastWeek = (bytes, EntryStore.pack(valid))
    return names.lastWeek.packed
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

  /// A name (a phase, goal, author, tag, …): a safe plain word or a double-quoted scalar;
  /// its position in `names`.
  private mutating func name(_ names: inout NameTable) -> UInt32? {
    guard i < end else { return nil }
    if b[i] == 0x22 {
      guard let s = quoted() else { return nil }
      return names.index(of: s)
    }
    let start = i
    guard plainWord() else { return nil }
    let raw = UnsafeBufferPointer(rebasing: b[start..<i])
    return names.index(raw) { String(decoding: raw, as: UTF8.self) }
  }

  /// A choice (`sentiment`, `verdict`, `decision`) written plainly, as its position among
  /// the key's words.
  private mutating func choice(_ key: EntryKey) -> UInt8? {
    let start = i
    while i < end, Self.isPlainByte(b[i]) { i += 1 }
    if i - start <= 8 {
      // Words of up to 8 bytes compared as one number (plain bytes are never 0).
      let word = Self.packed(UnsafeBufferPointer(rebasing: b[start..<i]))
      let words: [(word: UInt64, choice: UInt8)]
      switch key {
      case .sentiment: words = Self.sentimentWords
      case .verdict: words = Self.verdictWords
      case .decision: words = Self.decisionWords
      default: return nil
      }
      return words.first { $0.word == word }?.choice
    }
    let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    switch key {
    case .sentiment: return Sentiment(rawValue: word).map(EntryStore.choice)
    case .verdict: return Verdict(rawValue: word).map(EntryStore.choice)
    case .decision: return DecisionKind(rawValue: word).map(EntryStore.choice)
    default: return nil
    }
  }

  /// A free text: double-quoted, as the tool writes it (plain is left to the parser),
  /// kept in `store`; its position there.
  private mutating func text(_ store: inout EntryStore) -> UInt32? {
    guard i < end, b[i] == 0x22, let (raw, escaped, ascii) = quotedBytes() else { return nil }
    if escaped {
      guard let bytes = Self.unescape(raw) else { return nil }
      return bytes.withUnsafeBufferPointer { bytes in
        Self.isValidUTF8(bytes) ? store.keep(bytes: bytes) : nil
      }
    }
    guard ascii || Self.isValidUTF8(raw) else { return nil }
    return store.keep(bytes: raw)
  }

  /// `[a, "b", …]` of names; a list seen before (written the same) is found by its bytes.
  private mutating func list(_ names: inout NameTable) -> UInt32? {
    guard i < end, b[i] == 0x5B else { return nil }
    let start = i
    // A list read before from the same bytes reads the same: found without reading its items.
    if let close = listEnd(from: start),
      let known = names.knownList(written: UnsafeBufferPointer(rebasing: b[start...close]))
    {
      i = close + 1
      return known
    }
    i += 1
    var items: [String] = []
    if !literal("]") {
      while true {
        guard let item = name(&names) else { return nil }
        items.append(names.names[Int(item)])
        if literal(", ") { continue }
        guard literal("]") else { return nil }
        break
      }
    }
    if items.isEmpty { return NameTable.none }
    return names.listIndex(written: UnsafeBufferPointer(rebasing: b[start..<i])) { items }
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

  /// A double-quoted scalar with the escapes the emitter writes; `nil` on anything else
  /// (raw control characters or line separators, unknown escapes, invalid UTF-8).
  private mutating func quoted() -> String? {
    guard let (raw, escaped, ascii) = quotedBytes() else { return nil }
    if escaped {
      guard let bytes = Self.unescape(raw) else { return nil }
      return String(validating: bytes, as: UTF8.self)
    }
    if ascii { return String(decoding: raw, as: UTF8.self) }
    return String(validating: raw, as: UTF8.self)
  }

  /// The bytes between the quotes of a double-quoted scalar (escapes not yet undone),
  /// whether it has escapes and whether it is all ASCII; `nil` for raw control
  /// characters or line separators.
  private mutating func quotedBytes() -> (UnsafeBufferPointer<UInt8>, Bool, Bool)? {
    i += 1  // the opening quote
    let start = i
    var escaped = false
    var ascii = true
    while i < end {
      i = Self.skipQuiet(b, from: i, to: end)
      guard i < end else { break }
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
    return (raw, escaped, ascii)
  }
}
