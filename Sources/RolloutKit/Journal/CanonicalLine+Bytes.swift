import YAML

/// The byte-level rules of the fast scanner (`CanonicalLine`): which words YAML reads as
/// plain strings, undoing the emitter's escapes, checking UTF-8.
extension CanonicalLine {
  /// `null`, `true`, `false` in the core schema's three spellings each.
  static func isReserved(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count == 4 || word.count == 5 else { return false }
    // Each starts with n, t or f in either case.
    switch word[0] | 0x20 {
    case 0x6E, 0x74, 0x66: break
    default: return false
    }
    var packed: UInt64 = 0
    for c in word { packed = packed << 8 | UInt64(c) }
    return reservedWords.contains(packed)
  }

  static let reservedWords: [UInt64] = [
    "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
  ].map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

  /// Whether the `n` bytes at `a` and at `b` are equal, compared eight (or four) at a time.
  @inline(__always)
  static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
    var k = 0
    while k + 8 <= n {
      guard
        a.loadUnaligned(fromByteOffset: k, as: UInt64.self)
          == b.loadUnaligned(fromByteOffset: k, as: UInt64.self)
      else { return false }
      k += 8
    }
    if k + 4 <= n {
      guard
        a.loadUnaligned(fromByteOffset: k, as: UInt32.self)
          == b.loadUnaligned(fromByteOffset: k, as: UInt32.self)
      else { return false }
      k += 4
    }
    while k < n {
      guard a.load(fromByteOffset: k, as: UInt8.self) == b.load(fromByteOffset: k, as: UInt8.self)
      else { return false }
      k += 1
    }
    return true
  }

  /// The first position from `k` on, eight bytes at a time, where a word of 8 bytes holds
  /// something a quoted scalar must look at: a quote, a backslash, a control character,
  /// DEL or a byte of a non-ASCII character. The bytes before it need no look.
  @inline(__always)
  static func skipQuiet(_ b: UnsafeBufferPointer<UInt8>, from k: Int, to end: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte of `v` is 0 somewhere (exact for "somewhere", with all bytes below 0x80).
    func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    var k = k
    let raw = UnsafeRawPointer(b.baseAddress!)
    while k + 8 <= end {
      let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
      if w & highs != 0 || (w &- ones &* 0x20) & ~w & highs != 0 || hasZero(w ^ (ones &* 0x22))
        || hasZero(w ^ (ones &* 0x5C)) || hasZero(w ^ (ones &* 0x7F))
      {
        return k
      }
      k += 8
    }
    return k
  }

  /// Up to 8 bytes as one number, first byte highest.
  static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    bytes.reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The words of the choices of up to 8 bytes (all of them, as the tool spells them), by
  /// `packed`, with their positions among the choices.
  static let sentimentWords = words(Sentiment.allCases, \.rawValue, EntryStore.choice)
  static let verdictWords = words(Verdict.allCases, \.rawValue, EntryStore.choice)
  static let decisionWords = words(DecisionKind.allCases, \.rawValue, EntryStore.choice)

  private static func words<T>(
    _ cases: [T], _ word: (T) -> String, _ choice: (T) -> UInt8
  ) -> [(word: UInt64, choice: UInt8)] {
    cases.compactMap { c in
      var text = word(c)
      guard text.utf8.count <= 8 else { return nil }
      return text.withUTF8 { (packed($0), choice(c)) }
    }
  }

  /// A-Z, a-z, 0-9 and `_ - . / + @`, as two bit masks (bytes 0–63 and 64–127).
  @inline(__always)
  static func isPlainByte(_ c: UInt8) -> Bool {
    let low: UInt64 = 0x03FF_E800_0000_0000  // + - . / 0-9
    let high: UInt64 = 0x07FF_FFFE_87FF_FFFF  // @ A-Z _ a-z
    if c < 64 { return low >> UInt64(c) & 1 != 0 }
    return c < 128 && high >> UInt64(c - 64) & 1 != 0
  }

  /// Whether `bytes` are valid UTF-8, by the standard library's own decoder.
  /// ASCII bytes stand alone in UTF-8, so a run of them is skipped eight at a time first.
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while k + 8 <= bytes.count,
        raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        k += 8
      }
    }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = UnsafeBufferPointer(rebasing: bytes[k...]).makeIterator()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
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

  // MARK: - Numbers and lists

  /// A plain number as the emitter writes it: `-?[0-9]+(\.[0-9]+)?`. Short ones are read
  /// from the digits (exact: at most 15 significant digits, one correctly rounded
  /// division); anything else goes through the core schema, as the parser does.
  mutating func number() -> Double? {
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

  /// The first `]` after `start` outside double quotes, or `nil`.
  func listEnd(from start: Int) -> Int? {
    var k = start + 1
    while k < end {
      switch b[k] {
      case 0x5D: return k
      case 0x22:
        k += 1
        while k < end, b[k] != 0x22 { k += b[k] == 0x5C ? 2 : 1 }
      default: break
      }
      k += 1
    }
    return nil
  }
}
