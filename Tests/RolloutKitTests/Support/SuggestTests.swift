import Testing

@testable import RolloutKit

/// "did you mean …?": edit distance by characters, and how near counts as a typo.
@Suite struct SuggestTests {
  @Test(arguments: [
    ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("csat", "csat", 0),
    ("csat", "cast", 1),  // two neighbours swapped count one
    ("kitten", "sitting", 3), ("evidense", "evidence", 1), ("äiti", "aiti", 1),
    ("pilot", "plot", 1), ("ab", "ba", 1), ("abc", "cab", 2),
  ])
  func editDistanceCountsEachChange(_ a: String, _ b: String, _ distance: Int) {
    #expect(editDistance(a, b) == distance)
    #expect(editDistance(b, a) == distance)
  }

  @Test func theNearestCandidateWinsAndCaseIsIgnored() {
    #expect(closest(to: "cstat", among: ["csat", "nps", "response_time_h"]) == "csat")
    #expect(closest(to: "CSAT", among: ["nps", "csat"]) == "csat")
    #expect(closest(to: "Pilot", among: ["listen", "pilot"]) == "pilot")
  }

  /// About one typo per three letters, at least one: a far word gets no suggestion.
  @Test func onlyATypoGetsASuggestion() {
    #expect(closest(to: "x", among: ["y"]) == "y")
    #expect(closest(to: "pilot", among: ["scale"]) == nil)
    #expect(closest(to: "anything", among: []) == nil)
    #expect(closest(to: "abcdef", among: ["abcxyz"]) == nil)
    #expect(closest(to: "abcdef", among: ["abdcef"]) == "abdcef")
  }
}
