import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout due`: what is still missing for the report week.
  struct Due: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "due",
      abstract: "List what is still missing this week: values, assessments, notes, decisions.",
      discussion: """
        For the active phase: metric values not logged for the week, qualitative goals \
        not assessed or short of supporting notes, a go decision awaited, a hold to lift, \
        and whether the phase is overdue.
        """)

    @OptionGroup var weekOptions: WeekOptions
    @OptionGroup var planOptions: PlanOptions

    func run() throws {
      let evaluation = try weekOptions.evaluation(plan: planOptions)
      print(
        DueText(language: Shell.language).render(DueList(evaluation), evaluation: evaluation),
        terminator: "")
    }
  }
}
