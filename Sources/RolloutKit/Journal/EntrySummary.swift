/// Entries in words, for a terminal: what a command logged, and `rollout log` lines.
public enum EntrySummary {
  /// `c3f09a1e  logged a note in 2026-W48: pilot: …`: the new id first, for scripts.
  public static func logged(_ entry: Entry, language l: Language = .en) -> String {
    let w = entry.week
    let done = l.say(
      en: "logged \(kindWords(entry.kind, l)) in \(w)",
      fi: "kirjattu \(kindWords(entry.kind, l)) viikolle \(w)",
      nl: "gelogd: \(kindWords(entry.kind, l)) in \(w)")
    return "\(entry.id)  \(done): " + what(entry, language: l)
  }

  /// `would log: metric in 2026-W48: dialogit = 30 (phone)`: a dry run's line, without
  /// an id, since the real run draws new ones.
  public static func wouldLog(_ entry: Entry, language l: Language = .en) -> String {
    let kind = kindName(entry.kind, l)
    return l.say(
      en: "would log: \(kind) in \(entry.week): ",
      fi: "kirjattaisiin: \(kind) viikolle \(entry.week): ",
      nl: "zou loggen: \(kind) in \(entry.week): ") + what(entry, language: l)
  }

  /// What kind of entry, as a confirmation names it: "a note", "an assessment".
  static func kindWords(_ kind: Entry.Kind, _ l: Language) -> String {
    switch kind {
    case .note: return l.say(en: "a note", fi: "havainto", nl: "een notitie")
    case .metric: return l.say(en: "a metric value", fi: "mittarin arvo", nl: "een meetwaarde")
    case .assess: return l.say(en: "an assessment", fi: "arvio", nl: "een beoordeling")
    case .decide: return l.say(en: "a decision", fi: "päätös", nl: "een besluit")
    case .retract: return l.say(en: "a retraction", fi: "peruutus", nl: "een intrekking")
    }
  }

  /// The kind as a column of `rollout log` names it: `note` in English (as typed),
  /// `havainto` in Finnish, `notitie` in Dutch.
  static func kindName(_ kind: Entry.Kind, _ l: Language) -> String {
    switch kind {
    case .note: return l.say(en: "note", fi: "havainto", nl: "notitie")
    case .metric: return l.say(en: "metric", fi: "mittari", nl: "meetwaarde")
    case .assess: return l.say(en: "assess", fi: "arvio", nl: "beoordeling")
    case .decide: return l.say(en: "decide", fi: "päätös", nl: "besluit")
    case .retract: return l.say(en: "retract", fi: "peruutus", nl: "intrekking")
    }
  }

  /// What the entry says, in one line.
  public static func what(_ entry: Entry, language l: Language = .en) -> String {
    switch entry.body {
    case .note(let n):
      var about = n.phase
      if let goal = n.goal { about += "/" + goal }
      let extras =
        [n.channel, n.sentiment.map { $0.words(in: l) }].compactMap { $0 }
        + n.tags.map { "#" + $0 }
        + [n.via.map { "via " + $0 }].compactMap { $0 }
      if !extras.isEmpty { about += " (" + extras.joined(separator: ", ") + ")" }
      return about + ": " + oneLine(n.text)
    case .metric(let m):
      var s = "\(m.metric) = \(l.exact(m.value))"
      if let channel = m.channel { s += " (\(channel))" }
      if let text = m.text { s += ": " + oneLine(text) }
      return s
    case .assess(let a):
      return "\(a.goal) \(a.verdict.words(in: l)): " + oneLine(a.text)
    case .decide(let d):
      let phase = l.say(en: d.phase, fi: "vaiheesta \(d.phase)", nl: d.phase)
      return "\(phase) \(d.decision.words(in: l)): " + oneLine(d.text)
    case .retract(let r):
      return l.say(en: "withdraws \(r.target)", fi: "peruu \(r.target)", nl: "trekt \(r.target) in")
        + ": " + oneLine(r.text)
    }
  }

  /// User text made safe for one terminal line: line breaks shown as `⏎`, other control
  /// characters (which could drive the terminal) as `�`.
  public static func oneLine(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for u in text.unicodeScalars {
      switch u.value {
      case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: out += " ⏎ "
      case 0x09: out += " "
      case 0..<0x20, 0x7F..<0xA0: out += "�"
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
