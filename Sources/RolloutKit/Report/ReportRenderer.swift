import Foundation
import Mustache

/// Turns the report model into text: Markdown through a logic-less Mustache template, or
/// the model itself as JSON (docs/reports.md).
public enum ReportRenderer {
  /// The shipped template for a language and format, compiled into the binary.
  /// An HTML template's stylesheet is kept once, in `Templates/report.css`, and put in
  /// place of the marker line here, so the template a user prints is whole.
  public static func defaultTemplate(for language: Language, format: ReportFormat = .markdown)
    -> String
  {
    let template = EmbeddedTemplates.files[templateName(for: language, format: format)] ?? ""
    guard format == .html, let css = EmbeddedTemplates.files[stylesheetName] else {
      return template
    }
    return template.replacingOccurrences(
      of: stylesheetMarker, with: css.hasSuffix("\n") ? String(css.dropLast()) : css)
  }

  /// The file of the stylesheet the shipped HTML templates share.
  static let stylesheetName = "report.css"

  /// The line of a shipped HTML template that the shared stylesheet replaces.
  static let stylesheetMarker =
    "{{! The shared stylesheet, Templates/report.css, is put in here. }}"

  /// `report.en.mustache`, or `report.en.html.mustache` for HTML.
  public static func templateName(for language: Language, format: ReportFormat = .markdown)
    -> String
  {
    format == .html
      ? "report.\(language.rawValue).html.mustache" : "report.\(language.rawValue).mustache"
  }

  /// Fills `template` with the report. Values are already escaped for Markdown, so the
  /// template's output is never HTML-escaped, whether or not it has a `CONTENT_TYPE`
  /// pragma. A template that does not parse is an error located in `file`.
  public static func markdown(_ report: Report, template: String, file: String)
    throws(DiagnosticsError) -> String
  {
    try TemplateContentType.check(template, file: file, for: .markdown)
    // swift-mustache escapes for HTML unless told otherwise; a standalone pragma line
    // is dropped from the output, so prepending one changes nothing else.
    return try fill(report, template: template, contentType: "TEXT", file: file)
  }

  /// Fills an HTML template with a report built with `ReportMarkup.html`: its values are
  /// plain, and the template engine escapes every `{{value}}` for HTML. Only the chart's
  /// `{{{svg}}}` and the CSS string `{{{printFooter}}}`, escaped when built, go in as they
  /// are. A template that turns HTML escaping off is refused.
  public static func html(_ report: Report, template: String, file: String)
    throws(DiagnosticsError) -> String
  {
    try TemplateContentType.check(template, file: file, for: .html)
    return try fill(report, template: template, contentType: "HTML", file: file)
  }

  /// Renders `template` behind a pragma line that sets the engine's escaping.
  private static func fill(
    _ report: Report, template: String, contentType: String, file: String
  ) throws(DiagnosticsError) -> String {
    let scan = TemplateLimits.scan(template)
    if let (line, column) = scan.tooDeep {
      throw DiagnosticsError(
        Diagnostic(
          file: file, line: line, column: column,
          TemplateProblem.tooDeep(limit: TemplateLimits.depth)))
    }
    let budget = RepetitionBudget()
    var items = 0
    let values = TemplateValues.convert(report, budget: budget, items: &items)
    budget.allow(items: items)
    var output = ""
    let bytes = Array(template.utf8)
    var line = 1
    for (start, end) in zip([0] + scan.cuts, scan.cuts + [bytes.count]) {
      let part = String(decoding: bytes[start..<end], as: UTF8.self)
      output += try render(
        part, values, contentType: contentType, template: template, file: file, firstLine: line)
      line += bytes[start..<end].lazy.filter { $0 == 0x0A }.count
    }
    guard !budget.exceeded else {
      throw DiagnosticsError(
        Diagnostic(file: file, TemplateProblem.repeatsTooOften(limit: budget.limit)))
    }
    return output
  }

  /// One part of the template, which starts on `firstLine`, filled with `values`.
  private static func render(
    _ part: String, _ values: Any?, contentType: String, template: String, file: String,
    firstLine: Int
  ) throws(DiagnosticsError) -> String {
    let text = "{{% CONTENT_TYPE: \(contentType)}}\n" + part
    do {
      return try MustacheTemplate(string: text).render(values as Any)
    } catch let error as MustacheTemplate.ParserError {
      throw DiagnosticsError(
        TemplateError.diagnostic(
          error, template: template, file: file, lineOffset: 1 - (firstLine - 1)))
    } catch {
      throw DiagnosticsError(
        Diagnostic(file: file, TemplateProblem.cannotRender("\(error)")))
    }
  }

  /// The model as JSON, keys sorted, so the same report gives the same bytes.
  public static func json(_ report: Report) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(report) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
