import ArgumentParser
import Foundation
import RolloutKit

/// What the process knows before a plan is opened: its environment, the language of the
/// messages, and today for reading a typed week while the arguments are checked.
enum Shell {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// The language of every message (docs/languages.md).
  static var language: Language { Language(messagesFor: environment) }

  /// Today, for `W47` and `47`; a wrong `ROLLOUT_TODAY` is reported when the plan is
  /// opened, so here it falls back to the system date.
  static var today: CalendarDate {
    (try? Today.resolve(environment: environment))
      ?? (try? Today.resolve(environment: [:])) ?? CalendarDate(daysSinceEpoch: 0)
  }
}

/// A usage error (exit 64) worded in the user's language: the problem, then the fix, as
/// sentences.
func usageError(_ words: some Worded) -> ValidationError {
  let l = Shell.language
  let parts = [words.message(in: l)] + (words.fix(in: l).map { [$0] } ?? [])
  return ValidationError(parts.map(sentence).joined(separator: " "))
}

/// `'x' is not a week` → `'x' is not a week.`; a lower-case first letter becomes a capital.
func sentence(_ text: String) -> String {
  guard let first = text.first else { return text }
  let body = first.isLowercase ? first.uppercased() + text.dropFirst() : text
  // A fix that ends with a command line (`--text "…"`) is copied, so it gets no full stop.
  return body.hasSuffix(".") || body.hasSuffix("?") || body.hasSuffix("\"") ? body : body + "."
}

/// A typed date, checked in `validate()`.
func checkedDate(_ text: String?) throws -> CalendarDate? {
  guard let text else { return nil }
  do { return try WrittenTime.date(text) } catch { throw usageError(error) }
}

/// A typed week, checked in `validate()`.
func checkedWeek(_ text: String?, today: CalendarDate = Shell.today) throws -> ISOWeek? {
  guard let text else { return nil }
  do { return try WrittenTime.week(text, today: today) } catch { throw usageError(error) }
}
