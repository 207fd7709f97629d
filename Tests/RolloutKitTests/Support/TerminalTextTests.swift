import Testing

@testable import RolloutKit

/// Output cut and wrapped to a terminal's width: wide letters take two columns, colour
/// codes none, and a cut never splits a colour code.
@Suite struct TerminalTextTests {
  @Test func textThatFitsIsUnchanged() {
    #expect(TerminalText.fitted("abc", width: 3) == "abc")
    #expect(TerminalText.fitted("", width: 3) == "")
    #expect(TerminalText.fitted("abc", width: 0) == "")
  }

  @Test func aCutEndsInAnEllipsisWithinTheWidth() {
    #expect(TerminalText.fitted("abcdef", width: 4) == "abc…")
    #expect(TerminalText.fitted("漢字漢字", width: 5) == "漢字…")
    #expect(TerminalText.visibleWidth(TerminalText.fitted("漢字漢字", width: 4)) <= 4)
  }

  @Test func colourCodesTakeNoColumnsAndAreKeptWhole() {
    let red = TerminalText.paint("abcdef", "31", colour: true)
    #expect(TerminalText.visibleWidth(red) == 6)
    let cut = TerminalText.fitted(red, width: 4, colour: true)
    #expect(cut == "\u{1B}[31mabc\u{1B}[0m…\u{1B}[0m")
    #expect(TerminalText.paint("abc", "31", colour: false) == "abc")
  }

  @Test func factsWrapBeforeTheWidthAndLongOnesBreakBetweenWords() {
    #expect(TerminalText.wrap(["one", "two"], indent: 2, width: 20) == ["  one · two"])
    #expect(TerminalText.wrap(["one", "two"], indent: 2, width: 8) == ["  one", "  two"])
    #expect(
      TerminalText.wrap(["a long fact of words"], indent: 2, width: 10)
        == ["  a long", "  fact of", "  words"])
    #expect(TerminalText.breakWords("incomprehensibilities", width: 6) == ["incom…"])
  }

  @Test func controlCharactersAreFlattenedToSpaces() {
    #expect(TerminalText.flat("a\u{1B}[2Jb\tc\nd") == "a [2Jb c d")
  }
}
