import Foundation

/// A comparison such as `<= 24`.
public struct Target: Sendable, Hashable, CustomStringConvertible {
  public enum Comparison: String, Sendable, Hashable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
  }

  public var comparison: Comparison
  public var value: Double

  public init(_ comparison: Comparison, _ value: Double) {
    self.comparison = comparison
    self.value = value
  }

  /// Parses `<= 24`, `>=4.2` or `== 0` (spaces optional, a decimal comma accepted);
  /// `≤`, `≥` and a single `=` are read as `<=`, `>=` and `==`, as people type them.
  public init?(_ text: String) {
    var normalized = text.trimmingSpaces
      .replacingOccurrences(of: "≤", with: "<=").replacingOccurrences(of: "≥", with: ">=")
    if normalized.hasPrefix("="), !normalized.hasPrefix("==") { normalized = "=" + normalized }
    var rest = Substring(normalized)
    let ordered: [Comparison] = [.lessOrEqual, .greaterOrEqual, .equal, .less, .greater]
    guard let c = ordered.first(where: { rest.hasPrefix($0.rawValue) }) else { return nil }
    rest = rest.dropFirst(c.rawValue.count)
    let numberText = String(rest).trimmingSpaces.replacingComma
    guard let v = parseFiniteNumber(numberText) else { return nil }
    self.init(c, v)
  }

  public func isMet(by value: Double) -> Bool {
    switch comparison {
    case .less: return value < self.value
    case .lessOrEqual: return value <= self.value
    case .greater: return value > self.value
    case .greaterOrEqual: return value >= self.value
    case .equal: return value == self.value
    }
  }

  /// `<= 24`, as the the docs writes targets.
  public var description: String { "\(comparison.rawValue) \(NumberText.plain(value))" }
}

/// A finite number from plain decimal text (`18.5`, `-3`, `1e3`); `nil` for anything else,
/// including `nan`, `inf` and values that overflow.
public func parseFiniteNumber(_ text: String) -> Double? {
  let t = text.trimmingSpaces
  guard !t.isEmpty,
    t.utf8.allSatisfy({ b in
      (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
        || b == UInt8(ascii: "+") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }), let d = Double(t), d.isFinite
  else { return nil }
  return d
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }

  /// `30,5` → `30.5` (Finnish and Dutch decimal comma).
  var replacingComma: String {
    String(map { $0 == "," ? "." : $0 })
  }
}
