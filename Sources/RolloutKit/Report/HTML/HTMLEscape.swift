/// User text made safe in HTML and in an inline `<svg>`, as content or as a double-quoted
/// attribute value (rollout writes no other): the one escape of the report's charts and of
/// `rollout serve`'s pages.
public enum HTMLEscape {
  /// `&`, `<`, `>` and `"` as entities; control characters other than tab and line breaks
  /// dropped (XML does not allow them, so an `<svg>` holding one would not parse).
  public static func text(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        {
          continue
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
