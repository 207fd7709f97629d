import Foundation

/// Everything a command works on: the plan, where its journal is, and today.
public struct Workspace: Sendable {
  public var planPath: String
  public var journalPath: String
  public var plan: Plan
  public var today: CalendarDate
  public var environment: [String: String]

  public init(
    planPath: String, journalPath: String, plan: Plan, today: CalendarDate,
    environment: [String: String]
  ) {
    self.planPath = planPath
    self.journalPath = journalPath
    self.plan = plan
    self.today = today
    self.environment = environment
  }

  /// Finds and loads the plan (docs/languages.md); a plan with errors throws all of them.
  public static func open(
    planOption: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    directory: String = FileManager.default.currentDirectoryPath
  ) throws(DiagnosticsError) -> Workspace {
    let path = try PlanLocator.locate(
      explicit: planOption, environment: environment, directory: directory)
    let today = try Today.resolve(environment: environment)
    let plan = try PlanLoader.load(path: path)
    return Workspace(
      planPath: path,
      journalPath: PlanLocator.journalPath(planPath: path, journalKey: plan.journal),
      plan: plan, today: today, environment: environment)
  }

  /// The language of the messages, from the environment (docs/languages.md).
  public var language: Language { Language(messagesFor: environment) }

  /// This week, from `today`.
  public var thisWeek: ISOWeek { ISOWeek(today) }
}
