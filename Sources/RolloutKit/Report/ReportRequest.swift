import Foundation

/// `markdown` (through a template) or `json` (the report model itself).
public enum ReportFormat: String, Sendable, CaseIterable {
  case markdown, json
}

extension Workspace {
  /// SPEC §5 `report`: evaluates the plan at `week` (and `asOf`), builds the report on
  /// `phase` (default: the current phase) and renders it in `language` (default: the
  /// plan's), through the template file at `templatePath` or the shipped one.
  public func report(
    week: ISOWeek, asOf: CalendarDate?, phase: String?, language: Language?,
    templatePath: String?, format: ReportFormat
  ) throws(DiagnosticsError) -> String {
    let template = try templatePath.map(Self.readTemplate)
    let entries = try self.entries()
    let evaluation = GateEngine.evaluate(plan: plan, entries: entries, week: week, asOf: asOf)
    let phaseID = try ReportBuilder.phase(phase, in: evaluation)
    let language = language ?? plan.language
    let report = ReportBuilder.build(
      evaluation: evaluation, entries: entries, phase: phaseID, language: language, asOf: asOf)
    switch format {
    case .json:
      return ReportRenderer.json(report)
    case .markdown:
      return try ReportRenderer.markdown(
        report, template: template ?? ReportRenderer.defaultTemplate(for: language),
        file: templatePath ?? "Templates/" + ReportRenderer.templateName(for: language))
    }
  }

  private static func readTemplate(_ path: String) throws(DiagnosticsError) -> String {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw DiagnosticsError(
        Diagnostic(
          file: path, message: "the template file cannot be read as UTF-8 text",
          suggestion: "check the path given with --template"))
    }
    return text
  }
}
