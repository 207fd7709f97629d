import Foundation
import RolloutKit

/// What `rollout serve` was started with.
public struct ServeSettings: Sendable {
  public var planOption: String?
  public var host: String
  public var port: Int
  public var environment: [String: String]
  public var directory: String

  public init(
    planOption: String?, host: String, port: Int,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    directory: String = FileManager.default.currentDirectoryPath
  ) {
    self.planOption = planOption
    self.host = host
    self.port = port
    self.environment = environment
    self.directory = directory
  }

  /// The plan and journal as they are now: every request reads them again, so that an
  /// edited plan, a revoked token or a note from the command line shows at once.
  func workspace() throws(DiagnosticsError) -> Workspace {
    try Workspace.open(planOption: planOption, environment: environment, directory: directory)
  }

  /// The language of the server's own messages before a plan is read.
  public var language: Language { Language(messagesFor: environment) }
}
