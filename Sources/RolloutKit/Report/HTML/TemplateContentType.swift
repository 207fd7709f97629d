import Foundation

/// The escaping a template asks for with a `{{% CONTENT_TYPE: … }}` pragma, checked
/// against the format it is used for: a Markdown template (`TEXT`) given to
/// `--format html` would put user text into the page unescaped, and an HTML template
/// given to Markdown would escape values that are already escaped. Both are refused,
/// located at the pragma.
enum TemplateContentType {
  static func check(_ template: String, file: String, for format: ReportFormat)
    throws(DiagnosticsError)
  {
    let allowed = format == .html ? "HTML" : "TEXT"
    for (n, line) in template.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      var rest = Substring(line)
      while let open = rest.range(of: "{{%") {
        let after = rest[open.upperBound...]
        let body = after.prefix { $0 != "}" }
        rest = after
        let parts = body.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "CONTENT_TYPE"
        else { continue }
        let asked = parts[1].trimmingCharacters(in: .whitespaces)
        if asked == allowed { continue }
        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
        throw DiagnosticsError(
          problem(asked: asked, format: format, line: n + 1, column: column, file: file))
      }
    }
  }

  private static func problem(
    asked: String, format: ReportFormat, line: Int, column: Int, file: String
  )
    -> Diagnostic
  {
    if format == .html {
      return Diagnostic(
        file: file, line: line, column: column, TemplateProblem.escapingOff(asked: asked))
    }
    return Diagnostic(
      file: file, line: line, column: column, TemplateProblem.htmlTemplate(asked: asked))
  }
}
