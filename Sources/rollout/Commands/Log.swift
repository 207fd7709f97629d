import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout log`: lists the journal's entries.
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log",
      abstract: "List the journal's entries in the order they were logged, newest last.")

    @Option(help: "Only entries about this phase.", completion: .plan(.phases))
    var phase: String?

    @Option(help: "Only entries about this goal.", completion: .plan(.goals))
    var goal: String?

    @Option(help: "Only this kind: note, metric, assess, decide or retract.")
    var kind: Typed<Entry.Kind>?

    @Option(
      help: ArgumentHelp(
        "Only entries about this week or later (2026-W47, 47/2026, vko 47/2026, wk 47 2026).",
        valueName: "week"))
    var since: String?

    @Option(help: ArgumentHelp("Only entries about this week or earlier.", valueName: "week"))
    var until: String?

    @Flag(help: "Write the entries as JSON.")
    var json = false

    @OptionGroup var planOptions: PlanOptions

    func validate() throws {
      _ = try kind?.value()
      _ = try checkedWeek(since)
      _ = try checkedWeek(until)
    }

    func run() throws {
      try planOptions.withWorkspace { workspace in
        try refuseUnknown(phase, goal, in: workspace.plan)
        let filter = JournalLog.Filter(
          phase: phase, goal: goal, kind: try kind?.value(),
          since: try? since.map { text throws in try WrittenTime.week(text, today: workspace.today)
          },
          until: try? until.map { text throws in try WrittenTime.week(text, today: workspace.today)
          })
        let rows = JournalLog.rows(
          Array(try workspace.entries()), plan: workspace.plan, filter: filter)
        let text =
          json
          ? JournalLog.json(rows)
          : JournalLog.text(
            rows, width: Output.terminalWidth(fd: 1), language: workspace.language)
        print(text, terminator: "")
      }
    }
  }
}

/// `log --goal nope` names the mistake instead of answering "No entries.".
private func refuseUnknown(_ phase: String?, _ goal: String?, in plan: Plan)
  throws(DiagnosticsError)
{
  var problems: [ReferenceProblem] = []
  if let phase, plan.phase(phase) == nil {
    problems.append(EntryReferences.noSuch(.phase, phase, among: plan.phases.map(\.id)))
  }
  if let goal, plan.goal(goal) == nil {
    problems.append(EntryReferences.noSuch(.goal, goal, among: plan.goalIDs))
  }
  guard problems.isEmpty else {
    throw DiagnosticsError(problems.map { Diagnostic(ReferenceDiagnosis($0, .command)) })
  }
}
