/// Text for a terminal, in one place: measured in columns (wide letters and emoji take two,
/// colour codes none), cut and wrapped to a width, painted only when colour is on, and
/// cleaned of control characters that could drive the terminal.
public enum TerminalText {
  /// `text` cut to at most `width` columns, ending in "…" when anything was cut. Colour
  /// codes are kept whole (never cut inside), and with `colour` a reset follows the "…".
  public static func fitted(_ text: String, width: Int, colour: Bool = false) -> String {
    guard width > 0 else { return "" }
    guard visibleWidth(text) > width else { return text }
    var out = ""
    var used = 0
    var full = false
    var inEscape = false
    for character in text {
      if character == "\u{1B}" { inEscape = true }
      if inEscape {
        out.append(character)
        if character == "m" { inEscape = false }
        continue
      }
      // One column stays free for the ellipsis.
      let w = columns(character)
      if full || used + w > width - 1 {
        full = true
        continue
      }
      out.append(character)
      used += w
    }
    return out + "…" + (colour ? reset : "")
  }

  /// The columns `text` takes on a terminal, colour codes left out.
  public static func visibleWidth(_ text: String) -> Int {
    var count = 0
    var inEscape = false
    for character in text {
      if character == "\u{1B}" { inEscape = true }
      if inEscape {
        if character == "m" { inEscape = false }
        continue
      }
      count += columns(character)
    }
    return count
  }

  /// Columns a character takes: two for East Asian wide letters and emoji, else one.
  public static func columns(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.count > 1
      && character.unicodeScalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2  // an emoji presentation sequence
    }
    switch first.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// Joins facts with ` · `, starting a new line before one would pass `width`; a fact
  /// too long for a line of its own is broken between words. Every line starts with
  /// `indent` spaces.
  public static func wrap(_ facts: [String], indent: Int, width: Int, colour: Bool = false)
    -> [String]
  {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    for fact in facts {
      if !line.isEmpty, visibleWidth(line) + 3 + visibleWidth(fact) <= width {
        line += " · " + fact
        continue
      }
      if !line.isEmpty { lines.append(line) }
      let pieces = breakWords(fact, width: width - indent, colour: colour).map { pad + $0 }
      lines += pieces.dropLast()
      line = pieces.last ?? ""
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// Breaks text between words into lines of at most `width` columns; a single word longer
  /// than that is cut with `…`.
  public static func breakWords(_ text: String, width: Int, colour: Bool = false) -> [String] {
    guard visibleWidth(text) > width else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ").map(String.init) {
      let piece = visibleWidth(word) > width ? fitted(word, width: width, colour: colour) : word
      if line.isEmpty {
        line = piece
      } else if visibleWidth(line) + 1 + visibleWidth(piece) <= width {
        line += " " + piece
      } else {
        lines.append(line)
        line = piece
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// User text on one line, with no control characters that could drive the terminal.
  public static func flat(_ s: String) -> String {
    String(
      s.map { c in c.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : c
      })
  }

  /// `s` in the SGR colour `code` (`"32"` green, `"1"` bold…) when `colour` is on.
  public static func paint(_ s: String, _ code: String, colour: Bool) -> String {
    colour && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
  }

  static let reset = "\u{1B}[0m"
}
