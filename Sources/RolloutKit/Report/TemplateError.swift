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
      message: "the template cannot be read: \(describe(kind, error.error)) "
        + "(the Mustache library reported '\(library)' at line \(max(1, reported.line)), "
        + "column \(reported.column))",
      suggestion: fix(kind, error.error))
  }

  private static func describe(_ kind: MustacheTemplate.Error?, _ error: any Error) -> String {
    switch kind {
    case .sectionCloseNameIncorrect?:
      return "a {{/…}} tag does not close the section opened last"
    case .unfinishedName?: return "a tag is not finished with }}, or its name has a space"
    case .expectedSectionEnd?: return "a section is never closed"
    case .invalidSetDelimiter?: return "a set-delimiter tag {{=…=}} is malformed"
    case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
      return "a {{%…}} pragma is malformed or unknown"
    case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?,
      .textInsideInheritSection?:
      return "a {{<parent}} inheritance block is malformed"
    case nil where isOverflow(error): return "a tag is still open at the end of the file"
    case nil: return "\(error)"
    }
  }

  /// The library's reader ran past the end looking for `}}` (its error type is internal).
  private static func isOverflow(_ error: any Error) -> Bool { "\(error)" == "overflow" }

  private static func fix(_ kind: MustacheTemplate.Error?, _ error: any Error) -> String {
    switch kind {
    case .sectionCloseNameIncorrect?:
      return "close each {{#name}} or {{^name}} with {{/name}} of the same name, innermost first"
    case .unfinishedName?:
      return "end every tag with }} and write names without spaces: {{verdict.word}}"
    case .expectedSectionEnd?:
      return "close every {{#section}} or {{^section}} with a matching {{/section}}"
    case .invalidSetDelimiter?:
      return "write it as {{=<% %>=}}: the new opening and closing delimiters, "
        + "separated by a space, between two = signs"
    case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
      return "remove the {{%…}} line; rollout sets the escaping itself: none for Markdown "
        + "(values come escaped), HTML escaping for --format html"
    case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?,
      .textInsideInheritSection?:
      return "inside {{<parent}}…{{/parent}} put only {{$block}}…{{/block}} sections"
    case nil where isOverflow(error):
      return "end the tag with }} (a comment {{! … }} too)"
    case nil:
      return "compare the tag with a shipped template: rollout report --print-template"
    }
  }

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
