/// `status`: bars, numbers with units, wrapping and colour for a terminal, on top of
/// `TerminalText`.
extension StatusText {

  /// A progress grade as ten cells and a percentage: `██████░░░░ 60%`. A goal that is not
  /// met never shows a full bar or 100% (a strict target, or rounding, could give it one).
  public func bar(_ progress: Double, notMet: Bool = false) -> String {
    let percent = NumberText.percent(progress)
    return cells(progress, notMet: notMet) + " \(notMet ? min(percent, 99) : percent)%"
  }

  /// Weeks on target against weeks needed: `██████░░░░ 2 of 3 weeks met`.
  public func weeksBar(met: Int, needed: Int, notMet: Bool) -> String {
    let shown = min(max(met, 0), needed)
    let fraction = needed > 0 ? Double(shown) / Double(needed) : 1
    return cells(fraction, notMet: notMet) + " "
      + language.say(
        en: "\(shown) of \(needed) \(needed == 1 ? "week" : "weeks") met",
        fi: "\(shown)/\(needed) viikkoa tavoitteessa",
        nl: "\(shown) van \(needed) \(needed == 1 ? "week" : "weken") gehaald")
  }

  /// Ten cells; never all ten filled for a goal that is not met.
  func cells(_ fraction: Double, notMet: Bool) -> String {
    let rounded = Int((min(max(fraction, 0), 1) * 10).rounded())
    let filled = notMet ? min(rounded, 9) : rounded
    return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
  }

  /// A number as a reader of the language writes it: at most two decimals, a decimal
  /// comma in Finnish and Dutch (`19,5 h`). `status --json` keeps the decimal point.
  func display(_ d: Double) -> String { language.number(d) }

  /// `18.5 h`, `4.1/5`, `85%`.
  func withUnit(_ number: String, _ unit: String?) -> String {
    guard let unit, !unit.isEmpty else { return number }
    return unit.hasPrefix("%") || unit.hasPrefix("/") ? number + unit : number + " " + unit
  }

  func wrap(_ facts: [String], indent: Int) -> [String] {
    TerminalText.wrap(facts, indent: indent, width: width, colour: colour)
  }

  /// Cuts a line to the width with `…`, never inside a colour code.
  func truncate(_ line: String) -> String {
    TerminalText.fitted(line, width: width, colour: colour)
  }

  func flat(_ s: String) -> String { TerminalText.flat(s) }

  func bold(_ s: String) -> String { paint(s, "1") }

  func paint(_ s: String, _ code: String) -> String {
    TerminalText.paint(s, code, colour: colour)
  }
}
