import Testing

@testable import RolloutKit

/// `rollout log` on a terminal: lines cut to its width; in a pipe or file: whole.
@Suite struct JournalLogWidthTests {
  @Test(arguments: [
    ("short", 10, "short"),
    ("exactly10!", 10, "exactly10!"),
    ("eleven char", 10, "eleven ch…"),
    ("äöå ÄÖÅ äöå", 5, "äöå …"),
    ("日本語のテキスト", 7, "日本語…"),
    ("abc", 1, "…"),
  ])
  func linesAreCutToTheColumnsTheyTake(text: String, width: Int, expected: String) {
    #expect(TerminalText.fitted(text, width: width) == expected)
  }

  @Test func logLinesFitTheTerminalOnlyWhenAWidthIsGiven() {
    let long = String(repeating: "Asiakkaat kiittivät nopeista vastauksista. ", count: 8)
    let entry = sampleEntry(.note, text: long)
    let rows = JournalLog.rows([entry], plan: journalTestPlan, filter: JournalLog.Filter())
    let whole = JournalLog.text(rows)
    #expect(whole.count > 300)
    #expect(whole.contains(long.trimmingCharacters(in: .whitespaces)))
    let cut = JournalLog.text(rows, width: 80)
    #expect(cut.count == 81 && cut.hasSuffix("…\n"))
  }

  /// Piped or redirected, who wrote an entry stays whole, however long the name.
  @Test func theAuthorIsCutOnlyOnATerminal() {
    var entry = sampleEntry(.decide, text: "Go")
    entry.author = "Stuurgroep (Jan de Vries, voorzitter)"
    let rows = JournalLog.rows([entry], plan: journalTestPlan, filter: JournalLog.Filter())
    #expect(JournalLog.text(rows).contains("Stuurgroep (Jan de Vries, voorzitter)  "))
    #expect(JournalLog.text(rows, width: 200).contains("Stuurgroep (Jan…  "))
  }
}
