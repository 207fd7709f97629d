import Testing

@testable import RolloutKit

/// SPEC §2: every plan error is reported compiler-style with line, column and a fix.
@Suite struct PlanDiagnosticsTests {
  /// One broken plan and the one diagnostic it must produce.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var yaml: String
    var line: Int
    var column: Int
    var message: String
    var fix: String?

    var testDescription: String { name }
  }

  static let header = """
    plan: Test plan
    starts: 2026-08-31
    metrics:
      csat:
        title: Customer satisfaction
    objectives:
      - id: fast
        title: Fast answers
    phases:
      - id: listen
        title: Listen
        weeks: 4
        goals:

    """

  /// A plan whose only goal is `goal` (indented as a list item under `goals:`).
  static func plan(goal: String) -> String { header + goal }

  static let cases: [Case] = [
    Case(
      name: "unknown top-level key", yaml: "plan: X\nstarts: 2026-08-31\nlangauge: fi\nphases: []\n",
      line: 3, column: 1, message: "unknown key 'langauge' in the plan",
      fix: "did you mean 'language'?"),
    Case(
      name: "missing title", yaml: "starts: 2026-08-31\nphases:\n  - id: a\n    title: A\n    weeks: 1\n    goals:\n      - id: g\n        title: G\n",
      line: 1, column: 1, message: "the plan is missing 'plan'", fix: "add 'plan: Web strategy rollout'"),
    Case(
      name: "impossible date", yaml: header.replacingOccurrences(of: "2026-08-31", with: "2026-02-30")
        + "      - id: g\n        title: G\n",
      line: 2, column: 9, message: "'2026-02-30' is not a date in the calendar",
      fix: "write the date as YYYY-MM-DD, for example 2026-08-31"),
    Case(
      name: "unknown language", yaml: "plan: X\nstarts: 2026-08-31\nlanguage: sv\nphases:\n  - id: a\n    title: A\n    weeks: 1\n    goals:\n      - id: g\n        title: G\n",
      line: 3, column: 11, message: "'sv' is not a valid language", fix: "(one of: en, fi, nl)"),
    Case(
      name: "bad id", yaml: plan(goal: "      - id: First Response\n        title: G\n"),
      line: 14, column: 13,
      message: "'First Response' is not a valid goal id: use lowercase letters, digits, '-' and '_' only",
      fix: "write it as 'first-response'"),
    Case(
      name: "wrong type for weeks", yaml: header.replacingOccurrences(of: "weeks: 4", with: "weeks: four")
        + "      - id: g\n        title: G\n",
      line: 12, column: 12, message: "'weeks' of phase 'listen' must be a whole number, but this is 'four'",
      fix: "write a number such as 2"),
    Case(
      name: "weeks out of range", yaml: header.replacingOccurrences(of: "weeks: 4", with: "weeks: 0")
        + "      - id: g\n        title: G\n",
      line: 12, column: 12, message: "'weeks' of phase 'listen' is 0, but it must be between 1 and 520",
      fix: "choose a value from 1 to 520"),
    Case(
      name: "dangling metric", yaml: plan(goal: "      - id: g\n        title: G\n        metric: cstat\n        target: \">= 4\"\n"),
      line: 16, column: 17, message: "goal 'g' uses the metric 'cstat', which is not defined",
      fix: "did you mean 'csat'?"),
    Case(
      name: "dangling serves", yaml: plan(goal: "      - id: g\n        title: G\n        serves: [fsat]\n"),
      line: 16, column: 18, message: "goal 'g' serves 'fsat', which is not an objective",
      fix: "did you mean 'fast'?"),
    Case(
      name: "target without comparison", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: 4\n"),
      line: 17, column: 17, message: "the target of goal 'g' has no comparison",
      fix: "write it with one, in quotes: target: \">= 4\" (or <, <=, >, ==)"),
    Case(
      name: "target that is not a comparison", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: about four\n"),
      line: 17, column: 17, message: "'about four' is not a target",
      fix: "write a comparison and a number in quotes, such as \"<= 24\" or \">= 4.2\""),
    Case(
      name: "unquoted >= target", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: >= 4\n"),
      line: 17, column: 18, message: "a value that starts with '>' or '|' begins a block of text in YAML",
      fix: "put the value in double quotes, for example \">= 4.2\""),
    Case(
      name: "missing target", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n"),
      line: 14, column: 9, message: "a goal is missing 'target'", fix: "add 'target: \"<= 24\"'"),
    Case(
      name: "window out of range", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: \">= 4\"\n        window: 0\n"),
      line: 18, column: 17, message: "'window' is 0, but it must be between 1 and 520",
      fix: "choose a value from 1 to 520"),
    Case(
      name: "weeks-met above window", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: \">= 4\"\n        window: 2\n        weeks-met: 3\n"),
      line: 19, column: 20, message: "'weeks-met' is 3, but the window has only 2 weeks",
      fix: "set 'window' to at least 3, or lower 'weeks-met'"),
    Case(
      name: "aggregate and weeks-met together", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: \">= 4\"\n        window: 3\n        aggregate: mean\n        weeks-met: 2\n"),
      line: 19, column: 20, message: "goal 'g' has both 'aggregate' and 'weeks-met'",
      fix: "keep one: 'weeks-met' counts weeks that meet the target, 'aggregate' combines them"),
    Case(
      name: "unknown aggregate", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: \">= 4\"\n        aggregate: average\n"),
      line: 18, column: 20, message: "'average' is not a valid aggregate",
      fix: "(one of: latest, mean, median, min, max, sum)"),
    Case(
      name: "target on a qualitative goal", yaml: plan(goal: "      - id: g\n        title: G\n        target: \">= 4\"\n"),
      line: 16, column: 9,
      message: "'target' only applies to goals measured by a metric, and goal 'g' has no 'metric'",
      fix: "add 'metric: NAME' to the goal, or remove 'target'"),
    Case(
      name: "evidence on a quantitative goal", yaml: plan(goal: "      - id: g\n        title: G\n        metric: csat\n        target: \">= 4\"\n        evidence: 2\n"),
      line: 18, column: 9,
      message: "'evidence' counts notes for qualitative goals; goal 'g' is measured by a metric",
      fix: "remove 'evidence', or remove 'metric' to make it a qualitative goal"),
    Case(
      name: "unknown goal key", yaml: plan(goal: "      - id: g\n        title: G\n        evidense: 2\n"),
      line: 16, column: 9, message: "unknown key 'evidense' in a goal", fix: "did you mean 'evidence'?"),
    Case(
      name: "required is not a boolean", yaml: plan(goal: "      - id: g\n        title: G\n        required: no\n"),
      line: 16, column: 19, message: "'required' must be true or false, but this is 'no'",
      fix: "write 'true' or 'false' (YAML 1.2 reads 'yes' and 'no' as text)"),
    Case(
      name: "empty goal list", yaml: header.replacingOccurrences(of: "goals:\n", with: "goals: []\n"),
      line: 13, column: 12, message: "phase 'listen' has no goals", fix: "add at least one goal"),
    Case(
      name: "no phases", yaml: "plan: X\nstarts: 2026-08-31\nphases: []\n",
      line: 3, column: 9, message: "the plan has no phases", fix: "add at least one phase with its goals"),
    Case(
      name: "duplicate key", yaml: plan(goal: "      - id: g\n        title: G\n        title: H\n"),
      line: 16, column: 9, message: "'title' is given twice in a goal (first on line 15)",
      fix: "keep one of them"),
    Case(
      name: "a journal given as the plan", yaml: "- {id: a1b2c3d4, kind: note}\n", line: 1, column: 1,
      message: "this file is a journal (a list of entries), not a plan",
      fix: "give the plan's .yaml file with --plan; its journal is found beside it"),
    Case(
      name: "a language's name instead of its code", yaml: "plan: X\nstarts: 2026-08-31\nlanguage: suomi\nphases: []\n",
      line: 3, column: 11, message: "'suomi' is not a language code",
      fix: "did you mean 'fi'? (one of: en, fi, nl)"),
    Case(
      name: "root is a list", yaml: "- plan: X\n", line: 1, column: 1,
      message: "the plan must be a mapping of 'key: value' lines, but this is a list",
      fix: "write it as keys on their own lines, e.g. 'plan: …'"),
    Case(
      name: "alias", yaml: "plan: &t X\nstarts: 2026-08-31\nphases: []\n", line: 1, column: 7,
      message: "anchors and aliases ('&name', '*name') are not supported here",
      fix: "write the value out in full instead of referring to another one"),
  ]

  @Test(arguments: cases)
  func reportsTheProblemWhereItIs(_ c: Case) throws {
    let (_, diagnostics) = PlanLoader.decode(Array(c.yaml.utf8), file: "Plans/x.yaml")
    let match = diagnostics.first { $0.message == c.message }
    #expect(match != nil, "no diagnostic '\(c.message)' among: \(diagnostics.map(\.message))")
    guard let match else { return }
    #expect(match.file == "Plans/x.yaml")
    #expect(match.line == c.line)
    #expect(match.column == c.column)
    if let fix = c.fix {
      #expect(match.suggestion?.hasSuffix(fix) == true, "fix was \(match.suggestion ?? "nil")")
    }
  }

  @Test func duplicateIDsNameTheFirstOne() {
    let yaml = Self.plan(goal: "      - id: g\n        title: G\n")
      + "  - id: listen\n    title: Again\n    weeks: 2\n    goals:\n      - id: g\n        title: G2\n"
    let (_, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    let messages = diagnostics.map(\.message)
    #expect(messages.contains("the phase id 'listen' is used twice (first on line 10)"))
    #expect(
      messages.contains(
        "the goal id 'g' is used twice (first on line 14); goal ids must be unique across the plan"))
  }

  @Test func everyProblemIsReportedAtOnceInFileOrder() {
    let yaml = """
      plan: X
      starts: 2026-13-01
      colour: blue
      phases:
        - id: a
          title: A
          weeks: -1
          goals:
            - id: g
              title: G
              metric: nope
              target: "<= 1"
      """
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(plan == nil)
    #expect(diagnostics.count == 4)
    #expect(diagnostics.map(\.line) == [2, 3, 7, 11])
  }

  @Test(arguments: [
    ("", "the plan is empty"),
    ("   \n\n# only a comment\n", "the plan is empty"),
    ("plan: X\u{0}\n", "the file contains a NUL byte: it looks binary, not text"),
  ])
  func emptyAndBinaryFilesGetADiagnostic(_ text: String, _ message: String) {
    let (plan, diagnostics) = PlanLoader.decode(Array(text.utf8), file: "p.yaml")
    #expect(plan == nil)
    #expect(diagnostics.map(\.message) == [message])
  }

  @Test func invalidUTF8IsLocated() {
    var bytes = Array("plan: X\nowner: ".utf8)
    bytes += [0x4A, 0xE4, 0x72, 0x76, 0x69]  // "Järvi" in Latin-1
    let (_, diagnostics) = PlanLoader.decode(bytes, file: "p.yaml")
    #expect(diagnostics.count == 1)
    #expect(diagnostics[0].line == 2)
    #expect(diagnostics[0].column == 9)
    #expect(diagnostics[0].message.hasPrefix("the file is not valid UTF-8 text"))
  }

  @Test func aValidPlanDecodesEveryField() throws {
    let yaml = Self.header
      + """
            - id: personas
              title: Personas in use
              description: Everyone can name the persona.
              evidence: 2
              serves: [fast]
              required: false
            - id: csat-goal
              title: Satisfied
              metric: csat
              target: ">= 4.2"
              window: 4
              weeks-met: 3
              baseline: 3.5
              channel: chat
      """
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let p = try #require(plan)
    #expect(p.title == "Test plan")
    #expect(p.starts == CalendarDate(year: 2026, month: 8, day: 31))
    #expect(p.language == .en && p.unlock == .automatic)
    let goals = p.phases[0].goals
    #expect(goals[0].kind == .qualitative(evidence: 2))
    #expect(goals[0].serves == ["fast"] && goals[0].required == false)
    #expect(
      goals[1].measure
        == Measure(
          metric: "csat", target: Target(.greaterOrEqual, 4.2), window: 4, rule: .weeksMet(3),
          baseline: 3.5, channel: "chat"))
  }

  /// Finnish and Dutch write `4,5` and type `≥`; the plan accepts both.
  @Test func decimalCommasAndMathSignsAreAccepted() throws {
    let yaml = Self.plan(
      goal: "      - id: g\n        title: G\n        metric: csat\n        target: \"≥ 4,5\"\n        baseline: 3,5\n")
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let measure = try #require(plan?.phases[0].goals[0].measure)
    #expect(measure.target == Target(.greaterOrEqual, 4.5))
    #expect(measure.baseline == 3.5)
    #expect(Target("≤ 24") == Target(.lessOrEqual, 24))
    #expect(Target("= 0") == Target(.equal, 0))
  }

  @Test func aFourMegabyteCommentStillLoads() {
    let comment = "# " + String(repeating: "x", count: 4_000_000) + "\n"
    let yaml = comment + Self.plan(goal: "      - id: g\n        title: G\n")
    let (plan, diagnostics) = PlanLoader.decode(Array(yaml.utf8), file: "p.yaml")
    #expect(plan != nil)
    #expect(diagnostics.isEmpty)
  }
}
