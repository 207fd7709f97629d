import Testing

@testable import RolloutKit

/// Mistakes a new user makes, each answered with what to do, in the user's language.
@Suite struct TeachingMessageTests {
  func plan(_ text: String) -> [Diagnostic] {
    PlanLoader.decode(Array(text.utf8), file: "p.yaml").1
  }

  static let phase = """
    plan: Asiakasdialogi
    starts: 2026-11-02
    phases:
      - id: kuuntelu
        title: Kuuntelu
        weeks: 4
        goals:
          - id: persoonat
            title: Persoonat

    """

  @Test func unlockUnderAPhaseBelongsAtTheTopOfThePlan() throws {
    let text = Self.phase.replacingOccurrences(
      of: "    weeks: 4\n", with: "    weeks: 4\n    unlock: decision\n")
    let d = try #require(plan(text).first)
    #expect((d.line, d.column) == (7, 5))
    #expect(d.message == "'unlock' belongs at the top of the plan, not in a phase")
    #expect(d.words.fix(in: .fi)?.contains("ylimmälle tasolle") == true)
    #expect(d.words.message(in: .nl) == "'unlock' hoort bovenaan het plan, niet in een fase")
  }

  /// `weeks: 6 viikkoa`: the fix offers the 6 that was meant, not another number.
  @Test func aNumberWithAWordAfterItOffersTheNumber() throws {
    let text = Self.phase.replacingOccurrences(of: "weeks: 4", with: "weeks: 6 viikkoa")
    let d = try #require(plan(text).first)
    #expect(d.message.contains("'weeks' must be a whole number"))
    #expect(d.words.fix(in: .fi) == "kirjoita kokonaisluku, esimerkiksi 6")
    let wrong = Self.phase.replacingOccurrences(of: "weeks: 4", with: "weeks: kuusi")
    #expect(try #require(plan(wrong).first).words.fix(in: .en) == "write a whole number such as 2")
  }

  @Test func aTitleAHashTurnedIntoACommentSaysToQuoteIt() throws {
    let text = Self.phase.replacingOccurrences(
      of: "title: Kuuntelu", with: "title: #1 Kuunnellaan")
    let d = try #require(plan(text).first)
    #expect(d.severity == .error && d.line == 5)
    #expect(d.message.contains("'#1 Kuunnellaan' after it is read as a comment"))
    #expect(d.suggestion == "put the whole value in quotes: title: \"#1 Kuunnellaan\"")
    #expect(
      d.words.fix(in: .fi) == "kirjoita koko arvo lainausmerkkeihin: title: \"#1 Kuunnellaan\"")
  }

  @Test func aTitleCutShortByAHashIsAWarningAndAnOrdinaryCommentIsNot() throws {
    let cut = Self.phase.replacingOccurrences(
      of: "title: Persoonat", with: "title: Vaihe #2 persoonat")
    let d = try #require(plan(cut).first)
    #expect(d.severity == .warning)
    #expect(d.message == "'title' stops at 'Vaihe': '#2 persoonat' after it is read as a comment")
    let commented = Self.phase.replacingOccurrences(
      of: "title: Persoonat", with: "title: Persoonat   # the author's note")
    #expect(plan(commented).isEmpty)
  }

  @Test func aDecimalCommaInAJournalLineSaysToWriteAPoint() throws {
    let line =
      "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, "
      + "metric: csat, value: 62,5, author: Aino}\n"
    let found = readJournal(line).diagnostics
    #expect(found.count == 1)
    let d = try #require(found.first)
    #expect(
      d.column == line.distance(from: line.startIndex, to: line.range(of: "62,5")!.lowerBound) + 1)
    #expect(d.suggestion == "write 'value: 62.5', with a decimal point")
    #expect(d.words.fix(in: .fi) == "kirjoita 'value: 62.5', desimaalipisteellä")
    #expect(d.words.message(in: .nl).contains("decimale komma"))
  }

  @Test func aWholeNumberFollowedByAnotherFieldIsNotADecimalComma() {
    let line =
      "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, "
      + "metric: csat, value: 62, colour: 5, author: Aino}\n"
    #expect(readJournal(line).diagnostics.first?.message == "a metric entry has no field 'colour'")
  }
}
