/// A batch of entries (an import) that was cut short, as a value worded once per language
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
        en: "the import of \(expected) entries that begins here was cut short: "
          + "\(written) were written, and none of them count",
        fi: "tästä alkava \(expected) merkinnän tuonti katkesi kesken: "
          + "\(written) kirjoitettiin, eikä yhtäkään niistä lasketa",
        nl: "de import van \(expected) regels die hier begint is afgebroken: "
          + "\(written) zijn geschreven, en geen ervan telt mee")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .cut(_, _, true, let file):
      return l.say(
        en: "run 'rollout check --repair' to move the whole import to \(file).rejected, "
          + "then import the file again",
        fi: "aja 'rollout check --repair', joka siirtää koko tuonnin tiedostoon "
          + "\(file).rejected, ja tuo tiedosto sitten uudelleen",
        nl: "voer 'rollout check --repair' uit om de hele import naar \(file).rejected te "
          + "verplaatsen, en importeer het bestand daarna opnieuw")
    case .cut(_, _, false, _):
      return l.say(
        en: "remove the lines of this import up to the next '# batch' line, "
          + "then import the file again",
        fi: "poista tämän tuonnin rivit seuraavaan '# batch'-riviin asti "
          + "ja tuo tiedosto sitten uudelleen",
        nl: "verwijder de regels van deze import tot de volgende regel '# batch', "
          + "en importeer het bestand daarna opnieuw")
    }
  }
}
