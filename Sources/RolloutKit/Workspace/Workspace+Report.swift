import Foundation

extension Workspace {
  /// docs/journal.md `report`: evaluates the plan at `week` (and `asOf`), builds the report on
  /// `phase` (default: the current phase) and renders it in `language` (default: the
  /// plan's), through the template file at `templatePath` or the shipped one.
  public func report(
    week: ISOWeek, asOf: CalendarDate?, phase: String?, language: Language?,
    templatePath: String?, format: ReportFormat
  ) throws(DiagnosticsError) -> String {
    let template = try templatePath.map(Self.readTemplate)
    let entries = try self.entries()
    let evaluation = try checked(
      GateEngine.evaluate(plan: plan, entries: entries, week: week, asOf: asOf))
    let phaseID = try ReportBuilder.phase(phase, in: evaluation)
    let language = language ?? plan.language
    let report = ReportBuilder.build(
      evaluation: evaluation, entries: entries, phase: phaseID, language: language, asOf: asOf,
      markup: format.markup)
    let file =
      templatePath ?? "Templates/" + ReportRenderer.templateName(for: language, format: format)
    let text = template ?? ReportRenderer.defaultTemplate(for: language, format: format)
    switch format {
    case .json:
      return ReportRenderer.json(report)
    case .text:
      return ReportRenderer.text(report)
    case .markdown:
      return try ReportRenderer.markdown(report, template: text, file: file)
    case .html:
      return try ReportRenderer.html(report, template: text, file: file)
    }
  }

  /// A `--template` file as text; a missing, unreadable or non-UTF-8 file is an error that
  /// says which, and how to get a template to start from.
  static func readTemplate(_ path: String) throws(DiagnosticsError) -> String {
    let start =
      "rollout report --print-template > " + shellWord(path.isEmpty ? "my.mustache" : path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DiagnosticsError(
        Diagnostic(file: path, WorkspaceProblem.templateMissing(path: path, start: start)))
    }
    if isDirectory.boolValue {
      throw DiagnosticsError(
        Diagnostic(file: path, WorkspaceProblem.templateIsFolder(start: start)))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticsError(Diagnostic(file: path, WorkspaceProblem.templateUnreadable))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw DiagnosticsError(Diagnostic(file: path, WorkspaceProblem.templateNotUTF8))
    }
    return text
  }

  /// A path as one word for a shell, quoted only when it needs it.
  private static func shellWord(_ s: String) -> String {
    let plain = s.unicodeScalars.allSatisfy {
      $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._/-".unicodeScalars.contains($0))
    }
    return plain ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// The language `report --print-template` uses without `--lang`: the plan's, or English
  /// when there is no plan yet (a plan that is named but broken is still an error).
  public static func templateLanguage(
    planOption: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    directory: String = FileManager.default.currentDirectoryPath
  ) throws(DiagnosticsError) -> Language {
    let named =
      !(planOption ?? "").isEmpty || !(environment["ROLLOUT_PLAN"] ?? "").isEmpty
    let folder = (directory as NSString).appendingPathComponent("Plans")
    let plans = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter(PlanLocator.isPlanFileName)
    if !named && plans.isEmpty { return .en }
    return try open(planOption: planOption, environment: environment, directory: directory)
      .plan.language
  }
}
