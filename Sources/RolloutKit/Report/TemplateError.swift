import Mustache

/// A template the Mustache library cannot parse, as a diagnostic: what the library
/// reported, where the offending tag starts, and the fix for that kind of mistake.
enum TemplateError {
  /// `lineOffset`: lines put in front of the user's text before parsing.
  static func diagnostic(
    _ error: MustacheTemplate.ParserError, template: String, file: String, lineOffset: Int
  ) -> Diagnostic {
    let reported = (line: error.context.lineNumber - lineOffset, column: error.context.columnNumber)
    let kind = error.error as? MustacheTemplate.Error
    let start =
      kind == .expectedSectionEnd
      ? unclosedSection(in: template) : tagStart(before: reported, in: template)
    let (line, column) = start ?? reported
    let library = kind.map { "\($0)" } ?? "\(error.error)"
    return Diagnostic(
      file: file, line: max(1, line), column: max(1, column),
      TemplateProblem.unreadable(
        mistake(kind, error.error), library: library, line: max(1, reported.line),
        column: reported.column))
  }

  private static func mistake(_ kind: MustacheTemplate.Error?, _ error: any Error)
    -> TemplateProblem.Mistake
  {
    switch kind {
    case .sectionCloseNameIncorrect?: return .closesAnotherSection
    case .unfinishedName?: return .unfinishedTag
    case .expectedSectionEnd?: return .sectionNeverClosed
    case .invalidSetDelimiter?: return .setDelimiter
    case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return .pragma
    case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?,
      .textInsideInheritSection?:
      return .inheritance
    case nil where isOverflow(error): return .tagOpenAtEnd
    case nil: return .other("\(error)")
    }
  }

  /// The library's reader ran past the end looking for `}}` (its error type is internal).
  private static func isOverflow(_ error: any Error) -> Bool { "\(error)" == "overflow" }

  /// The last `{{` at or before the library's position: the tag being read when it gave up
  /// (the library reports where it stopped, which can be past the tag).
  private static func tagStart(before position: (line: Int, column: Int), in template: String)
    -> (Int, Int)?
  {
    let lines = template.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard position.line >= 1, position.line <= lines.count else { return nil }
    for n in stride(from: position.line, through: 1, by: -1) {
      var text = Substring(lines[n - 1])
      if n == position.line { text = text.prefix(position.column + 1) }
      if let range = text.range(of: "{{", options: .backwards) {
        return (n, text.distance(from: text.startIndex, to: range.lowerBound) + 1)
      }
    }
    return nil
  }

  /// Where the section that is never closed opens: `{{#name}}` and `{{^name}}` matched
  /// against `{{/name}}`, the default delimiters assumed.
  private static func unclosedSection(in template: String) -> (Int, Int)? {
    var open: [(name: Substring, line: Int, column: Int)] = []
    for (i, line) in template.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      var rest = Substring(line)
      while let tag = rest.range(of: "{{") {
        let after = rest[tag.upperBound...]
        guard let end = after.range(of: "}}") else { break }
        let inside = after[..<end.lowerBound]
        let column = line.distance(from: line.startIndex, to: tag.lowerBound) + 1
        if let mark = inside.first, mark == "#" || mark == "^" || mark == "/" {
          let name = inside.dropFirst().drop { $0 == " " }.prefix { $0 != " " }
          if mark == "/" {
            if let last = open.lastIndex(where: { $0.name == name }) {
              open.removeSubrange(last...)
            }
          } else {
            open.append((name, i + 1, column))
          }
        }
        rest = after[end.upperBound...]
      }
    }
    return open.last.map { ($0.line, $0.column) }
  }
}
