import Foundation
import RolloutKit

/// The fields of a request: `application/x-www-form-urlencoded` (a query, the page's form)
/// or a JSON object with the same keys (scripts).
struct FormFields: Sendable, Hashable {
  var values: [String: String] = [:]

  subscript(_ key: String) -> String? {
    guard let value = values[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
      return nil
    }
    return value
  }

  /// `a=1&b=x+y%21`: `+` is a space, `%XX` a byte; a later key wins.
  init(urlEncoded text: String) {
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Self.decode(parts[0])
      values[key] = parts.count > 1 ? Self.decode(parts[1]) : ""
    }
  }

  /// A JSON object's string values; a list (`tags`) is joined with commas. `nil` when the
  /// text is not a JSON object.
  init?(json data: Data) {
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      return nil
    }
    for (key, value) in object {
      switch value {
      case let s as String: values[key] = s
      case let list as [Any]: values[key] = list.compactMap { $0 as? String }.joined(separator: ",")
      default: continue
      }
    }
  }

  init(_ values: [String: String] = [:]) {
    self.values = values
  }

  static func decode(_ part: Substring) -> String {
    let spaced = part.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }

  /// A browser sends a text area's line breaks as CR LF (HTML's form encoding); the
  /// journal keeps LF, as a note typed on the command line has, so that the same note from
  /// the form and from `rollout note` is the same text (and a repeat is seen as one).
  static func lineEnds(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  /// The note the fields ask for; a sentiment that is not one of the three is a problem.
  func noteRequest(via: String) -> (NoteRequest, [Diagnostic]) {
    var problems: [Diagnostic] = []
    var sentiment: Sentiment?
    if let word = self["sentiment"] {
      sentiment = Sentiment(typed: word)
      if sentiment == nil { problems.append(Diagnostic(WebProblem.badSentiment(word))) }
    }
    let tags = (self["tags"] ?? "").split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "#", with: "") }
      .filter { !$0.isEmpty }
    let request = NoteRequest(
      phase: self["phase"], goal: self["goal"], tags: tags, channel: self["channel"],
      sentiment: sentiment, text: Self.lineEnds(values["text"] ?? ""), via: via)
    return (request, problems)
  }
}
