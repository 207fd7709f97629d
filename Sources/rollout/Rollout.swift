import ArgumentParser
import RolloutKit

@main
struct Rollout: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rollout",
    abstract: "Track a phased strategy rollout and show whether each phase has earned its gate.",
    discussion: """
      Write a plan (YAML) with phases and their qualitative and quantitative goals, log \
      notes, metric values, assessments and decisions every week, and run 'rollout report' \
      before the management meeting.
      """,
    version: RolloutVersion.current,
    subcommands: [
      Init.self,
      Edit.self,
      Check.self,
      Schema.self,
      Note.self,
      Metric.self,
      Assess.self,
      Decide.self,
      Retract.self,
      Import.self,
      Log.self,
      Status.self,
      Due.self,
      ReportCommand.self,
      Serve.self,
      Token.self,
    ]
  )

  /// The arguments with a note's repeated `--tag` options gathered (`GatheredTags`); a
  /// usage error ends with its pointer to `--help` in the user's language (`ParserText`).
  static func main() {
    do {
      var command = try parseAsRoot(
        GatheredTags.gathered(Array(CommandLine.arguments.dropFirst())))
      try command.run()
    } catch {
      ParserText.exit(withError: error)
    }
  }
}
