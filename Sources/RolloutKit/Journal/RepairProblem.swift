/// Why `check --repair` left the journal as it was, as a value worded once per language.
public enum RepairProblem: Sendable, Hashable {
  /// `<journal>.rejected` is a symbolic link: damaged lines are never written through one.
  case rejectedIsALink(String)
}

extension RepairProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .rejectedIsALink(let path):
      return l.say(
        en: "\(path) is a symbolic link; the damaged lines are never written through one",
        fi: "\(path) on symbolinen linkki; vioittuneita rivejä ei koskaan kirjoiteta linkin kautta",
        nl: "\(path) is een symbolische link; beschadigde regels worden nooit via een link "
          + "geschreven")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .rejectedIsALink:
      return l.say(
        en: "remove or rename the link, then run 'rollout check --repair' again; "
          + "the journal is unchanged",
        fi: "poista tai nimeä linkki uudelleen ja aja 'rollout check --repair' uudestaan; "
          + "päiväkirja on ennallaan",
        nl: "verwijder of hernoem de link en voer 'rollout check --repair' opnieuw uit; "
          + "het logboek is ongewijzigd")
    }
  }
}
