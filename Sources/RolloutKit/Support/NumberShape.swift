/// What a number's text looks like, before its convention is known.
/// Shared by the import, which decides a file's decimal mark once, and `rollout metric`,
/// which reads one value as a person typed it.
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

  /// The number with `mark` as its decimal mark and every other `,`/`.` dropped as a
  /// thousands separator; `nil` when it overflows.
  func value(decimal mark: Character?) -> Double? {
    let text = String(
      body.lazy.filter { ($0 != "," && $0 != ".") || $0 == mark }.map { $0 == mark ? "." : $0 })
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  /// The one `,` or `.` of a number that has a single mark used once (`1,234`, `18.5`).
  var singleMark: Character? {
    guard decimalMark == nil, marks.count == 1, body.filter({ $0 == marks[0] }).count == 1 else {
      return nil
    }
    return marks[0]
  }

  /// The digits before the first mark, without the sign (`1` in `-1,234`).
  var wholeDigits: Substring {
    let text = String(body.drop { $0 == "-" || $0 == "+" })
    return text[..<(text.firstIndex { $0 == "," || $0 == "." } ?? text.endIndex)]
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
