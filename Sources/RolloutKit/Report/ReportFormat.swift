/// `markdown` or `html` (through a template), `text` (a few plain lines for a chat
/// message) or `json` (the report model itself).
public enum ReportFormat: String, Sendable, CaseIterable {
  case markdown, html, text, json

  /// How the report's values are prepared for this format.
  var markup: ReportMarkup {
    switch self {
    case .markdown, .json: return .markdown
    case .html: return .html
    case .text: return .text
    }
  }
}

/// How the report's text values are prepared (docs/reports.md): escaped for Markdown (the Markdown
/// report and `--format json`), or plain for an output that escapes them itself (HTML,
/// through the template engine) or needs no escaping (the chat text).
public enum ReportMarkup: Sendable {
  case markdown, html, text
}
