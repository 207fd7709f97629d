/// Escaping of user text for the report (docs/reports.md): notes, titles and reasons can never
/// break a table, start a block, inject HTML or end a Mermaid block.
public enum MarkdownEscape {
  /// One line of Markdown text, safe inside a paragraph, a list item, a blockquote or a
  /// table cell: line breaks and control characters become single spaces, characters that
  /// would start markup are backslash-escaped, and `<` becomes `&lt;`.
  public static func inline(_ text: String) -> String {
    var out = ""
    for (i, part) in WebLinks.split(singleLine(text)).enumerated() {
      switch part {
      case .text(let plain): out += escaped(plain, atStart: i == 0)
      case .link(let url): out += WebLinks.autolink(url)
      }
    }
    return escapeLeadingListNumber(out)
  }

  /// Plain text (no link in it) with every character that would start markup escaped.
  private static func escaped(_ text: Substring, atStart: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      switch scalar {
      case "\\", "|", "`", "*", "_", "[", "]", "~":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case "<":
        out += "&lt;"
      case "#", ">", "+", "-", "=":
        // At the start these would open a heading, a quote, a list or a setext underline.
        if atStart && offset == 0 { out += "\\" }
        out.unicodeScalars.append(scalar)
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The body of a `> ` blockquote line: like `inline`, but the text's line breaks are
  /// kept. Each line is escaped on its own; a line break becomes a Markdown hard break
  /// (a backslash at the end of the line), blank lines one paragraph break, and every
  /// further line starts with `> ` so that the text stays inside the quote.
  public static func blockquote(_ text: String) -> String {
    var lines: [String] = []
    var blank = false
    for line in lineParts(text) {
      let escaped = inline(line)
      if escaped.isEmpty {
        blank = !lines.isEmpty
        continue
      }
      if blank { lines.append("") }
      lines.append(escaped)
      blank = false
    }
    var out = ""
    for (i, line) in lines.enumerated() {
      if i > 0 { out += line.isEmpty || lines[i - 1].isEmpty ? "\n>" : "\\\n>" }
      if !line.isEmpty { out += (i > 0 ? " " : "") + line }
    }
    return out
  }

  /// Plain text that keeps its line breaks (as `\n`): each line made safe as by
  /// `singleLine`, runs of blank lines kept as one, blank lines at the ends dropped. For
  /// outputs that escape text themselves (HTML) or need no escaping.
  public static func plainLines(_ text: String) -> String {
    var lines: [String] = []
    for line in lineParts(text).map(singleLine) {
      if line.isEmpty, lines.last?.isEmpty ?? true { continue }
      lines.append(line)
    }
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Splits at every kind of line break: `\n`, `\r\n`, `\r`, U+2028, U+2029.
  private static func lineParts(_ text: String) -> [String] {
    var parts: [String] = []
    var current = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && afterCR {
        afterCR = false
        continue
      }
      afterCR = scalar == "\r"
      if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        parts.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    parts.append(String(current))
    return parts
  }

  /// Text inside a double-quoted Mermaid string: no quotes, brackets, entities, comments
  /// or backticks survive, so the chart block cannot be broken or ended early.
  public static func mermaid(_ text: String) -> String {
    var out = ""
    for scalar in singleLine(text).unicodeScalars {
      switch scalar {
      case "\"", "`": out += "'"
      case "[", "{": out += "("
      case "]", "}": out += ")"
      case "<": out += "‹"
      case ">": out += "›"
      case ";": out += ","
      case "#": out += "no. "
      case "%": out += " percent"
      case "\\": out += "/"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Line breaks, tabs and control or bidirectional-override characters become spaces;
  /// runs of spaces collapse to one, and the ends are trimmed.
  static func singleLine(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isBreakOrControl(scalar) || scalar == " " {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    return String(out)
  }

  private static func isBreakOrControl(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x2028, 0x2029: return true
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// `1. text` or `1) text` at the start would become an ordered list.
  private static func escapeLeadingListNumber(_ s: String) -> String {
    let digits = s.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count < 10 else { return s }
    let rest = s.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")" else { return s }
    return String(digits) + "\\" + rest
  }
}
