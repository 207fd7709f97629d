/// `rollout note --tag a --tag b …`, parsed in time linear in the number of tags.
///
/// swift-argument-parser (1.8) takes time quadratic in the number of times an option is
/// repeated: 20,000 `--tag` options took a minute before the note was even looked at.
/// Before parsing, `rollout note`'s well-formed `--tag VALUE` and `--tag=VALUE` options are
/// gathered into one private `--tag-list` option, their values joined by NUL, the one
/// character no command-line argument can hold, so that any tag comes back whole. When
/// one of them is not well formed (`--tag` last, `--tag=`, a value starting with '-'), the
/// arguments are left as they are, and the parser answers as it always did.
enum GatheredTags {
  static let option = "--tag-list"
  private static let separator: Character = "\u{0}"

  /// `arguments` (without the program's name) with a note's `--tag` options gathered.
  static func gathered(_ arguments: [String]) -> [String] {
    guard arguments.first == "note" else { return arguments }
    var kept: [String] = []
    var tags: [String] = []
    kept.reserveCapacity(arguments.count)
    // After '--' every argument is the note's text, never an option.
    let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
    var index = arguments.startIndex
    while index < end {
      let argument = arguments[index]
      if argument == "--tag" {
        let next = arguments.index(after: index)
        guard next < end, !arguments[next].hasPrefix("-") else { return arguments }
        tags.append(arguments[next])
        index = arguments.index(after: next)
        continue
      }
      if argument.hasPrefix("--tag=") {
        let value = String(argument.dropFirst("--tag=".count))
        guard !value.isEmpty else { return arguments }
        tags.append(value)
      } else {
        kept.append(argument)
      }
      index = arguments.index(after: index)
    }
    guard !tags.isEmpty else { return arguments }
    return kept + [option, tags.joined(separator: String(separator))] + arguments[end...]
  }

  /// The tags that `gathered` joined.
  static func tags(_ list: String?) -> [String] {
    guard let list else { return [] }
    return list.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
  }
}
