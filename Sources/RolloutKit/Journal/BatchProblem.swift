/// A batch of entries written together (an import, a retraction of several ids) that was
/// cut short, as a value worded once per language
/// (docs/journal.md).
public enum BatchProblem: Sendable, Hashable {
  /// A batch of `expected` entries of which `written` were complete when it stopped; `atEnd`
  /// when it is the journal's tail (`check --repair` moves it), else another batch follows.
  case cut(expected: Int, written: Int, atEnd: Bool, file: String)
}

extension BatchProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .cut(let expected, let written, _, _):
      return l.say(
        en: "the \(expected) entries written together from here (an import) were cut short: "
          + "\(written) were written, and none of them count",
        fi: "tästä alkaen yhdessä kirjoitetut \(expected) merkintää (tuonti) katkesivat kesken: "
          + "\(written) kirjoitettiin, eikä yhtäkään niistä lasketa",
        nl: "de \(expected) regels die vanaf hier samen zijn geschreven (een import) zijn "
          + "afgebroken: \(written) zijn geschreven, en geen ervan telt mee")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .cut(_, _, true, let file):
      return l.say(
        en: "run 'rollout check --repair' to move all of them to \(file).rejected, "
          + "then import the file (or log them) again",
        fi: "aja 'rollout check --repair', joka siirtää ne kaikki tiedostoon "
          + "\(file).rejected, ja tuo tiedosto (tai kirjaa ne) sitten uudelleen",
        nl: "voer 'rollout check --repair' uit om ze allemaal naar \(file).rejected te "
          + "verplaatsen, en importeer het bestand (of log ze) daarna opnieuw")
    case .cut(_, _, false, _):
      return l.say(
        en: "remove these lines up to the next '# batch' line, "
          + "then import the file (or log them) again",
        fi: "poista nämä rivit seuraavaan '# batch'-riviin asti "
          + "ja tuo tiedosto (tai kirjaa ne) sitten uudelleen",
        nl: "verwijder deze regels tot de volgende regel '# batch', "
          + "en importeer het bestand (of log ze) daarna opnieuw")
    }
  }
}
