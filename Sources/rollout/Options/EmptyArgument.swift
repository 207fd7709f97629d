import ArgumentParser
import RolloutKit

/// Refuses an argument given as '' (an unset shell variable, say): as a file name the
/// system's answer ("Is a directory", "error 512") means nothing to a user, and an empty
/// tag or channel would be written to the journal as a name that matches nothing.
func refuseEmpty(_ value: String?, _ problem: UsageProblem) throws {
  guard let value, value.allSatisfy(\.isWhitespace) else { return }
  throw usageError(problem)
}

/// Refuses an option given as ''.
func refuseEmpty(_ value: String?, _ option: String) throws {
  try refuseEmpty(value, .emptyOption(option))
}
