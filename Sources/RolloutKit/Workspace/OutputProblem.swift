/// Why a file that rollout writes (`report --out`) could not be written, as a value worded
/// once per language. The system's own reason ("No space left on device", "Is a
/// directory") is kept as it is: it says what to fix.
public enum OutputProblem: Sendable, Hashable {
  /// Creating, writing, flushing or renaming failed for the system's `reason`.
  case cannotWrite(reason: String)
}

extension OutputProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .cannotWrite(let reason):
      return l.say(
        en: "the report cannot be written: \(reason)",
        fi: "raporttia ei voi kirjoittaa: \(reason)",
        nl: "het rapport kan niet worden geschreven: \(reason)")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .cannotWrite:
      return l.say(
        en: "check the path, the free space and that you may write there",
        fi: "tarkista polku, vapaa tila ja kirjoitusoikeus",
        nl: "controleer het pad, de vrije ruimte en of je daar mag schrijven")
    }
  }
}
