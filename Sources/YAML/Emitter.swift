/// A value the emitter can write inside a one-line flow mapping.
public enum FlowValue: Sendable, Hashable {
  case string(String)
  case number(Double)
  case strings([String])
}

/// Writes one mapping as a single-line YAML flow mapping: `{key: value, …}`.
///
/// Strings are written plain when that reads back as the same string, and double-quoted
/// otherwise; non-ASCII letters stay as they are so that journals remain readable.
public enum Emitter {
  /// `{k1: v1, k2: v2}` in the order given.
  public static func flowMapping(_ pairs: [(String, FlowValue)]) -> String {
    var out = "{"
    for (index, (key, value)) in pairs.enumerated() {
      if index > 0 { out += ", " }
      out += scalar(key)
      out += ": "
      switch value {
      case .string(let s): out += scalar(s)
      case .number(let d): out += number(d)
      case .strings(let list): out += "[" + list.map(scalar).joined(separator: ", ") + "]"
      }
    }
    out += "}"
    return out
  }

  /// A number as the shortest text that reads back to the same `Double`.
  public static func number(_ d: Double) -> String {
    if d == 0 { return "0" }  // also folds -0, which YAML readers disagree on
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
    return "\(d)"
  }

  /// A string, plain when safe, else double-quoted.
  public static func scalar(_ s: String) -> String {
    isPlainSafe(s) ? s : doubleQuoted(s)
  }

  /// Plain only for a conservative alphabet that cannot mean anything else in flow
  /// context, and only when the core schema would read it back as a string.
  public static func isPlainSafe(_ s: String) -> Bool {
    guard let first = s.utf8.first else { return false }
    let startOK =
      (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
      || (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "_")
    guard startOK else { return false }
    for b in s.utf8 {
      let ok =
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
        || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
        || b == UInt8(ascii: "/") || b == UInt8(ascii: "+") || b == UInt8(ascii: "@")
      if !ok { return false }
    }
    guard case .string = CoreSchema.resolve(s) else { return false }
    // YAML 1.1 readers (PyYAML, yq) would read these as booleans, numbers or dates.
    if yaml11Words.contains(s) { return false }
    if first >= 0x30 && first <= 0x39 { return isISOWeek(s) }
    return true
  }

  static let yaml11Words: Set<String> = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
    "OFF",
  ]

  /// `2026-W48`: every YAML reader takes it as text, so journals can show weeks unquoted.
  static func isISOWeek(_ s: String) -> Bool {
    let u = Array(s.utf8)
    guard u.count == 8, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "W") else { return false }
    return (u[0..<4] + u[6..<8]).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// A double-quoted scalar; escapes only what must be escaped.
  public static func doubleQuoted(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\0": out += "\\0"
      case "\u{85}": out += "\\N"
      case "\u{A0}": out += "\\_"
      case "\u{2028}": out += "\\L"
      case "\u{2029}": out += "\\P"
      case "\u{FEFF}": out += "\\uFEFF"
      default:
        if u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) {
          out += "\\x" + hex(u.value, width: 2)
        } else if u.value >= 0xD800 && u.value < 0xE000 || u.value == 0xFFFE || u.value == 0xFFFF {
          out += "\\u" + hex(u.value, width: 4)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
    return out
  }

  static func hex(_ v: UInt32, width: Int) -> String {
    let digits = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
