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
      let hidden = counts[kind, default: 0] - perKind
      shown.append(
        Diagnostic(
          .note, file: kind.file,
          message: "\(hidden) more problem\(hidden == 1 ? "" : "s") like \"\(kind.pattern)\" "
            + "\(hidden == 1 ? "is" : "are") not shown",
          suggestion: "fix the \(perKind) above first: problems of one kind often share one "
            + "cause; then check again"))
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
