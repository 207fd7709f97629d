import Testing

@testable import RolloutKit

/// The problems around the plan and the journal — import files, which plan and day, the
/// editor, templates, `init`, decisions that add nothing — each worded in English, Finnish
/// and Dutch.
@Suite struct ShellProblemWordingTests {
  static let w47 = ISOWeek(year: 2026, week: 47)!

  static let importFiles: [ImportFileProblem] = [
    .unreadable, .notUTF8, .empty, .headerOnly(wide: true), .headerOnly(wide: false),
    .notCSV("x"), .quoteInsideValue, .quoteNeverClosed, .textAfterQuote,
    .quoteClosedLater(line: 4), .unnamedColumn(nearest: nil), .unknownColumn("vko", nearest: nil),
    .unknownColumn("vko", nearest: "viikko"), .columnsShareRole(["arvo", "arvo"], role: "value"),
    .noValueColumn, .weekAndDateColumns, .noWeekOrDateColumn, .rowTooLong, .emptyMetric,
  ]

  static let workbooks: [ImportFileProblem.NotAWorkbook] = [
    .plainText, .notZIP, .noWorkbookPart, .noSheets, .partTooLarge("a"), .partDamaged("a"),
    .partNotXML("a"), .sheetWithoutData("a"),
  ]

  static let workspace: [WorkspaceProblem] = [
    .todayNotADate("x"), .noPlan(nil), .noPlan(.here("a.yaml")),
    .noPlan(.above(path: "../Plans/a.yaml", folder: "..")), .manyPlans(["a", "b"]),
    .planMissing(source: "--plan", path: "a"),
    .planIsFolder(source: "--plan"), .templateMissing(path: "a", start: "x"),
    .templateIsFolder(start: "x"), .templateUnreadable, .templateNotUTF8,
    .reportWeekAhead(w47, thisWeek: w47), .journalFirst,
    .overflow(metric: "m", weeks: [w47], window: true),
    .overflow(metric: "m", weeks: [w47], window: false), .editorTemporaryFile,
    .editorCannotStart("vi"), .editorFailed("vi", status: 1), .editedNoteUnreadable,
    .folderNotCreated("a"),
    .outIsProtected(role: "journal", path: "a"), .outIsProtected(role: "plan", path: "a"),
  ]

  static let mistakes: [TemplateProblem.Mistake] = [
    .closesAnotherSection, .unfinishedTag, .sectionNeverClosed, .setDelimiter, .pragma,
    .inheritance, .tagOpenAtEnd, .other("x"),
  ]

  static let templates: [TemplateProblem] =
    mistakes.map { .unreadable($0, library: "x", line: 1, column: 2) } + [
      .tooDeep(limit: 100), .repeatsTooOften(limit: 5), .cannotRender("x"),
      .escapingOff(asked: "TEXT"), .htmlTemplate(asked: "HTML"),
      .noSuchPhase("pilot", phases: ["pilotti"]), .noSuchPhase("x", phases: ["pilotti"]),
    ]

  static let entry = Entry(
    id: "c0ffee01", at: "2026-11-25T10:02:11+02:00", week: w47, author: "Aino",
    body: .decide(Decision(phase: "a", decision: .hold, text: "x")), line: 3)

  static let others: [any Worded] = [
    PlanEditProblem.unreadable,
    PlanEditProblem.copyNotWritten, PlanEditProblem.changedMeanwhile(kept: "a"),
    PlanEditProblem.notReplaced(copy: "a"), PlanEditProblem.editorFailed(.failed("vi", status: 1)),
    EditorFailure.cannotStart("vi"),

    DecisionRefusal.alreadyPassed(phase: "a", week: w47, by: .goals, decision: nil),
    DecisionRefusal.alreadyPassed(phase: "a", week: w47, by: .decision, decision: entry),
    DecisionRefusal.repeated(phase: "a", decision: .hold, earlier: entry),
    HiddenProblems(count: 1, shown: 50, sample: JournalProblem.idUsedTwice("a", firstLine: 1)),
    HiddenProblems(count: 3, shown: 50, sample: JournalProblem.idUsedTwice("a", firstLine: 1)),
  ]

  @Test("every import-file, shell and template problem is worded in Finnish and Dutch")
  func threeWordings() {
    let all: [any Worded] =
      Self.importFiles + Self.workbooks.map { ImportProblem.notAWorkbook($0) } + Self.workspace
      + Self.templates + Self.others
    expectThreeWordings(all.map { ("\($0)", $0) })
  }

  @Test("every message of rollout edit is worded in Finnish and Dutch")
  func editMessages() {
    let messages: [PlanEditMessage] = [
      .noEditor, .noChanges("p"), .saved("p"), .savedWithErrors("p", errors: 2),
      .keptAside(plan: "p", kept: "k", errors: 1), .prompt(errors: 2), .resuming("k"),
    ]
    for m in messages {
      let (en, fi, nl) = (m.text(in: .en), m.text(in: .fi), m.text(in: .nl))
      #expect(fi != en && nl != en && fi != nl, "\(en)")
    }
  }
}
