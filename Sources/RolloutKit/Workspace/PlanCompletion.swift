import Foundation

/// The plan's own names for shell completion: the plan found as usual (`--plan` on the
/// command line being completed, else `ROLLOUT_PLAN`, else the single plan in `./Plans/`),
/// and nothing at all on any problem, since a completion must never print an error.
public enum PlanCompletion {
  /// Which of the plan's names to offer.
  public enum Names: Sendable {
    case phases, goals, qualitativeGoals, metrics, channels
  }

  /// The names starting with `prefix`, for the command line `words`.
  public static func names(
    _ names: Names, words: [String], prefix: String,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    directory: String = FileManager.default.currentDirectoryPath
  ) -> [String] {
    guard
      let path = try? PlanLocator.locate(
        explicit: planOption(in: words), environment: environment, directory: directory),
      let data = FileManager.default.contents(atPath: path),
      let plan = PlanLoader.decode(Array(data), file: path).0
    else { return [] }
    return candidates(names, plan: plan).filter { $0.hasPrefix(prefix) }
  }

  static func candidates(_ names: Names, plan: Plan) -> [String] {
    switch names {
    case .phases: return plan.phases.map(\.id)
    case .goals: return plan.goalIDs
    case .qualitativeGoals:
      return plan.phases.flatMap(\.goals).filter {
        if case .qualitative = $0.kind { return true } else { return false }
      }.map(\.id)
    case .metrics: return plan.metrics.map(\.id)
    case .channels:
      var seen: [String] = []
      for goal in plan.phases.flatMap(\.goals) {
        if case .quantitative(let measure) = goal.kind, let channel = measure.channel,
          !seen.contains(channel)
        {
          seen.append(channel)
        }
      }
      return seen
    }
  }

  /// The value of `--plan PATH` or `--plan=PATH` among the shell's words, unquoted.
  static func planOption(in words: [String]) -> String? {
    var value: String?
    for (i, word) in words.enumerated() {
      if word == "--plan", i + 1 < words.count { value = words[i + 1] }
      if word.hasPrefix("--plan=") { value = String(word.dropFirst("--plan=".count)) }
    }
    guard var text = value else { return nil }
    if text.count >= 2, let first = text.first, first == "\"" || first == "'",
      text.last == first
    {
      text = String(text.dropFirst().dropLast())
    }
    return text.replacingOccurrences(of: "\\ ", with: " ")
  }
}
