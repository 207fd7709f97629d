import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout report`: the management report (docs/reports.md).
  struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Write the management report on a phase: Markdown, HTML, chat text or JSON.",
      discussion: """
        The report shows the gate verdict first, then the qualitative goals with their \
        supporting quotes, the quantitative goals with value, target and trend, this \
        week's feedback, decisions, what is still missing, the objectives served and the \
        next phase. The same plan, journal and week always give the same bytes.

        --format html writes one self-contained page with a chart per metric; open it in \
        a browser and print it to PDF. --format text writes at most 15 plain lines to \
        paste into a chat message or an e-mail.
        """)

    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var weekOptions: WeekOptions

    @Option(
      help: ArgumentHelp("The phase to report on. Default: the current phase.", valueName: "id"),
      completion: .plan(.phases))
    var phase: String?

    @Option(
      help: ArgumentHelp(
        "Write the report to this file instead of standard output ('-': standard output).",
        valueName: "file"),
      completion: .file())
    var out: String?

    @Option(
      help: ArgumentHelp(
        "Use this Mustache template instead of the shipped one.", valueName: "file"),
      completion: .file(extensions: ["mustache"]))
    var template: String?

    @Flag(
      help: ArgumentHelp(
        "Print the shipped template (in --lang, else the plan's language; HTML with --format html) to start your own."
      ))
    var printTemplate = false

    @Option(
      help: ArgumentHelp(
        "Report language: en, fi or nl. Default: the plan's language.", valueName: "language"),
      completion: .languages)
    var lang: String?

    @Option(
      help: ArgumentHelp(
        "markdown (default), html (a page to print), text (a chat message) or json (the report's data).",
        valueName: "format"),
      completion: .list(ReportFormat.allCases.map(\.rawValue)))
    var format: String = ReportFormat.markdown.rawValue

    func validate() throws {
      try refuseEmpty(out, "--out")
      try refuseEmpty(template, "--template")
      if let lang, Language(rawValue: lang) == nil {
        throw usageError(
          UsageProblem.unknownLanguage(lang, suggestion: Language.suggestion(for: lang)))
      }
      if ReportFormat(rawValue: format) == nil {
        throw usageError(
          UsageProblem.unknownFormat(format, formats: ReportFormat.allCases.map(\.rawValue)))
      }
      if printTemplate, template != nil {
        throw usageError(UsageProblem.printTemplateAlone)
      }
      if printTemplate || template != nil, format == "text" || format == "json" {
        throw usageError(UsageProblem.noTemplateFor(format: format))
      }
    }

    func run() throws {
      if printTemplate { return try reporting { try write(shippedTemplate()) } }
      try planOptions.withWorkspace { workspace in
        let (week, asOf) = try weekOptions.resolve(in: workspace)
        let text = try workspace.report(
          week: week, asOf: asOf, phase: phase, language: lang.flatMap(Language.init),
          templatePath: template, format: ReportFormat(rawValue: format) ?? .markdown)
        if let out, out != "-",
          let refusal = ProtectedFiles(workspace: workspace, template: template).refusal(out: out)
        {
          throw DiagnosticsError(refusal)
        }
        try write(text)
      }
    }

    private func shippedTemplate() throws(DiagnosticsError) -> String {
      let format = ReportFormat(rawValue: format) ?? .markdown
      if let language = lang.flatMap(Language.init) {
        return ReportRenderer.defaultTemplate(for: language, format: format)
      }
      let language = try Workspace.templateLanguage(planOption: planOptions.plan)
      return ReportRenderer.defaultTemplate(for: language, format: format)
    }

    private func write(_ text: String) throws(DiagnosticsError) {
      if let out, out != "-" {
        let made = try OutputFolder.create(for: out)
        try AtomicFile.write(text, to: out)
        let language = Language(messagesFor: ProcessInfo.processInfo.environment)
        Output.printError(OutputNotice.wrote(out, madeFolder: made).message(in: language))
      } else {
        print(text, terminator: "")
      }
    }
  }
}
