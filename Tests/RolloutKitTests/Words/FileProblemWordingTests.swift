import Testing
import YAML

@testable import RolloutKit

/// The problems of plan and journal files — YAML syntax, plan values and rules, journal
/// lines — each worded in English, Finnish and Dutch.
@Suite struct FileProblemWordingTests {
  static let w47 = ISOWeek(year: 2026, week: 47)!

  static let yaml: [YAMLProblem] = [
    .unexpectedColon, .indentedMore, .keysMisaligned, .listItemsMisaligned, .cannotStartValue,
    .endsInsideQuoteOrBracket, .keyWithoutColon(suggestion: nil),
    .keyWithoutColon(suggestion: "weeks: 6"), .flowMappingUnclosed, .flowListUnclosed,
    .valueMissing, .tabIndentation, .controlCharacters, .notUTF8(byte: 0xFF), .notUTF8(byte: nil),
    .nulByte, .unknownTagHandle, .unknownEscape, .listItemWhereValueExpected, .twoVersionLines,
    .blockScalar, .anchorOrAlias, .secondDocument, .unsupportedTag("!x"), .tooDeep(limit: 64),
    .outOfMemory, .unreadable("while parsing something"),
  ]

  static let values: [PlanValueProblem] = [PlanField.key("title"), .metricName].flatMap { f in
    [
      .notText(f, found: .kind(.list)), .notText(f, found: .kind(.nothing)), .empty(f),
      .commentedOut(f, comment: "#1 Kuunnellaan"),
      .cutByComment(f, kept: "Vaihe", comment: "#1 kuuntelu"),
      .notAnID("Kuuntelu", f, suggestion: "kuuntelu"), .notAnID("X", .key("id"), suggestion: "x"),
      .notAnID("ÄÖ", f, suggestion: nil),
      .notWhole(f, found: .written("six"), example: 2),
      .outOfBounds(f, value: 0, bounds: 1...520), .notANumber(f, found: .written("x")),
      .notAFlag(f, found: .written("yes")),
      .notAChoice("x", f, options: ["a", "b"], nearest: nil),
      .notAChoice("aa", f, options: ["a", "b"], nearest: "a"), .notAList(f),
      .notASpan(f, found: .written("3")), .spanReversed(f, low: 5, high: 1),
    ]
  }

  static let rules: [PlanRuleProblem] = [
    .cannotRead, .emptyPlan, .journalNotPlan, .notACollection("phases", found: .kind(.text)),
    .notACollection("metrics", found: .kind(.list)),
    .notACollection("breaks", found: .kind(.text)), .noPhases, .noGoals(phase: nil),
    .noGoals(phase: "a"),
    .usedTwice(.phase, id: "a", firstLine: 3), .usedTwice(.goal, id: "a", firstLine: 3),
    .usedTwice(.objective, id: "a", firstLine: 3), .usedTwice(.metric("m"), id: "m", firstLine: 3),
    .phaseEndsTooLate(phase: "a", last: w47), .unknownObjective(goal: "g", name: "x", known: []),
    .unknownObjective(goal: "g", name: "fst", known: ["fast"]),
    .unknownMetric(goal: "g", name: "x", known: ["csat"]),
    .unknownMetric(goal: "g", name: "x", known: []), .evidenceWithMetric(goal: "g"),
    .evidenceWithMetric(goal: nil), .needsMetric("target", goal: "g"),
    .aggregateAndWeeksMet(goal: "g"), .weeksMetOverWindow(count: 3, window: 1),
    .weeksMetOverWindow(count: 3, window: 2), .targetWithoutComparison(goal: "g", number: "4"),
    .notATarget("x"), .targetNotText(goal: "g"),
    .breaksOverlap("2026-W52", other: "2026-W52..2027-W01", line: 4),
    .notAWeekRange("x", suggestion: nil), .notAWeekRange("2026-52", suggestion: "2026-W52"),
    .weekNotInCalendar("2026-W54", year: 2026, weeks: 53, suggestion: nil),
    .partNotAWeek("2026-52", in: "2026-52..2027-W01", suggestion: "2026-W52"),
    .partNotAWeek("x", in: "x..2027-W01", suggestion: nil),
    .breakReversed("2027-W01..2026-W52", from: w47, to: w47),
    .importColumnNotText(found: .kind(.list)), .importColumnEmpty,
    .columnClaimedTwice("Sessions", metric: "m"), .columnListedTwice("Sessions"),
  ]

  static let journal: [JournalProblem] = [
    .fileFailed(.read), .fileFailed(.open), .fileFailed(.lock), .fileFailed(.write(reason: "x")),
    .fileFailed(.write(reason: nil)), .fileFailed(.flush), .fileFailed(.examine),
    .fileFailed(.openForRepair), .fileFailed(.shorten), .tornTail(file: "j.yaml"), .notOneLine,
    .notFlow, .continuesOnNextLine, .notAMapping(found: .list), .fieldNotAWord, .fieldTwice("id"),
    .unknownField("colour", kind: "note", allowed: ["text"]),
    .unknownField("txt", kind: "note", allowed: ["text"]),
    .decimalComma(field: "value", whole: "62", fraction: "5"),
    .notAnEntryID("x", target: false), .notAnEntryID("x", target: true), .notATimestamp("x"),
    .noKind(kinds: ["note"]), .kindNotAWord(found: .list), .notAKind("x", kinds: ["note"]),
    .notAWeek("x"), .missingField("text", kind: "note", words: nil),
    .missingField("verdict", kind: nil, words: ["met"]), .notText("text", found: .list),
    .notAList("tags", found: .text, written: "chat"), .itemNotAWord("tags", found: .list),
    .notANumber("value", found: .text, looksNumeric: true),
    .notANumber("value", found: .list, looksNumeric: false), .notFinite("value", written: ".inf"),
    .notAChoice("x", field: "verdict", words: ["met"]), .idUsedTwice("c0ffee01", firstLine: 2),
    .withdrawsItself("c0ffee01"),
    .afterStop(decision: "go", phase: "a", week: w47, stopWeek: w47, stopLine: 3),
  ]

  @Test("every YAML, plan and journal problem is worded in Finnish and Dutch")
  func threeWordings() {
    let all: [any Worded] = Self.yaml + Self.values + Self.rules + Self.journal
    expectThreeWordings(all.map { ("\($0)", $0) })
  }
}
