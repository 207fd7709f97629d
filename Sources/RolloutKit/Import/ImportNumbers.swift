/// How a file writes its numbers: which mark is the decimal one, so that the other (and
/// spaces) can be read as thousands separators.
///
/// The rule, decided once per file (README "Importing"):
/// 1. The numbers decide when they can: `1,234.5` or `18.5` say "decimal point";
///    `1.234,5` or `18,5` say "decimal comma"; a mark used twice (`1,234,567`) is a
///    thousands mark. A file whose numbers say both is refused.
/// 2. Otherwise the delimiter decides: `;` is the decimal comma's (Finnish and Dutch
///    Excel), `,` the decimal point's. A tab says nothing.
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
      case ",": return .success(.point)
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
    var digits = shape.body
    func read(decimal mark: Character?) -> Result<Double, ImportProblem> {
      digits.removeAll { ($0 == "," || $0 == ".") && $0 != mark }
      let text = String(digits.map { $0 == mark ? "." : $0 })
      guard let value = Double(text), value.isFinite else { return .failure(.notANumber(raw)) }
      return .success(value)
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

/// What a number's text looks like, before its convention is known.
struct NumberShape {
  /// The digits, marks and sign, without spaces, `%` and quotes; `nil` when the text is
  /// no number at all.
  var body: [Character] = []
  /// The `,`/`.` marks in order of appearance, each kind once.
  var marks: [Character] = []
  /// The mark that can only be the decimal one: the last of two different marks.
  var decimalMark: Character?
  /// True when the text after the last mark is exactly three digits (`1,234`).
  var groupedAfterMark = false
  var isValid = false

  var valid: NumberShape? { isValid ? self : nil }

  /// What this number says about the file's convention, if anything.
  var evidence: DecimalConvention? {
    guard isValid else { return nil }
    if let decimalMark { return decimalMark == "," ? .comma : .point }
    guard marks.count == 1, let mark = marks.first else { return nil }
    let count = body.filter { $0 == mark }.count
    if count > 1 { return mark == "," ? .point : .comma }
    return groupedAfterMark ? nil : (mark == "," ? .comma : .point)
  }

  static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

  init(_ raw: String) {
    var text = Substring(raw).trimmed
    if text.count >= 2, text.first == "\"", text.last == "\"" {
      text = text.dropFirst().dropLast().trimmed
    }
    if text.last == "%" { text = text.dropLast().trimmed }
    var chars = Array(text)
    if chars.first == "-" || chars.first == "+" || chars.first == "\u{2212}" {
      let sign: Character = chars.removeFirst() == "+" ? "+" : "-"
      body.append(sign)
    }
    guard let first = chars.first, first.isASCII, first.isNumber else { return }
    // Spaces only between groups of three digits: `1 234 567`.
    var groups: [[Character]] = [[]]
    for ch in chars {
      if Self.spaces.contains(ch) {
        groups.append([])
      } else {
        groups[groups.count - 1].append(ch)
      }
    }
    if groups.count > 1 {
      guard groups.dropFirst().allSatisfy({ $0.prefix(while: \.isASCIIDigit).count == 3 }),
        groups[0].allSatisfy(\.isASCIIDigit), (1...3).contains(groups[0].count)
      else { return }
    }
    let digits = groups.flatMap { $0 }
    guard digits.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." }),
      digits.last?.isASCIIDigit == true
    else { return }
    for ch in digits where (ch == "," || ch == ".") && !marks.contains(ch) { marks.append(ch) }
    guard marks.count <= 2 else { return }
    if marks.count == 2 {
      decimalMark = marks[1]
      guard digits.filter({ $0 == marks[1] }).count == 1 else { return }
    }
    let runs = digits.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
    guard runs.allSatisfy({ !$0.isEmpty }) else { return }
    groupedAfterMark = runs.count > 1 && runs.last?.count == 3 && decimalMark == nil
    // Thousands groups: every run between marks but the decimal part is three digits.
    let thousandsRuns = decimalMark == nil ? runs : runs.dropLast()
    let repeated = marks.count == 1 && digits.filter { $0 == marks[0] }.count > 1
    if decimalMark != nil || repeated {
      guard thousandsRuns.dropFirst().allSatisfy({ $0.count == 3 }), thousandsRuns[0].count <= 3
      else { return }
    }
    body += digits
    isValid = true
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
  /// Without the spaces around it, no-break and narrow ones included.
  var trimmed: Substring {
    let s = String(self)[...]
    guard let start = s.firstIndex(where: { !$0.isWhitespace }),
      let end = s.lastIndex(where: { !$0.isWhitespace })
    else { return s[s.endIndex...] }
    return s[start...end]
  }
}
