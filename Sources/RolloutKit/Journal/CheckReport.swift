/// What `rollout check` says when a file is in order, or when it mended one.
public enum CheckReport {
  public static func planValid(phases n: Int, _ l: Language) -> String {
    l.say(
      en: "the plan is valid (\(n) phase\(n == 1 ? "" : "s"))",
      fi: "suunnitelma on kunnossa (\(n) \(n == 1 ? "vaihe" : "vaihetta"))",
      nl: "het plan is in orde (\(n) \(n == 1 ? "fase" : "fasen"))")
  }

  public static func journalValid(entries n: Int, _ l: Language) -> String {
    l.say(
      en: "the journal is valid (\(n) entries)",
      fi: "päiväkirja on kunnossa (\(n) \(n == 1 ? "merkintä" : "merkintää"))",
      nl: "het logboek is in orde (\(n) \(n == 1 ? "vermelding" : "vermeldingen"))")
  }

  public static func moved(
    line: Int, bytes: Int, to path: String, batch: TornTail.Batch? = nil, _ l: Language
  ) -> String {
    if let batch {
      return l.say(
        en: "moved the cut-short batch from line \(line) (\(batch.written) of \(batch.expected) "
          + "entries, \(bytes) bytes) to \(path); import the file (or log them) again",
        fi: "keskeytynyt erä riviltä \(line) alkaen (\(batch.written)/\(batch.expected) "
          + "merkintää, \(bytes) tavua) siirrettiin tiedostoon \(path); "
          + "tuo tiedosto (tai kirjaa ne) uudelleen",
        nl: "de afgebroken reeks vanaf regel \(line) (\(batch.written) van \(batch.expected) "
          + "regels, \(bytes) bytes) is verplaatst naar \(path); "
          + "importeer het bestand (of log ze) opnieuw")
    }
    return l.say(
      en: "moved the damaged line \(line) (\(bytes) bytes) to \(path)",
      fi: "vioittunut rivi \(line) (\(bytes) tavua) siirrettiin tiedostoon \(path)",
      nl: "de beschadigde regel \(line) (\(bytes) bytes) is verplaatst naar \(path)")
  }
}
