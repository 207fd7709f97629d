import Testing

@testable import RolloutKit

/// docs/languages.md: the language of the messages, from the environment.
@Suite struct MessageLanguageTests {
  @Test(
    "ROLLOUT_LANG, else the first of LC_ALL, LC_MESSAGES, LANG that is set",
    arguments: [
      ([:], Language.en),
      (["LANG": "fi_FI.UTF-8"], .fi),
      (["LANG": "nl_NL.UTF-8"], .nl),
      (["LANG": "nl_BE"], .nl),
      (["LANG": "C"], .en),
      (["LANG": "C.UTF-8"], .en),
      (["LANG": "POSIX"], .en),
      (["LANG": "sv_FI.UTF-8"], .en),  // Swedish in Finland: English, not Finnish
      (["LANG": "de_DE.UTF-8"], .en),
      (["LANG": "fi"], .fi),
      (["LC_ALL": "nl_NL.UTF-8", "LANG": "fi_FI.UTF-8"], .nl),
      (["LC_MESSAGES": "fi_FI.UTF-8", "LANG": "nl_NL.UTF-8"], .fi),
      (["LC_ALL": "", "LANG": "fi_FI.UTF-8"], .fi),  // an empty variable is not set
      (["LC_ALL": "C", "LANG": "fi_FI.UTF-8"], .en),  // the first set one decides
      (["ROLLOUT_LANG": "nl", "LANG": "fi_FI.UTF-8"], .nl),
      (["ROLLOUT_LANG": "FI"], .fi),
      (["ROLLOUT_LANG": "en", "LC_ALL": "fi_FI.UTF-8"], .en),
      (["ROLLOUT_LANG": "klingon", "LANG": "fi_FI.UTF-8"], .en),
    ])
  func chosen(_ environment: [String: String], _ language: Language) {
    #expect(Language(messagesFor: environment) == language)
  }

  @Test(
    "a language's name, in any of the three, or a typo points to its code",
    arguments: [
      ("suomi", "fi"), ("Finnish", "fi"), ("nederlands", "nl"), ("Dutch", "nl"),
      ("englanti", "en"), ("fii", "fi"), ("nll", "nl"),
    ])
  func suggestions(_ text: String, _ code: String) {
    #expect(Language.suggestion(for: text) == code)
  }

  @Test func nothingNearIsNoSuggestion() {
    #expect(Language.suggestion(for: "klingon") == nil)
  }
}
