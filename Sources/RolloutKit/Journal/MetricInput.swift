/// Metric values as people type them.
public enum MetricInput {
  /// A finite number from `18.5` or `18,5`; `nan`, `inf`, overflowing numbers, words and
  /// empty text are refused with a message.
  public static func value(_ text: String) throws(DiagnosticsError) -> Double {
    if let v = parse(text) { return v }
    throw DiagnosticsError(
      Diagnostic(
        message: text.trimmingSpaces.isEmpty
          ? "the value is empty" : "'\(text)' is not a number rollout can use",
        suggestion: "give an ordinary number such as 18.5 or 18,5"))
  }

  /// The number, or `nil`.
  public static func parse(_ text: String) -> Double? {
    parseFiniteNumber(text.trimmingSpaces.replacingComma)
  }
}
