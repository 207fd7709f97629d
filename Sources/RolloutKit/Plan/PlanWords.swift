import YAML

/// A part of the plan a problem is in, named in each language (and, in Finnish, in the
/// cases a sentence needs).
public enum PlanPart: Sendable, Hashable {
  case plan, objective, phase, goal, breakItem
  case metric(String)

  /// "the plan", "a goal", "the metric 'csat'".
  func name(_ l: Language) -> String {
    switch self {
    case .plan: return l.say(en: "the plan", fi: "suunnitelma", nl: "het plan")
    case .objective: return l.say(en: "an objective", fi: "päämäärä", nl: "een doelstelling")
    case .phase: return l.say(en: "a phase", fi: "vaihe", nl: "een fase")
    case .goal: return l.say(en: "a goal", fi: "tavoite", nl: "een doel")
    case .breakItem: return l.say(en: "a break", fi: "tauko", nl: "een pauze")
    case .metric(let id):
      return l.say(en: "the metric '\(id)'", fi: "mittari '\(id)'", nl: "de meetwaarde '\(id)'")
    }
  }

  /// The bare noun, for "the phase id": "phase", Finnish "vaihe" (as in "vaihetunnus").
  func noun(_ l: Language) -> String {
    switch self {
    case .plan: return l.say(en: "plan", fi: "suunnitelma", nl: "plan")
    case .objective: return l.say(en: "objective", fi: "päämäärä", nl: "doelstelling")
    case .phase: return l.say(en: "phase", fi: "vaihe", nl: "fase")
    case .goal: return l.say(en: "goal", fi: "tavoite", nl: "doel")
    case .breakItem: return l.say(en: "break", fi: "tauko", nl: "pauze")
    case .metric: return l.say(en: "metric", fi: "mittari", nl: "meetwaarde")
    }
  }

  /// Finnish inessive ("suunnitelmassa"), English and Dutch "in the plan".
  func inside(_ l: Language) -> String {
    switch (self, l) {
    case (_, .en), (_, .nl): return l.say(en: "in ", fi: "", nl: "in ") + name(l)
    case (.plan, .fi): return "suunnitelmassa"
    case (.objective, .fi): return "päämäärässä"
    case (.phase, .fi): return "vaiheessa"
    case (.goal, .fi): return "tavoitteessa"
    case (.breakItem, .fi): return "tauossa"
    case (.metric(let id), .fi): return "mittarissa '\(id)'"
    }
  }

  /// Finnish allative ("vaiheelle"), for "anna jokaiselle …"; the bare noun elsewhere.
  func allative(_ l: Language) -> String {
    guard l == .fi else { return noun(l) }
    switch self {
    case .plan: return "suunnitelmalle"
    case .objective: return "päämäärälle"
    case .phase: return "vaiheelle"
    case .goal: return "tavoitteelle"
    case .breakItem: return "tauolle"
    case .metric: return "mittarille"
    }
  }

  /// Finnish elative ("suunnitelmasta"), for "… puuttuu".
  func from(_ l: Language) -> String {
    switch self {
    case .plan: return "suunnitelmasta"
    case .objective: return "päämäärästä"
    case .phase: return "vaiheesta"
    case .goal: return "tavoitteesta"
    case .breakItem: return "tauosta"
    case .metric(let id): return "mittarista '\(id)'"
    }
  }
}

/// A problem in a plan file, with the names and numbers it needs (docs/plan.md).
public enum PlanProblem: Sendable, Hashable {
  /// `language: suomi`: a language's name where its code belongs.
  case notALanguageCode(String, suggestion: String)
  /// A part of the plan that is not `key: value` lines; `kind` is what it is instead.
  case notAMapping(PlanPart, kind: Node.Kind, firstKey: String)
  /// A key that is not a plain word.
  case keyNotAWord(PlanPart)
  /// A key the part does not have; `nearest` is a likely typo's correction.
  case unknownKey(String, in: PlanPart, nearest: String?, allowed: [String])
  /// A key of the plan's top level (`unlock:`, `language:`) written inside a phase or goal.
  case belongsAtTop(String, in: PlanPart)
  /// A key given twice.
  case keyTwice(String, in: PlanPart, firstLine: Int)
  /// A required key that is missing; `example` is a value to add.
  case missingKey(String, in: PlanPart, example: String)
}

extension PlanProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .notALanguageCode(let text, _):
      return l.say(
        en: "'\(text)' is not a language code", fi: "'\(text)' ei ole kielikoodi",
        nl: "'\(text)' is geen taalcode")
    case .notAMapping(let part, let kind, _):
      let found = Found.kind(kind).clause(l)
      return l.say(
        en: "\(part.name(l)) must be a mapping of 'key: value' lines, \(found)",
        fi: "\(part.name(l)) kirjoitetaan 'avain: arvo' -riveinä, \(found)",
        nl: "\(part.name(l)) moet uit 'sleutel: waarde'-regels bestaan, \(found)")
    case .keyNotAWord(let part):
      return l.say(
        en: "a key in \(part.name(l)) must be a simple word",
        fi: "avaimen pitää olla yksinkertainen sana (\(part.inside(l)))",
        nl: "een sleutel \(part.inside(l)) moet een eenvoudig woord zijn")
    case .unknownKey(let key, let part, _, _):
      return l.say(
        en: "unknown key '\(key)' \(part.inside(l))",
        fi: "tuntematon avain '\(key)' \(part.inside(l))",
        nl: "onbekende sleutel '\(key)' \(part.inside(l))")
    case .belongsAtTop(let key, let part):
      return l.say(
        en: "'\(key)' belongs at the top of the plan, not \(part.inside(l))",
        fi: "'\(key)' kuuluu suunnitelman ylimmälle tasolle: sitä ei voi antaa \(part.inside(l))",
        nl: "'\(key)' hoort bovenaan het plan, niet \(part.inside(l))")
    case .keyTwice(let key, let part, let line):
      return l.say(
        en: "'\(key)' is given twice \(part.inside(l)) (first on line \(line))",
        fi: "'\(key)' on annettu kahdesti \(part.inside(l)) (ensin rivillä \(line))",
        nl: "'\(key)' staat twee keer \(part.inside(l)) (eerst op regel \(line))")
    case .missingKey(let key, let part, _):
      return l.say(
        en: "\(part.name(l)) is missing '\(key)'", fi: "\(part.from(l)) puuttuu '\(key)'",
        nl: "\(part.inside(l)) ontbreekt '\(key)'")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .notALanguageCode(_, let code):
      return didYouMean(code, l)
        + l.say(en: " (one of: en, fi, nl)", fi: " (en, fi tai nl)", nl: " (en, fi of nl)")
    case .notAMapping(_, _, let key):
      return l.say(
        en: "write it as keys on their own lines, e.g. '\(key): …'",
        fi: "kirjoita avaimet omille riveilleen, esimerkiksi '\(key): …'",
        nl: "zet elke sleutel op een eigen regel, bijvoorbeeld '\(key): …'")
    case .keyNotAWord:
      return l.say(
        en: "write 'name: value'", fi: "kirjoita 'nimi: arvo'", nl: "schrijf 'naam: waarde'")
    case .unknownKey(_, _, let nearest, let allowed):
      if let nearest { return didYouMean(nearest, l) }
      let list = allowed.joined(separator: ", ")
      return l.say(
        en: "the keys allowed here are: \(list)", fi: "tässä sallitut avaimet: \(list)",
        nl: "hier zijn deze sleutels toegestaan: \(list)")
    case .belongsAtTop(let key, _):
      return l.say(
        en: "move '\(key): …' to the top level, with no indentation, beside 'plan:' and 'starts:'; "
          + "it applies to the whole plan",
        fi: "siirrä '\(key): …' ylimmälle tasolle ilman sisennystä, 'plan:'- ja 'starts:'-rivien "
          + "viereen; se koskee koko suunnitelmaa",
        nl: "zet '\(key): …' helemaal bovenaan, zonder inspringen, bij 'plan:' en 'starts:'; "
          + "het geldt voor het hele plan")
    case .keyTwice:
      return l.say(
        en: "keep one of them", fi: "säilytä niistä vain toinen", nl: "houd er één van over")
    case .missingKey(let key, _, let example):
      let value = example.isEmpty ? "…" : example
      return l.say(
        en: "add '\(key): \(value)'", fi: "lisää '\(key): \(value)'",
        nl: "voeg '\(key): \(value)' toe")
    }
  }
}
