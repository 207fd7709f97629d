/// Keeps a flood of problems readable. A journal pasted into itself, or a million copies
/// of one line, has as many duplicate ids as lines; printing each would bury the one
/// problem that matters and take minutes. So at most `perKind` problems of each kind are
/// shown, in their order, and then one note per kind says how many more there are.
public enum DiagnosticLimit {
  /// How many problems of one kind are shown.
  public static let defaultPerKind = 50

  /// The problems to show: the first `perKind` of each kind (same file, severity and
  /// message apart from the names and numbers in it), then a note for each kind cut short.
  public static func apply(_ diagnostics: [Diagnostic], perKind: Int = defaultPerKind)
    -> [Diagnostic]
  {
    var counts: [Kind: Int] = [:]
    var cut: [Kind] = []
    var shown: [Diagnostic] = []
    for d in diagnostics {
      let kind = Kind(d)
      let seen = counts[kind, default: 0]
      counts[kind] = seen + 1
      if seen < perKind {
        shown.append(d)
      } else if seen == perKind {
        cut.append(kind)
      }
    }
    for kind in cut {
      shown.append(
        Diagnostic(
          .note, file: kind.file,
          HiddenProblems(
            count: counts[kind, default: 0] - perKind, shown: perKind, sample: kind.sample)))
    }
    return shown
  }

  /// What makes two problems "of one kind".
  struct Kind: Hashable {
    var file: String?
    var severity: Diagnostic.Severity
    /// The message with every quoted name and every number replaced by '…'.
    var pattern: String

    init(_ d: Diagnostic) {
      file = d.file
      severity = d.severity
      pattern = Self.pattern(of: d.message)
      sample = d.words
    }

    /// The first problem of the kind, whose words the note repeats in the user's language.
    var sample: any Worded = HiddenProblems(count: 0, shown: 0, sample: nil)

    static func == (a: Kind, b: Kind) -> Bool {
      (a.file, a.severity, a.pattern) == (b.file, b.severity, b.pattern)
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(file)
      hasher.combine(severity)
      hasher.combine(pattern)
    }

    /// `the id 'eae23996' is already used on line 1` → `the id '…' is already used on line …`.
    static func pattern(of message: String) -> String {
      var out = ""
      var quoted = false
      var inNumber = false
      for c in message {
        if quoted {
          if c == "'" {
            quoted = false
            out += "…'"
          }
          continue
        }
        if c == "'" {
          quoted = true
          inNumber = false
          out.append(c)
        } else if c.isASCII, c.isNumber {
          if !inNumber { out += "…" }
          inNumber = true
        } else {
          inNumber = false
          out.append(c)
        }
      }
      if quoted { out += "…" }  // an apostrophe without its pair
      return out
    }
  }
}

/// "48 more problems like '…' are not shown", with the pattern in the reader's language.
struct HiddenProblems: Worded {
  var count: Int
  var shown: Int
  var sample: (any Worded)?

  func message(in l: Language) -> String {
    let like = DiagnosticLimit.Kind.pattern(of: sample?.message(in: l) ?? "")
    return count == 1
      ? l.say(
        en: "1 more problem like \"\(like)\" is not shown",
        fi: "1 muu samanlainen ongelma (\"\(like)\") jätetään näyttämättä",
        nl: "nog 1 probleem zoals \"\(like)\" wordt niet getoond")
      : l.say(
        en: "\(count) more problems like \"\(like)\" are not shown",
        fi: "\(count) muuta samanlaista ongelmaa (\"\(like)\") jätetään näyttämättä",
        nl: "nog \(count) problemen zoals \"\(like)\" worden niet getoond")
  }

  func fix(in l: Language) -> String? {
    l.say(
      en: "fix the \(shown) above first: problems of one kind often share one cause; then "
        + "check again",
      fi: "korjaa ensin yllä olevat \(shown): samanlaisilla ongelmilla on usein sama syy; "
        + "tarkista sitten uudelleen",
      nl: "herstel eerst de \(shown) hierboven: problemen van één soort hebben vaak dezelfde "
        + "oorzaak; controleer daarna opnieuw")
  }
}
