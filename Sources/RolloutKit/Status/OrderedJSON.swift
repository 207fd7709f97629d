import Foundation

/// A JSON value whose objects keep their keys in the order written, so that output a
/// script reads is byte-for-byte stable and follows the the docs's key order.
public indirect enum OrderedJSON: Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([OrderedJSON])
  case object([(String, OrderedJSON)])

  /// Pretty-printed with two-space indentation and a final newline.
  public func rendered() -> String {
    var out = ""
    write(to: &out, indent: 0)
    return out + "\n"
  }

  private func write(to out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .number(let d): out += d.isFinite ? Self.number(d) : "null"  // JSON has no inf or nan
    case .string(let s): Self.quote(s, into: &out)
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(to: &out, indent: indent + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += close + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, value)) in members.enumerated() {
        out += pad
        Self.quote(key, into: &out)
        out += ": "
        value.write(to: &out, indent: indent + 1)
        out += i == members.count - 1 ? "\n" : ",\n"
      }
      out += close + "}"
    }
  }

  /// Swift's shortest form of the number rounded to 10 significant digits, so that
  /// float noise from sums and means does not show: 4.1000000000000005 is written 4.1.
  static func number(_ d: Double) -> String { NumberText.json(d) }

  private static func quote(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}

extension OrderedJSON {
  static func optional(_ s: String?) -> OrderedJSON { s.map(OrderedJSON.string) ?? .null }
  static func optional(_ d: Double?) -> OrderedJSON { d.map(OrderedJSON.number) ?? .null }
  static func optional(_ i: Int?) -> OrderedJSON { i.map(OrderedJSON.int) ?? .null }
}
