import YAML

/// The value a plan problem is about: the value of a key (keys are the same words in every
/// language), or the name of a metric (a key of `metrics:`).
public enum PlanField: Sendable, Hashable {
  case key(String)
  case metricName

  /// As a subject: "'weeks'", Finnish "avaimen 'weeks' arvo".
  func named(_ l: Language) -> String {
    switch self {
    case .key(let key): return l.say(en: "'\(key)'", fi: "avaimen '\(key)' arvo", nl: "'\(key)'")
    case .metricName:
      return l.say(en: "a metric name", fi: "mittarin nimi", nl: "de naam van een meetwaarde")
    }
  }

  /// Finnish genitive, the subject of "pitää olla": "avaimen 'weeks' arvon".
  func mustBe(_ l: Language) -> String {
    switch self {
    case .key(let key): return l.say(en: "'\(key)'", fi: "avaimen '\(key)' arvon", nl: "'\(key)'")
    case .metricName:
      return l.say(en: "a metric name", fi: "mittarin nimen", nl: "de naam van een meetwaarde")
    }
  }

  /// The key as written in the plan, for fixes that show a line to write.
  var key: String {
    switch self {
    case .key(let key): return key
    case .metricName: return "name"
    }
  }
}

/// What a value turned out to be instead: its text, or its kind when it has no text.
public enum Found: Sendable, Hashable {
  case written(String)
  case kind(Node.Kind)

  init(_ node: Node) {
    if let scalar = node.scalar, scalar.value != .null {
      self = .written(scalar.text)
    } else {
      self = .kind(node.kind)
    }
  }

  /// "but this is a list", "but this is 'six'".
  func clause(_ l: Language) -> String {
    switch self {
    case .written(let text):
      return l.say(
        en: "but this is '\(text)'", fi: "mutta tässä on '\(text)'", nl: "maar dit is '\(text)'")
    case .kind(.nothing):
      return l.say(en: "but this is empty", fi: "mutta arvo puuttuu", nl: "maar er staat niets")
    case .kind(let kind):
      return l.say(
        en: "but this is \(kind.name(l))", fi: "mutta tässä on \(kind.name(l))",
        nl: "maar dit is \(kind.name(l))")
    }
  }
}

/// A plan value of the wrong kind, out of bounds or empty (docs/plan.md).
public enum PlanValueProblem: Sendable, Hashable {
  case notText(PlanField, found: Found)
  case empty(PlanField)
  /// `title: #1 Kuunnellaan`: the whole value was read as a comment.
  case commentedOut(PlanField, comment: String)
  /// `title: Vaihe #1 kuuntelu`: the value stops where a comment starts (a warning).
  case cutByComment(PlanField, kept: String, comment: String)
  case notAnID(String, PlanField, suggestion: String?)
  case notWhole(PlanField, found: Found, example: Int)
  case outOfBounds(PlanField, value: Int, bounds: ClosedRange<Int>)
  case notANumber(PlanField, found: Found)
  case notAFlag(PlanField, found: Found)
  case notAChoice(String, PlanField, options: [String], nearest: String?)
  case notAList(PlanField)
  /// `range:` that is not two numbers.
  case notASpan(PlanField, found: Found)
  /// `range: [5, 1]`.
  case spanReversed(PlanField, low: Double, high: Double)
}

extension PlanValueProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .notText(let field, let found):
      return l.say(
        en: "\(field.mustBe(l)) must be text, \(found.clause(l))",
        fi: "\(field.mustBe(l)) pitää olla tekstiä, \(found.clause(l))",
        nl: "\(field.mustBe(l)) moet tekst zijn, \(found.clause(l))")
    case .empty(let field):
      return l.say(
        en: "\(field.named(l)) is empty", fi: "\(field.named(l)) on tyhjä",
        nl: "\(field.named(l)) is leeg")
    case .commentedOut(let field, let comment):
      return l.say(
        en: "\(field.named(l)) is empty: '\(comment)' after it is read as a comment, because "
          + "in YAML '#' after a space starts a comment",
        fi: "\(field.named(l)) on tyhjä: sen perässä oleva '\(comment)' luetaan kommentiksi, "
          + "koska YAMLissa välilyönnin jälkeinen '#' aloittaa kommentin",
        nl: "\(field.named(l)) is leeg: '\(comment)' erachter wordt als commentaar gelezen, "
          + "omdat in YAML een '#' na een spatie commentaar begint")
    case .cutByComment(let field, let kept, let comment):
      return l.say(
        en: "\(field.named(l)) stops at '\(kept)': '\(comment)' after it is read as a comment",
        fi: "\(field.named(l)) päättyy sanaan '\(kept)': sen perässä oleva '\(comment)' "
          + "luetaan kommentiksi",
        nl: "\(field.named(l)) houdt op bij '\(kept)': '\(comment)' erachter wordt als "
          + "commentaar gelezen")
    case .notAnID(let text, .metricName, _):
      return l.say(
        en: "'\(text)' is not a valid metric name: use only lowercase letters, digits, '-' and '_'",
        fi: "'\(text)' ei kelpaa mittarin nimeksi: käytä vain pieniä kirjaimia a–z, "
          + "numeroita sekä merkkejä '-' ja '_'",
        nl: "'\(text)' is geen geldige naam voor een meetwaarde: gebruik alleen kleine letters, "
          + "cijfers, '-' en '_'")
    case .notAnID(let text, .key("id"), _):
      return l.say(
        en: "'\(text)' is not a valid id: use only lowercase letters, digits, '-' and '_'",
        fi: "'\(text)' ei kelpaa tunnukseksi: käytä vain pieniä kirjaimia a–z, numeroita "
          + "sekä merkkejä '-' ja '_'",
        nl: "'\(text)' is geen geldige id: gebruik alleen kleine letters, cijfers, '-' en '_'")
    case .notAnID(let text, .key(let key), _):
      return l.say(
        en: "'\(text)' is not a valid id for '\(key)': use only lowercase letters, digits, "
          + "'-' and '_'",
        fi: "'\(text)' ei kelpaa avaimen '\(key)' tunnukseksi: käytä vain pieniä kirjaimia a–z, "
          + "numeroita sekä merkkejä '-' ja '_'",
        nl: "'\(text)' is geen geldige id voor '\(key)': gebruik alleen kleine letters, cijfers, "
          + "'-' en '_'")
    case .notWhole(let field, let found, _):
      return l.say(
        en: "\(field.mustBe(l)) must be a whole number, \(found.clause(l))",
        fi: "\(field.mustBe(l)) pitää olla kokonaisluku, \(found.clause(l))",
        nl: "\(field.mustBe(l)) moet een geheel getal zijn, \(found.clause(l))")
    case .outOfBounds(let field, let value, let bounds):
      return l.say(
        en: "\(field.named(l)) is \(value), but it must be between \(bounds.lowerBound) and "
          + "\(bounds.upperBound)",
        fi: "\(field.named(l)) on \(value), mutta sen pitää olla väliltä "
          + "\(bounds.lowerBound)–\(bounds.upperBound)",
        nl: "\(field.named(l)) is \(value), maar moet tussen \(bounds.lowerBound) en "
          + "\(bounds.upperBound) liggen")
    case .notANumber(let field, let found):
      return l.say(
        en: "\(field.mustBe(l)) must be a finite number, \(found.clause(l))",
        fi: "\(field.mustBe(l)) pitää olla luku, \(found.clause(l))",
        nl: "\(field.mustBe(l)) moet een getal zijn, \(found.clause(l))")
    case .notAFlag(let field, let found):
      return l.say(
        en: "\(field.mustBe(l)) must be true or false, \(found.clause(l))",
        fi: "\(field.mustBe(l)) pitää olla true tai false, \(found.clause(l))",
        nl: "\(field.mustBe(l)) moet true of false zijn, \(found.clause(l))")
    case .notAChoice(let text, let field, _, _):
      return l.say(
        en: "'\(text)' is not a valid value for \(field.named(l))",
        fi: "'\(text)' ei kelpaa avaimen '\(field.key)' arvoksi",
        nl: "'\(text)' is geen geldige waarde voor \(field.named(l))")
    case .notAList(let field):
      return l.say(
        en: "\(field.mustBe(l)) must be a list", fi: "\(field.mustBe(l)) pitää olla luettelo",
        nl: "\(field.mustBe(l)) moet een lijst zijn")
    case .notASpan(let field, let found):
      return l.say(
        en: "\(field.mustBe(l)) must be two numbers, the lowest and the highest, "
          + found.clause(l),
        fi: "\(field.mustBe(l)) pitää olla kaksi lukua, pienin ja suurin, " + found.clause(l),
        nl: "\(field.mustBe(l)) moet uit twee getallen bestaan, de laagste en de hoogste, "
          + found.clause(l))
    case .spanReversed(let field, let low, let high):
      let written = "'\(field.key): [\(NumberText.plain(low)), \(NumberText.plain(high))]'"
      return l.say(
        en: "\(written) has the highest value first",
        fi: "arvossa \(written) suurempi luku on ensin",
        nl: "in \(written) staat de hoogste waarde eerst")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .notText:
      return l.say(
        en: "write the text after the ':' on the same line",
        fi: "kirjoita teksti samalle riville kaksoispisteen jälkeen",
        nl: "schrijf de tekst op dezelfde regel na de ':'")
    case .empty:
      return l.say(
        en: "write some text, or remove the key", fi: "kirjoita tekstiä tai poista avain",
        nl: "schrijf er tekst bij, of verwijder de sleutel")
    case .commentedOut(let field, let comment):
      return quote(field.key, comment, l)
    case .cutByComment(let field, let kept, let comment):
      return quote(field.key, kept + " " + comment, l)
    case .notAnID(_, _, let suggestion):
      if let suggestion {
        return l.say(
          en: "write it as '\(suggestion)'", fi: "kirjoita se muodossa '\(suggestion)'",
          nl: "schrijf het als '\(suggestion)'")
      }
      return l.say(
        en: "for example 'first-response'", fi: "esimerkiksi 'ensivastaus'",
        nl: "bijvoorbeeld 'eerste-reactie'")
    case .notWhole(_, _, let example):
      return l.say(
        en: "write a whole number such as \(example)",
        fi: "kirjoita kokonaisluku, esimerkiksi \(example)",
        nl: "schrijf een geheel getal, bijvoorbeeld \(example)")
    case .outOfBounds(_, _, let bounds):
      return l.say(
        en: "choose a value from \(bounds.lowerBound) to \(bounds.upperBound)",
        fi: "valitse arvo väliltä \(bounds.lowerBound)–\(bounds.upperBound)",
        nl: "kies een waarde van \(bounds.lowerBound) tot en met \(bounds.upperBound)")
    case .notANumber:
      return l.say(
        en: "write a number such as 24 or 4.5", fi: "kirjoita luku, esimerkiksi 24 tai 4,5",
        nl: "schrijf een getal, bijvoorbeeld 24 of 4,5")
    case .notAFlag:
      return l.say(
        en: "write 'true' or 'false' (YAML 1.2 reads 'yes' and 'no' as text)",
        fi: "kirjoita 'true' tai 'false' (YAML 1.2 lukee 'yes' ja 'no' tekstinä)",
        nl: "schrijf 'true' of 'false' (YAML 1.2 leest 'yes' en 'no' als tekst)")
    case .notAChoice(_, _, let options, let nearest):
      let one = l.list(options.map { "'\($0)'" })
      let prefix = nearest.map { didYouMean($0, l) + " " } ?? ""
      return prefix + l.say(en: "(one of \(one))", fi: "(\(one))", nl: "(\(one))")
    case .notAList:
      return l.say(
        en: "write it as [a, b] or as '- item' lines",
        fi: "kirjoita se muodossa [a, b] tai '- kohta' -riveinä",
        nl: "schrijf het als [a, b] of als regels '- item'")
    case .notASpan(let field, _):
      return l.say(
        en: "write it as \(field.key): [1, 5]", fi: "kirjoita se muodossa \(field.key): [1, 5]",
        nl: "schrijf het als \(field.key): [1, 5]")
    case .spanReversed(let field, let low, let high):
      let swapped = "[\(NumberText.plain(high)), \(NumberText.plain(low))]"
      return l.say(
        en: "write the lowest value first: \(field.key): \(swapped)",
        fi: "kirjoita pienin luku ensin: \(field.key): \(swapped)",
        nl: "schrijf de laagste waarde eerst: \(field.key): \(swapped)")
    }
  }

  private func quote(_ key: String, _ text: String, _ l: Language) -> String {
    let line = "\(key): \"\(text)\""
    return l.say(
      en: "put the whole value in quotes: \(line)",
      fi: "kirjoita koko arvo lainausmerkkeihin: \(line)",
      nl: "zet de hele waarde tussen aanhalingstekens: \(line)")
  }
}
