import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout edit`: the plan in the person's editor, saved only when it checks clean.
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "edit",
      abstract: "Edit the plan in your editor; it is saved only when it checks clean.",
      discussion: """
        Opens a copy of the plan in $VISUAL or $EDITOR (like 'crontab -e'). When the editor \
        exits, the copy is checked together with the journal. A clean copy replaces the \
        plan. Otherwise, on a terminal you may edit again, keep it anyway or quit; without \
        a terminal, the plan stays as it was, your version is kept beside it as \
        <plan>.edited, and the exit code is 1; the next 'rollout edit' goes on from it.
        """)

    @OptionGroup var planOptions: PlanOptions

    /// A script without an editor setting would be left in `vi`.
    func validate() throws {
      let environment = ProcessInfo.processInfo.environment
      guard Editor.chosen(environment: environment) != nil || isatty(0) == 1 else {
        throw ValidationError(PlanEditMessage.noEditor.text(in: Shell.language))
      }
    }

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let interactive = isatty(0) == 1
      let l = Shell.language
      try reporting {
        let path = try PlanLocator.locate(
          explicit: planOptions.plan, environment: environment,
          directory: FileManager.default.currentDirectoryPath)
        let edit = try PlanEdit.begin(planPath: path)
        if edit.resumed { Output.printError(PlanEditMessage.resuming(edit.keptPath).text(in: l)) }
        while true {
          do throws(EditorFailure) {
            try Editor.open(edit.copyPath, environment: environment)
          } catch {
            edit.discard()
            throw DiagnosticsError(
              Diagnostic(file: path, PlanEditProblem.editorFailed(error)))
          }
          if edit.isUnchanged {
            edit.discard()
            edit.forgetKept()
            print(PlanEditMessage.noChanges(path).text(in: l))
            return
          }
          let problems = edit.problems(namingFile: interactive ? path : edit.keptPath)
          let errors = problems.filter { $0.severity == .error }.count
          if !problems.isEmpty { Output.print(diagnostics: problems) }
          if errors == 0 {
            try edit.install()
            print(PlanEditMessage.saved(path).text(in: l))
            return
          }
          guard interactive else {
            let kept = try edit.keep()
            Output.printError(
              PlanEditMessage.keptAside(plan: path, kept: kept, errors: errors).text(in: l))
            throw ExitCode(1)
          }
          switch ask(PlanEditMessage.prompt(errors: errors).text(in: l)) {
          case .editAgain:
            continue
          case .keepAnyway:
            try edit.install()
            print(PlanEditMessage.savedWithErrors(path, errors: errors).text(in: l))
            return
          case .quit:
            let kept = try edit.keep()
            Output.printError(
              PlanEditMessage.keptAside(plan: path, kept: kept, errors: errors).text(in: l))
            throw ExitCode(1)
          }
        }
      }
    }

    /// The person's choice after a copy with errors; the end of input quits.
    func ask(_ prompt: String) -> PlanEditChoice {
      while true {
        FileHandle.standardError.write(Data(prompt.utf8))
        guard let line = readLine() else { return .quit }
        if let choice = PlanEditChoice(answer: line) { return choice }
      }
    }
  }
}
