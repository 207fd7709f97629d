import YAML

/// A journal line that is not a valid entry, or a journal file that cannot be read or
/// written (docs/journal.md), as a value worded once per language.
public enum JournalProblem: Sendable, Hashable {
  /// What was being done to the journal file when it failed.
  public enum Access: Sendable, Hashable {
    case read, open, lock, flush, examine, openForRepair, shorten
    case write(reason: String?)
  }

  case fileFailed(Access)
  case tornTail(file: String)
  case notOneLine
  /// An entry written as a block (`- id: …` lines) instead of `- {…}`.
  case notFlow
  case continuesOnNextLine
  case notAMapping(found: Node.Kind)
  case fieldNotAWord
  case fieldTwice(String)
  case unknownField(String, kind: String, allowed: [String])
  /// `value: 62,5`: YAML reads the decimal comma as the end of the field.
  case decimalComma(field: String, whole: String, fraction: String)
  case notAnEntryID(String, target: Bool)
  case notATimestamp(String)
  case noKind(kinds: [String])
  case kindNotAWord(found: Node.Kind)
  case notAKind(String, kinds: [String])
  case notAWeek(String)
  case missingField(String, kind: String?, words: [String]?)
  case notText(String, found: Node.Kind)
  case notAList(String, found: Node.Kind, written: String?)
  case itemNotAWord(String, found: Node.Kind)
  /// A number in quotes (`"18.5"`, or `"18,5"`): `looksNumeric` when it reads as one.
  case notANumber(String, found: Node.Kind, looksNumeric: Bool)
  case notFinite(String, written: String)
  case notAChoice(String, field: String, words: [String])
  case idUsedTwice(String, firstLine: Int)
  case withdrawsItself(String)
  case afterStop(decision: String, phase: String, week: ISOWeek, stopWeek: ISOWeek, stopLine: Int)
}

extension JournalProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .fileFailed(let access): return access.message(l)
    case .tornTail:
      return l.say(
        en: "the last line is cut short (no newline, not a complete entry): a write was "
          + "probably interrupted",
        fi: "viimeinen rivi on katkennut (ei rivinvaihtoa eikä kokonaista merkintää): "
          + "kirjoitus luultavasti keskeytyi",
        nl: "de laatste regel is afgebroken (geen regeleinde, geen volledige vermelding): "
          + "het schrijven is waarschijnlijk onderbroken")
    case .notOneLine, .notFlow:
      return l.say(
        en: "each entry must be on one line, written as - {…}",
        fi: "jokaisen merkinnän pitää olla yhdellä rivillä muodossa - {…}",
        nl: "elke vermelding moet op één regel staan, geschreven als - {…}")
    case .continuesOnNextLine:
      return l.say(
        en: "each entry must be on one line; this one continues on the next line",
        fi: "jokaisen merkinnän pitää olla yhdellä rivillä; tämä jatkuu seuraavalle riville",
        nl: "elke vermelding moet op één regel staan; deze loopt door op de volgende regel")
    case .notAMapping(let kind):
      let found = Found.kind(kind).clause(l)
      return l.say(
        en: "an entry must be a '{key: value, …}' mapping, \(found)",
        fi: "merkinnän pitää olla muotoa '{avain: arvo, …}', \(found)",
        nl: "een vermelding moet de vorm '{sleutel: waarde, …}' hebben, \(found)")
    case .fieldNotAWord:
      return l.say(
        en: "a field name must be a plain word", fi: "kentän nimen pitää olla tavallinen sana",
        nl: "een veldnaam moet een gewoon woord zijn")
    case .fieldTwice(let key):
      return l.say(
        en: "the field '\(key)' appears twice in this entry",
        fi: "kenttä '\(key)' on tässä merkinnässä kahdesti",
        nl: "het veld '\(key)' staat twee keer in deze vermelding")
    case .unknownField(let key, let kind, _):
      return l.say(
        en: "a \(kind) entry has no field '\(key)'",
        fi: "'\(kind)'-merkinnässä ei ole kenttää '\(key)'",
        nl: "een '\(kind)'-vermelding heeft geen veld '\(key)'")
    case .decimalComma(let field, let whole, let fraction):
      return l.say(
        en: "'\(field): \(whole),\(fraction)' has a decimal comma; a journal is YAML, where a "
          + "comma ends the field, so this reads as \(whole) and a field '\(fraction)'",
        fi: "kohdassa '\(field): \(whole),\(fraction)' on desimaalipilkku; päiväkirja on YAMLia, "
          + "jossa pilkku päättää kentän, joten tämä luetaan arvoksi \(whole) ja kentäksi "
          + "'\(fraction)'",
        nl: "in '\(field): \(whole),\(fraction)' staat een decimale komma; een logboek is YAML, "
          + "waarin een komma het veld afsluit, dus dit wordt gelezen als \(whole) en een veld "
          + "'\(fraction)'")
    case .notAnEntryID(let text, _):
      return l.say(
        en: "'\(text)' is not an entry id", fi: "'\(text)' ei ole merkinnän tunnus",
        nl: "'\(text)' is geen id van een vermelding")
    case .notATimestamp(let text):
      return l.say(
        en: "'\(text)' is not a recording time", fi: "'\(text)' ei ole kirjausaika",
        nl: "'\(text)' is geen registratietijd")
    case .noKind:
      return l.say(
        en: "the entry has no 'kind'", fi: "merkinnästä puuttuu 'kind'",
        nl: "de vermelding heeft geen 'kind'")
    case .kindNotAWord(let kind):
      let found = Found.kind(kind).clause(l)
      return l.say(
        en: "'kind' must be one word, \(found)", fi: "kentän 'kind' pitää olla yksi sana, \(found)",
        nl: "'kind' moet één woord zijn, \(found)")
    case .notAKind(let text, _):
      return l.say(
        en: "'\(text)' is not a kind of entry", fi: "'\(text)' ei ole merkinnän laji",
        nl: "'\(text)' is geen soort vermelding")
    case .notAWeek(let text):
      return l.say(
        en: "'\(text)' is not an ISO week", fi: "'\(text)' ei ole ISO-viikko",
        nl: "'\(text)' is geen ISO-week")
    case .missingField(let key, let kind, _):
      return kind.map { kind in
        l.say(
          en: "a \(kind) entry needs the field '\(key)'",
          fi: "'\(kind)'-merkintä tarvitsee kentän '\(key)'",
          nl: "een '\(kind)'-vermelding heeft het veld '\(key)' nodig")
      }
        ?? l.say(
          en: "the entry needs the field '\(key)'", fi: "merkintä tarvitsee kentän '\(key)'",
          nl: "de vermelding heeft het veld '\(key)' nodig")
    case .notText(let key, let kind):
      let found = Found.kind(kind).clause(l)
      return l.say(
        en: "'\(key)' must be text, \(found)", fi: "kentän '\(key)' pitää olla tekstiä, \(found)",
        nl: "'\(key)' moet tekst zijn, \(found)")
    case .notAList(let key, let kind, _):
      let found = Found.kind(kind).clause(l)
      return l.say(
        en: "'\(key)' must be a list like [chat, email], \(found)",
        fi: "kentän '\(key)' pitää olla luettelo, kuten [chat, email], \(found)",
        nl: "'\(key)' moet een lijst zijn zoals [chat, email], \(found)")
    case .itemNotAWord(let key, let kind):
      let found = Found.kind(kind).clause(l)
      return l.say(
        en: "each of '\(key)' must be one word, \(found)",
        fi: "kentän '\(key)' jokaisen kohdan pitää olla yksi sana, \(found)",
        nl: "elk item van '\(key)' moet één woord zijn, \(found)")
    case .notANumber(let key, let kind, _):
      let found = Found.kind(kind).clause(l)
      return l.say(
        en: "'\(key)' must be a number, \(found)", fi: "kentän '\(key)' pitää olla luku, \(found)",
        nl: "'\(key)' moet een getal zijn, \(found)")
    case .notFinite(let key, let written):
      return l.say(
        en: "'\(key)' must be a finite number, not '\(written)'",
        fi: "kentän '\(key)' pitää olla äärellinen luku, ei '\(written)'",
        nl: "'\(key)' moet een eindig getal zijn, niet '\(written)'")
    case .notAChoice(let text, let field, _):
      return l.say(
        en: "'\(text)' is not a valid \(field)",
        fi: "'\(text)' ei kelpaa kentän '\(field)' arvoksi",
        nl: "'\(text)' is geen geldige waarde voor '\(field)'")
    case .idUsedTwice(let id, let line):
      return l.say(
        en: "the id '\(id)' is already used on line \(line)",
        fi: "tunnus '\(id)' on jo käytössä rivillä \(line)",
        nl: "de id '\(id)' wordt al gebruikt op regel \(line)")
    case .withdrawsItself(let id):
      return l.say(
        en: "the entry '\(id)' withdraws itself, which cannot be",
        fi: "merkintä '\(id)' peruu itsensä, mikä ei ole mahdollista",
        nl: "de vermelding '\(id)' trekt zichzelf in, en dat kan niet")
    case .afterStop(let decision, let phase, let week, let stopWeek, let line):
      return l.say(
        en: "this '\(decision)' about '\(phase)' for \(week) does not count: the phase was "
          + "stopped in \(stopWeek) (line \(line)), and a stop is final",
        fi: "tämä '\(decision)'-päätös vaiheesta '\(phase)' viikolle \(week) ei ole voimassa: "
          + "vaihe lopetettiin viikolla \(stopWeek) (rivi \(line)), ja lopetus on lopullinen",
        nl: "deze '\(decision)' over '\(phase)' voor \(week) telt niet: de fase is gestopt in "
          + "\(stopWeek) (regel \(line)), en een stop is definitief")
    }
  }
}

extension JournalProblem.Access {
  func message(_ l: Language) -> String {
    switch self {
    case .read:
      return l.say(
        en: "the journal cannot be read", fi: "päiväkirjaa ei voi lukea",
        nl: "het logboek kan niet worden gelezen")
    case .open:
      return l.say(
        en: "the journal cannot be opened for writing",
        fi: "päiväkirjaa ei voi avata kirjoittamista varten",
        nl: "het logboek kan niet worden geopend om te schrijven")
    case .lock:
      return l.say(
        en: "the journal cannot be locked", fi: "päiväkirjaa ei voi lukita",
        nl: "het logboek kan niet worden vergrendeld")
    case .write(let reason):
      let why = reason.map { " (\($0))" } ?? ""
      return l.say(
        en: "the journal could not be written\(why)", fi: "päiväkirjaan ei voitu kirjoittaa\(why)",
        nl: "het logboek kon niet worden geschreven\(why)")
    case .shorten:
      return l.say(
        en: "the journal could not be shortened", fi: "päiväkirjaa ei voitu lyhentää",
        nl: "het logboek kon niet worden ingekort")
    case .flush:
      return l.say(
        en: "the journal could not be flushed to disk",
        fi: "päiväkirjaa ei saatu tallennettua levylle",
        nl: "het logboek kon niet naar schijf worden weggeschreven")
    case .examine:
      return l.say(
        en: "the journal cannot be examined", fi: "päiväkirjaa ei voi tutkia",
        nl: "het logboek kan niet worden onderzocht")
    case .openForRepair:
      return l.say(
        en: "the journal cannot be opened for repair", fi: "päiväkirjaa ei voi avata korjattavaksi",
        nl: "het logboek kan niet worden geopend om te herstellen")
    }
  }
}
