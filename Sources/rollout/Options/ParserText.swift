import ArgumentParser
import Foundation
import RolloutKit

/// The argument parser's answer to a wrong command line, with its last line, "See 'rollout
/// note --help' for more information.", in the user's language. The parser's own errors
/// ("Missing expected argument") and the usage line stay as it writes them: it offers no
/// way to word them (docs/languages.md).
enum ParserText {
  /// Prints the parser's message for `error` as `exit(withError:)` does and exits with its
  /// code.
  static func exit(withError error: Error) -> Never {
    let code = Rollout.exitCode(for: error)
    let language = Shell.language
    guard code == .validationFailure, language != .en else { Rollout.exit(withError: error) }
    let text = worded(Rollout.fullMessage(for: error), in: language) + "\n"
    FileHandle.standardError.write(Data(text.utf8))
    Foundation.exit(code.rawValue)
  }

  /// `text` with the parser's "See '…' for more information." line worded in `l`.
  static func worded(_ text: String, in l: Language) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard let match = line.wholeMatch(of: #/  See '(.+)' for more information\./#) else {
        return String(line)
      }
      let help = match.output.1
      return l.say(
        en: String(line), fi: "  Lisätietoja: '\(help)'.",
        nl: "  Zie '\(help)' voor meer informatie.")
    }.joined(separator: "\n")
  }
}
