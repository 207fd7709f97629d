/// Metric values as people type them (docs/journal.md): `18.5` or `18,5`, `1 234` with its
/// thousands spaced, `1.234,5` or `1,234.5` with both marks. A value that reads two ways in
/// the user's language — `1.234` to a Finn or a Dutch person, `1,234` to an English one, a
/// thousand and more or one and a fraction — is refused, never guessed.
public enum MetricInput {
  /// The number, or the problem as a value that words itself.
  public static func read(_ text: String, language: Language) -> Result<Double, MetricValueProblem>
  {
    let trimmed = text.trimmingSpaces
    if trimmed.isEmpty { return .failure(.empty) }
    let digits = withoutThousandsSpaces(trimmed)
    if let two = bothMarks(digits) { return .success(two) }
    if isAmbiguous(digits, in: language) { return .failure(.ambiguous(digits)) }
    return parse(digits).map { .success($0) } ?? .failure(.notANumber(text))
  }

  /// The number as `rollout metric` takes it, or a diagnostic in `language`.
  public static func value(_ text: String, language: Language = .en) throws(DiagnosticsError)
    -> Double
  {
    switch read(text, language: language) {
    case .success(let value): return value
    case .failure(let problem): throw DiagnosticsError(Diagnostic(problem))
    }
  }

  /// A finite number from `18.5` or `18,5`, or `nil`.
  public static func parse(_ text: String) -> Double? {
    parseFiniteNumber(text.trimmingSpaces.replacingComma)
  }

  /// `1 234` → `1234`: spaces (also no-break ones) between groups of three digits.
  static func withoutThousandsSpaces(_ text: String) -> String {
    let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}"]
    guard text.contains(where: spaces.contains) else { return text }
    var body = Substring(text)
    let sign = body.first == "-" ? "-" : ""
    if !sign.isEmpty { body = body.dropFirst() }
    let end = body.firstIndex { $0 == "," || $0 == "." } ?? body.endIndex
    let groups = body[..<end].split(whereSeparator: spaces.contains)
    guard groups.count > 1, (1...3).contains(groups[0].count),
      groups.allSatisfy({ $0.allSatisfy(isDigit) }),
      groups.dropFirst().allSatisfy({ $0.count == 3 }),
      !body[end...].contains(where: spaces.contains)
    else { return text }
    return sign + groups.joined() + body[end...]
  }

  /// `1.234,5` or `1,234.5`: the last mark is the decimal one, the other groups thousands.
  static func bothMarks(_ text: String) -> Double? {
    guard let last = text.lastIndex(where: { $0 == "," || $0 == "." }) else { return nil }
    let decimal = text[last]
    let thousands: Character = decimal == "," ? "." : ","
    let whole = text[..<last]
    guard whole.contains(thousands), !whole.contains(decimal) else { return nil }
    var body = Substring(whole)
    if body.first == "-" { body = body.dropFirst() }
    let groups = body.split(separator: thousands, omittingEmptySubsequences: false)
    guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
      groups.allSatisfy({ $0.allSatisfy(isDigit) })
    else { return nil }
    let plain = whole.filter { $0 != thousands } + "." + text[text.index(after: last)...]
    return parseFiniteNumber(String(plain))
  }

  /// One mark, three digits after it, one to three before (not a lone 0), and the mark is
  /// the one this language groups thousands with (or would read as another's).
  static func isAmbiguous(_ text: String, in language: Language) -> Bool {
    let grouping: Character = language == .en ? "," : "."
    var body = Substring(text)
    if body.first == "-" { body = body.dropFirst() }
    let parts = body.split(separator: grouping, omittingEmptySubsequences: false)
    guard parts.count == 2, (1...3).contains(parts[0].count), parts[0] != "0",
      parts[1].count == 3
    else { return false }
    return parts.allSatisfy { $0.allSatisfy(isDigit) }
  }
}

private func isDigit(_ c: Character) -> Bool { c >= "0" && c <= "9" }

/// Why a value typed for `rollout metric` is not taken (docs/journal.md).
public enum MetricValueProblem: Error, Hashable, Worded {
  case empty
  case notANumber(String)
  /// `1.234` in Finnish or Dutch, `1,234` in English.
  case ambiguous(String)

  public func message(in l: Language) -> String {
    switch self {
    case .empty:
      return l.say(en: "the value is empty", fi: "arvo puuttuu", nl: "de waarde is leeg")
    case .notANumber(let text):
      return l.say(
        en: "'\(text)' is not a number rollout can use",
        fi: "'\(text)' ei ole luku, jota rollout voi käyttää",
        nl: "'\(text)' is geen getal dat rollout kan gebruiken")
    case .ambiguous(let text):
      let (thousands, decimal) = Self.readings(of: text, in: l)
      return l.say(
        en: "'\(text)' reads two ways: \(thousands) or \(decimal)",
        fi: "'\(text)' on monitulkintainen: \(thousands) vai \(decimal)?",
        nl: "'\(text)' is dubbelzinnig: \(thousands) of \(decimal)?")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .empty, .notANumber:
      return l.say(
        en: "give an ordinary number such as 18.5 or 18,5",
        fi: "anna tavallinen luku, esimerkiksi 18,5",
        nl: "geef een gewoon getal, zoals 18,5")
    case .ambiguous(let text):
      let (thousands, decimal) = Self.readings(of: text, in: l)
      return l.say(
        en: "write \(thousands) for the whole number, or \(decimal) for the fraction",
        fi:
          "kirjoita \(thousands), jos tarkoitat kokonaislukua, tai \(decimal), jos desimaalilukua",
        nl: "schrijf \(thousands) voor het hele getal, of \(decimal) voor het decimale getal")
    }
  }

  /// The two ways an ambiguous value reads: `1234`, and `1,234` (or `1.234` in English).
  private static func readings(of text: String, in l: Language) -> (String, String) {
    let mark: Character = l == .en ? "." : ","
    return (
      text.filter { $0 != "," && $0 != "." },
      String(text.map { $0 == "," || $0 == "." ? mark : $0 })
    )
  }
}
