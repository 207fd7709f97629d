/// The byte-level rules of the fast scanner (`CanonicalLine`): which words YAML reads as
/// plain strings, undoing the emitter's escapes, checking UTF-8.
extension CanonicalLine {
  /// `null`, `true`, `false` in the core schema's three spellings each.
  static func isReserved(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count == 4 || word.count == 5 else { return false }
    var packed: UInt64 = 0
    for c in word { packed = packed << 8 | UInt64(c) }
    return reservedWords.contains(packed)
  }

  static let reservedWords: [UInt64] = [
    "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
  ].map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

  static func isPlainByte(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
      || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x2F || c == 0x2B || c == 0x40
  }

  /// Whether `bytes` are valid UTF-8, by the standard library's own decoder.
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
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
}
