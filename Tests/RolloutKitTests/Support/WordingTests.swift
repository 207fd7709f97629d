import Testing

@testable import RolloutKit

/// Every outcome rollout says to a person has its own Finnish and Dutch wording: one
/// sample of each case, worded in the three languages, none left empty or in English.
@Suite struct WordingTests {
  static let w47 = ISOWeek(year: 2026, week: 47)!
  static let w48 = ISOWeek(year: 2026, week: 48)!

  static let samples: [(String, any Worded)] = {
    var out: [(String, any Worded)] = []
    func add(_ items: [any Worded]) {
      out += items.map { ("\($0)", $0) }
    }
    add([
      WrittenTime.Problem.notADate("x"), WrittenTime.Problem.noSuchDay("31.2.2026"),
      WrittenTime.Problem.notAWeek("x"),
      WrittenTime.Problem.noSuchWeek("54", week: 54, year: 2026, weeks: 53),
      WrittenTime.Problem.weekNeedsYear("47", week: 47),
    ])
    add([
      UsageProblem.eitherOr("--week", "--date"), UsageProblem.emptyOption("--tag"),
      UsageProblem.emptyFile(.plan), UsageProblem.emptyFile(.importFile), UsageProblem.emptyText,
      UsageProblem.unknownStarter("x", suggestion: "web", names: ["web"]),
      UsageProblem.unknownLanguage("suomi", suggestion: "fi"),
      UsageProblem.unknownFormat("pdf", formats: ["markdown", "json"]),
      UsageProblem.printTemplateAlone, UsageProblem.weekForDatedFile(file: "a.csv", column: "week"),
      UsageProblem.missingValue, UsageProblem.unknownOption("--x"),
      UsageProblem.tooManyValues(["1", "2"]), UsageProblem.noTextToAsk,
    ])
    let parts: [PlanPart] = [.plan, .objective, .phase, .goal, .breakItem, .metric("csat")]
    for part in parts {
      add([
        PlanProblem.notAMapping(part, kind: .list, firstKey: "id"),
        PlanProblem.belongsAtTop("unlock", in: part),
        PlanProblem.keyNotAWord(part),
        PlanProblem.unknownKey("x", in: part, nearest: nil, allowed: ["id"]),
        PlanProblem.unknownKey("x", in: part, nearest: "id", allowed: ["id"]),
        PlanProblem.keyTwice("id", in: part, firstLine: 3),
        PlanProblem.missingKey("id", in: part, example: "x"),
      ])
    }
    add([PlanProblem.notALanguageCode("suomi", suggestion: "fi")])
    add([
      ImportProblem.notANumber("x"), ImportProblem.ambiguousNumber("1,234"),
      ImportProblem.wrongDecimalMark("1.5", expected: ","),
      ImportProblem.mixedDecimalMarks(point: "1.5", comma: "1,5"), ImportProblem.yesNoValue(true),
      ImportProblem.excelError("#DIV/0!"), ImportProblem.emptyDate, ImportProblem.notADate("x"),
      ImportProblem.emptyWeek, ImportProblem.week(.notAWeek("x")),
      ImportProblem.noDateColumn(columns: ["a"]), ImportProblem.noMatchedColumn(columns: []),
      ImportProblem.columnsShareMetric(metric: "m", columns: ["a", "b"]),
      ImportProblem.mapNotAPair("x"),
      ImportProblem.mapUnknownMetric(column: "a", metric: "m", suggestion: nil),
      ImportProblem.mapColumnTwice(column: "a"),
      ImportProblem.mapColumnMissing(column: "a", columns: ["b"]),
      ImportProblem.channelTwice(column: "kanava"), ImportProblem.notAWorkbook(.notZIP),
      ImportProblem.unknownSheet("x", sheets: ["a"]), ImportProblem.sheetOnlyForWorkbooks,
      ImportProblem.mapInLongFile, ImportProblem.emptyValue,
    ])
    let references: [ReferenceProblem] = [
      .noSuch(.phase, "x", nearest: nil, known: ["a"]),
      .noSuch(.goal, "x", nearest: "y", known: []),
      .noSuch(.metric, "x", nearest: nil, known: []),
      .goalOfOtherPhase(goal: "g", owner: "a", phase: "b"), .measuredGoal("g"),
      .noEntry("c0ffee01", nearest: nil),
    ]
    for r in references {
      add([ReferenceDiagnosis(r, .command), ReferenceDiagnosis(r, .journal)])
    }
    let m1 = Entry(
      id: "c0ffee01", at: "2026-11-20T10:00:00+02:00", week: w47, author: "Aino",
      body: .metric(MetricValue(metric: "m", value: 1.5)))
    add([
      CaptureRefusal.alreadyWithdrawn("a", by: "b", line: 3),
      CaptureRefusal.futureWeek(w48, thisWeek: w47),
      CaptureRefusal.newChannel("Chat", near: "chat"),
      CaptureRefusal.repeatedInJournal(what: m1, week: w47, id: "c0ffee01", line: 2),
      CaptureRefusal.repeatedInFile(what: m1, week: w47, line: 4),
      CaptureRefusal.repeatedInFile(what: m1, week: w47, line: nil),
      CaptureRefusal.outsideRange(metric: "csat", value: 45, range: 1...5),
    ])
    let reasons: [LockReason] = [
      .planStopped(w47), .planStarts(w48), .passed(phase: "a", week: w47, next: "b"),
      .onHold(phase: "a"), .waitsForGo(phase: "a"), .goals(phase: "a", met: 1, of: 3),
    ]
    for reason in reasons {
      add([
        PhaseRefusal.decisionLocked(phase: "b", week: w47, reason),
        PhaseRefusal.assessLocked(goal: "g", phase: "b", week: w47, reason),
        PhaseRefusal.goalNoteLocked(phase: "b", week: w47, reason, current: "a"),
        PhaseRefusal.locked(phase: "b", week: w47, reason),
      ])
    }
    add([
      PhaseRefusal.decisionAfterPass(phase: "a", week: w48, passed: w47, next: "b"),
      PhaseRefusal.decisionAfterPass(phase: "a", week: w48, passed: w47, next: nil),
      PhaseRefusal.decisionAfterStop(week: w48, stopped: w47),
      PhaseRefusal.noDefaultPhase(week: w47),
    ])
    return out
  }()

  @Test("every outcome is worded in Finnish and Dutch, differently from English")
  func threeWordings() {
    expectThreeWordings(Self.samples)
  }

  @Test("the texts around status and due are worded in three languages")
  func statusWords() {
    let reasons: [PendingReason] = [
      .phaseLocked, .weeksOfData(have: 1, need: 3), .stale(lastValue: Self.w47), .notAssessed,
      .evidence(have: 1, need: 2),
    ]
    let items: [DueList.Item] = [
      .metricValue(phase: "a", metric: "m", channel: nil, goals: ["g"]),
      .assessment(phase: "a", goal: "g"), .evidence(phase: "a", goal: "g", have: 1, need: 2),
      .goDecision(phase: "a"), .onHold(phase: "a", since: Self.w47),
      .overdue(phase: "a", weeks: 2, plannedEnd: Self.w47),
    ]
    let texts: [(Language) -> String] =
      reasons.map { r in { r.words(in: $0) } } + items.map { i in { i.words(in: $0) } }
    for text in texts {
      #expect(text(.fi) != text(.en) && text(.nl) != text(.en) && text(.fi) != text(.nl))
    }
    #expect(PendingReason.notAssessed.words(in: .en) == PendingReason.notAssessed.description)
  }
}

/// Each sample's message and fix differ in the three languages, and a fix is given in all
/// three or in none.
func expectThreeWordings(_ samples: [(String, any Worded)]) {
  for (name, sample) in samples {
    let en = sample.message(in: .en) + " | " + (sample.fix(in: .en) ?? "")
    let fi = sample.message(in: .fi) + " | " + (sample.fix(in: .fi) ?? "")
    let nl = sample.message(in: .nl) + " | " + (sample.fix(in: .nl) ?? "")
    #expect(!sample.message(in: .en).isEmpty, "\(name)")
    #expect(fi != en && nl != en && fi != nl, "\(name): \(en) / \(fi) / \(nl)")
    #expect(
      (sample.fix(in: .en) == nil) == (sample.fix(in: .fi) == nil)
        && (sample.fix(in: .en) == nil) == (sample.fix(in: .nl) == nil), "\(name)")
  }
}

/// A fix at the web form of `rollout serve` names what the form offers, never a command-line
/// option; each refusal a note from the form can meet has one, in all three languages.
@Suite struct WebFormFixTests {
  static let w48 = ISOWeek(year: 2026, week: 48)!

  /// The refusals a note from the form can meet.
  static let formRefusals: [any Worded] = [
    NoteRefusal.emptyText,
    ReferenceDiagnosis(.noSuch(.goal, "personaz", nearest: "personas", known: []), .command),
    ReferenceDiagnosis(.noSuch(.goal, "x", nearest: nil, known: ["a"]), .command),
    ReferenceDiagnosis(.noSuch(.phase, "scal", nearest: "scale", known: []), .command),
    ReferenceDiagnosis(.goalOfOtherPhase(goal: "g", owner: "a", phase: "b"), .command),
    CaptureRefusal.repeatedNote(week: w48, id: "c0ffee01", line: 3),
    CaptureRefusal.newChannel("Chat", near: "chat"),
    PhaseRefusal.locked(phase: "b", week: w48, .goals(phase: "a", met: 1, of: 3)),
    PhaseRefusal.goalNoteLocked(phase: "b", week: w48, .onHold(phase: "b"), current: "a"),
    PhaseRefusal.goalNoteLocked(phase: "b", week: w48, .planStopped(w48), current: nil),
    PhaseRefusal.noDefaultPhase(week: w48),
  ]

  @Test func everyRefusalOfTheFormHasAFixForTheFormInThreeLanguages() {
    for refusal in Self.formRefusals {
      let fixes = Language.allCases.map { refusal.fix(in: $0, at: .webForm) }
      #expect(fixes.allSatisfy { $0 != nil }, "\(refusal)")
      #expect(Set(fixes).count == 3, "\(refusal): \(fixes)")
    }
  }

  @Test func noFixAtTheFormNamesACommandLineOption() {
    let all = WordingTests.samples.map(\.1) + Self.formRefusals
    for words in all {
      for l in Language.allCases {
        let fix = words.fix(in: l, at: .webForm) ?? ""
        #expect(!fix.contains("--"), "\(words): \(fix)")
      }
      // Given in all three languages or in none.
      let given = Language.allCases.map { words.fix(in: $0, at: .webForm) != nil }
      #expect(Set(given).count == 1, "\(words)")
    }
  }

  @Test func theCommandLineKeepsItsOwnFixes() {
    let repeated = CaptureRefusal.repeatedNote(week: Self.w48, id: "c0ffee01", line: 3)
    #expect(repeated.fix(in: .en, at: .commandLine) == repeated.fix(in: .en))
    #expect(repeated.fix(in: .en)?.contains("--again") == true)
    let locked = PhaseRefusal.locked(phase: "b", week: Self.w48, .onHold(phase: "b"))
    #expect(locked.fix(in: .fi, at: .commandLine)?.contains("--force") == true)
    // A refusal without a fix for the form shows none there.
    let decision = PhaseRefusal.decisionAfterStop(week: Self.w48, stopped: Self.w48)
    #expect(decision.fix(in: .en) != nil)
    #expect(decision.fix(in: .en, at: .webForm) == nil)
  }

  @Test func afterAStopNoFixPointsAtAnOpenPhase() {
    // A reviewer was told to "decide about the phase that is open in 2026-W45" after the
    // plan's stop, when no phase is open.
    let refused = PhaseRefusal.decisionLocked(phase: "b", week: Self.w48, .planStopped(Self.w48))
    for l in Language.allCases {
      #expect(
        refused.fix(in: l)
          == PhaseRefusal.decisionAfterStop(week: Self.w48, stopped: Self.w48).fix(in: l))
    }
    #expect(refused.fix(in: .nl) == "een stop is definitief; latere besluiten tellen niet")
    let onHold = PhaseRefusal.decisionLocked(phase: "b", week: Self.w48, .onHold(phase: "a"))
    #expect(onHold.fix(in: .en)?.contains("open in") == true)
  }
}
