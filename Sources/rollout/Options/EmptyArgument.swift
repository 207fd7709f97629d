import ArgumentParser

/// Refuses an argument given as '' (an unset shell variable, say): as a file name the
/// system's answer ("Is a directory", "error 512") means nothing to a user, and an empty
/// tag or channel would be written to the journal as a name that matches nothing.
func refuseEmpty(_ value: String?, _ what: String) throws {
  guard let value, value.allSatisfy(\.isWhitespace) else { return }
  throw ValidationError("\(what) is empty. Give a value, or leave the option out.")
}
