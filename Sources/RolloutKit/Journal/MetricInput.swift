/// Metric values as people type them (docs/journal.md): `18.5` or `18,5`, `1 234` with its
/// thousands spaced, `1.234,5` or `1,234.5` with both marks. A value that reads two ways in
/// the user's language — `1.234` to a Finn or a Dutch person, `1,234` to an English one, a
/// thousand and more or one and a fraction — is refused, never guessed.
public enum MetricInput {
  /// The number, or the problem as a value that words itself. The shape of the text is
  /// read as the import reads a cell (`NumberShape`); what differs is the one mark used
  /// once: a person's `18.5` and `18,5` are both decimals, unless three digits follow the
  /// mark this language groups thousands with.
  public static func read(_ text: String, language: Language) -> Result<Double, MetricValueProblem>
  {
    let trimmed = text.trimmingSpaces
    if trimmed.isEmpty { return .failure(.empty) }
    guard let shape = NumberShape(trimmed).valid else {
      // `1e3` and the like.
      return parseFiniteNumber(trimmed).map { .success($0) } ?? .failure(.notANumber(text))
    }
    let grouping: Character = language == .en ? "," : "."
    if let mark = shape.singleMark, mark == grouping, shape.groupedAfterMark,
      (1...3).contains(shape.wholeDigits.count), shape.wholeDigits != "0"
    {
      return .failure(.ambiguous(String(shape.body)))
    }
    // A mark used once is the decimal one; two marks or a repeated one group thousands.
    let decimal = shape.singleMark ?? shape.decimalMark
    return shape.value(decimal: decimal).map { .success($0) } ?? .failure(.notANumber(text))
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
}

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
