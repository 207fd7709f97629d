import Foundation

/// Every number `rollout` writes for a person or a script, in one place, so that any
/// finite number a user can log (up to ±1.8e308) formats everywhere without a trap.
///
/// Up to `plainLimit` numbers are written in full (`24`, `18.5`, `12 345`); beyond it in
/// scientific notation (`1.5e+17`), where grouping fifteen or more digits helps nobody.
/// Nothing here converts a value that may be huge to `Int`.
public enum NumberText {
  /// From this magnitude on, numbers are written in scientific notation.
  static let plainLimit = 1e15

  /// As the plan and the journal write numbers: `24`, `18.5`, `1e+17`; every digit kept.
  public static func plain(_ d: Double) -> String {
    guard d.isFinite else { return nonFinite(d) }
    if d == d.rounded(), abs(d) < plainLimit { return String(Int(d)) }
    return "\(d)"
  }

  /// At most two decimals, with a decimal point: `18.5`, `4.12`. Status lines and the
  /// Mermaid chart (which reads only a decimal point) use it.
  public static func twoDecimals(_ d: Double) -> String {
    guard d.isFinite, abs(d) < plainLimit else { return plain(d) }
    return plain((d * 100).rounded() / 100)
  }

  /// As a reader writes it in a language whose decimal mark is `comma` and whose
  /// thousands separator is `group`: at most two decimals, thousands grouped from 10 000
  /// on, `−` for minus.
  static func local(_ value: Double, comma: String, group: String) -> String {
    guard value.isFinite else { return nonFinite(value) }
    guard abs(value) < plainLimit else {
      let text = "\(abs(value))".replacingOccurrences(of: ".", with: comma)
      return (value < 0 ? "−" : "") + text
    }
    let hundredths = Int((abs(value) * 100).rounded())
    var whole = String(hundredths / 100)
    let fraction = hundredths % 100
    if whole.count > 4 { whole = grouped(whole, group) }
    var text = whole
    if fraction != 0 {
      var digits = pad(fraction, 2)
      if digits.hasSuffix("0") { digits.removeLast() }
      text += comma + digits
    }
    return (value < 0 && hundredths != 0 ? "−" : "") + text
  }

  /// A grade 0…1 as a whole percentage (`60`); anything outside is clamped.
  static func percent(_ grade: Double) -> Int {
    guard grade.isFinite else { return grade > 0 ? 100 : 0 }
    return Int((min(max(grade, 0), 1) * 100).rounded())
  }

  /// For JSON: the shortest form of the number rounded to 10 significant digits, so
  /// that float noise from sums and means does not show (4.1000000000000005 is 4.1).
  /// `null` for what JSON cannot hold.
  static func json(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    // Near the largest number, rounding up to 10 digits goes past it: keep every digit.
    let rounded = Double(String(format: "%.10g", d)).flatMap { $0.isFinite ? $0 : nil } ?? d
    return "\(rounded)"
  }

  /// Where `value` sits between `low` and `high`, 0…1, without overflowing when the
  /// span is wider than the largest number (halving is exact, so the result is the
  /// same as the plain formula's whenever that one is finite).
  static func position(_ value: Double, low: Double, high: Double) -> Double {
    let span = high / 2 - low / 2
    guard span > 0, value.isFinite else { return 0.5 }
    return min(max((value / 2 - low / 2) / span, 0), 1)
  }

  private static func nonFinite(_ d: Double) -> String {
    d.isNaN ? "?" : (d < 0 ? "−∞" : "∞")
  }

  private static func grouped(_ digits: String, _ separator: String) -> String {
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out += separator }
      out.append(c)
    }
    return out
  }
}

extension Language {
  /// A number in a message, as a reader of this language writes it: at most two
  /// decimals, a decimal comma in Finnish and Dutch (`19,5 h`), thousands grouped from
  /// 10 000 on. Machine output (`--json`) never uses it.
  public func number(_ value: Double) -> String {
    switch self {
    case .en: return NumberText.local(value, comma: ".", group: ",")
    case .fi: return NumberText.local(value, comma: ",", group: "\u{A0}")
    case .nl: return NumberText.local(value, comma: ",", group: ".")
    }
  }

  /// A number a person typed, every digit kept, with this language's decimal mark:
  /// `62,5` in Finnish and Dutch, `62.5` in English.
  public func exact(_ value: Double) -> String {
    let text = NumberText.plain(value)
    return self == .en ? text : text.replacingOccurrences(of: ".", with: ",")
  }
}
