/// Text measured in terminal columns, for output cut to the width of a terminal.
public enum TerminalText {
  /// `text` cut to at most `width` columns, ending in "…" when anything was cut.
  public static func fitted(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    var used = 0
    var out = ""
    var cut = false
    for character in text {
      let w = columns(character)
      if used + w > width {
        cut = true
        break
      }
      out.append(character)
      used += w
    }
    guard cut else { return text }
    // Make room for the ellipsis, one column.
    while used + 1 > width, let last = out.popLast() { used -= columns(last) }
    return out + "…"
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
}
