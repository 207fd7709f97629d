/// How a file writes its numbers: which mark is the decimal one, so that the other (and
/// spaces) can be read as thousands separators.
///
/// The rule, decided once per file (README "Importing"):
/// 1. The numbers decide when they can: `1,234.5` or `18.5` say "decimal point";
///    `1.234,5` or `18,5` say "decimal comma"; a mark used twice (`1,234,567`) is a
///    thousands mark. A file whose numbers say both is refused.
/// 2. Otherwise a `;` delimiter says decimal comma (Finnish and Dutch Excel write `1.200`
///    for twelve hundred there). A `,` or a tab says nothing: a Dutch `1.200` turns up in
///    comma files too, and an English tool seldom writes a decimal with three digits.
/// 3. When neither does, a value like `1,234` or `1.234` could be a thousand and more or
///    one and a bit: it is refused, never guessed.
public enum DecimalConvention: Sendable, Hashable {
  case point, comma, unknown

  /// The convention that the file's numbers and its delimiter show.
  public static func of(_ samples: [String], delimiter: Character?) -> Result<Self, ImportProblem> {
    var saysPoint: String?
    var saysComma: String?
    for sample in samples {
      switch NumberShape(sample).evidence {
      case .point?: saysPoint = saysPoint ?? sample
      case .comma?: saysComma = saysComma ?? sample
      case .unknown?, nil: break
      }
    }
    switch (saysPoint, saysComma) {
    case (let p?, let c?): return .failure(.mixedDecimalMarks(point: p, comma: c))
    case (_?, nil): return .success(.point)
    case (nil, _?): return .success(.comma)
    case (nil, nil):
      switch delimiter {
      case ";": return .success(.comma)
      default: return .success(.unknown)
      }
    }
  }

  /// The number a cell's text means under this convention: thousands separators
  /// (`,` `.` space, no-break and narrow no-break space) dropped, a `%` sign and quotes
  /// taken off. `3,2 %` is 3.2.
  public func number(_ raw: String) -> Result<Double, ImportProblem> {
    guard let shape = NumberShape(raw).valid else {
      // `1e3` and the like, as `rollout metric` reads them.
      return parseFiniteNumber(String(raw.trimmed)).map { .success($0) }
        ?? .failure(.notANumber(raw))
    }
    let decimal: Character? = self == .comma ? "," : self == .point ? "." : nil
    let digits = shape.body
    func read(decimal mark: Character?) -> Result<Double, ImportProblem> {
      shape.value(decimal: mark).map { .success($0) } ?? .failure(.notANumber(raw))
    }
    if let two = shape.decimalMark {
      if let decimal, decimal != two { return .failure(.wrongDecimalMark(raw, expected: decimal)) }
      return read(decimal: two)
    }
    guard let mark = shape.marks.first else { return read(decimal: nil) }
    if digits.filter({ $0 == mark }).count > 1 {
      // `1,234,567`: a mark used twice is the thousands one.
      if let decimal, decimal == mark { return .failure(.wrongDecimalMark(raw, expected: decimal)) }
      return read(decimal: nil)
    }
    guard let decimal else {
      return shape.groupedAfterMark ? .failure(.ambiguousNumber(raw)) : read(decimal: mark)
    }
    if mark == decimal { return read(decimal: mark) }
    return shape.groupedAfterMark
      ? read(decimal: nil) : .failure(.wrongDecimalMark(raw, expected: decimal))
  }
}

extension NumberShape {
  /// What this number says about the file's convention, if anything.
  var evidence: DecimalConvention? {
    guard isValid else { return nil }
    if let decimalMark { return decimalMark == "," ? .comma : .point }
    guard marks.count == 1, let mark = marks.first else { return nil }
    let count = body.filter { $0 == mark }.count
    if count > 1 { return mark == "," ? .point : .comma }
    return groupedAfterMark ? nil : (mark == "," ? .comma : .point)
  }
}
