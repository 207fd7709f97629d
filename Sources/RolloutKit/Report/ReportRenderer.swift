import Foundation
import Mustache

/// Turns the report model into text: Markdown through a logic-less Mustache template, or
/// the model itself as JSON (SPEC §6).
public enum ReportRenderer {
  /// The shipped template for a language, compiled into the binary.
  public static func defaultTemplate(for language: Language) -> String {
    EmbeddedTemplates.files[templateName(for: language)] ?? ""
  }

  /// `report.en.mustache`.
  public static func templateName(for language: Language) -> String {
    "report.\(language.rawValue).mustache"
  }

  /// Fills `template` with the report. Values are already escaped for Markdown, so the
  /// template's output is never HTML-escaped, whether or not it has a `CONTENT_TYPE`
  /// pragma. A template that does not parse is an error located in `file`.
  public static func markdown(_ report: Report, template: String, file: String)
    throws(DiagnosticsError) -> String
  {
    // swift-mustache escapes for HTML unless told otherwise; a standalone pragma line
    // is dropped from the output, so prepending one changes nothing else.
    let text = "{{% CONTENT_TYPE: TEXT}}\n" + template
    do {
      return try MustacheTemplate(string: text).render(report)
    } catch let error as MustacheTemplate.ParserError {
      throw DiagnosticsError(
        TemplateError.diagnostic(error, template: template, file: file, lineOffset: 1))
    } catch {
      throw DiagnosticsError(
        Diagnostic(file: file, message: "the template cannot be read: \(error)"))
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
