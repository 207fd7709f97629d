/// Resolution of plain scalars by the YAML 1.2 core schema.
///
/// Unlike YAML 1.1, `yes`, `no`, `on`, `off` and `2026-W48` stay strings.
public enum CoreSchema {
  public static func resolve(_ text: String) -> ScalarValue {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
    case ".nan", ".NaN", ".NAN": return .float(.nan)
    default: break
    }
    let bytes = Array(text.utf8)
    guard let first = bytes.first,
      first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        || isDigit(first)
    else { return .string(text) }
    if isDecimalInteger(bytes) {
      if let i = Int(text) { return .int(i) }
      return .float(Double(text) ?? .nan)
    }
    if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
      if bytes[1] == UInt8(ascii: "o"), bytes.dropFirst(2).allSatisfy({ $0 >= 48 && $0 <= 55 }) {
        if let i = Int(String(decoding: bytes.dropFirst(2), as: UTF8.self), radix: 8) {
          return .int(i)
        }
      }
      if bytes[1] == UInt8(ascii: "x"), bytes.dropFirst(2).allSatisfy(isHexDigit) {
        if let i = Int(String(decoding: bytes.dropFirst(2), as: UTF8.self), radix: 16) {
          return .int(i)
        }
      }
    }
    if isFloat(bytes), let d = Double(text) { return .float(d) }
    return .string(text)
  }

  static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  static func isHexDigit(_ b: UInt8) -> Bool {
    isDigit(b) || (b >= 97 && b <= 102) || (b >= 65 && b <= 70)
  }

  /// `[-+]?[0-9]+`
  static func isDecimalInteger(_ b: [UInt8]) -> Bool {
    var i = 0
    if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
    guard i < b.count else { return false }
    return b[i...].allSatisfy(isDigit)
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
  static func isFloat(_ b: [UInt8]) -> Bool {
    var i = 0
    if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
    var intDigits = 0
    while i < b.count, isDigit(b[i]) {
      i += 1
      intDigits += 1
    }
    var fracDigits = 0
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      while i < b.count, isDigit(b[i]) {
        i += 1
        fracDigits += 1
      }
      if intDigits == 0 && fracDigits == 0 { return false }
    } else if intDigits == 0 {
      return false
    }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
      var expDigits = 0
      while i < b.count, isDigit(b[i]) {
        i += 1
        expDigits += 1
      }
      if expDigits == 0 { return false }
    }
    return i == b.count
  }
}
