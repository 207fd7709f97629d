import RolloutKit
import Testing

@Suite("Status output")
struct StatusOutputTests {
  @Test("OrderedJSON keeps key order, writes nulls, escapes strings and never writes inf")
  func orderedJSON() {
    let value = OrderedJSON.object([
      ("z", .null), ("a", .string("say \"hi\"\n\u{1}")), ("n", .number(1.0)),
      ("inf", .number(.infinity)), ("list", .array([])), ("i", .int(3)),
    ])
    #expect(
      value.rendered() == """
        {
          "z": null,
          "a": "say \\"hi\\"\\n\\u0001",
          "n": 1.0,
          "inf": null,
          "list": [],
          "i": 3
        }

        """)
  }

  @Test("a locked quantitative goal in JSON: pending, 'phase locked', nulls present")
  func lockedGoalJSON() {
    let p = plan([phase("a", [quant("g")]), phase("b", [quant("h", window: 3)])])
    let json = StatusJSON.render(p.evaluate(TestJournal(), at: "2026-W10"))
    #expect(
      json.contains(
        """
                  "status": "pending",
                  "reason": "phase locked",
                  "metric": "m",
                  "value": null,
                  "target": ">= 10",
                  "weeksOfData": 0,
                  "window": 3,
                  "weeksMet": null,
                  "progress": null
        """))
  }

  @Test(
    "progress bars and numbers as people read them",
    arguments: [(0.0, "░░░░░░░░░░ 0%"), (0.57, "██████░░░░ 57%"), (1.0, "██████████ 100%")])
  func bar(_ progress: Double, _ expected: String) {
    #expect(StatusText(colour: false).bar(progress) == expected)
  }

  @Test("colour only when asked for; user text cannot send control characters")
  func colourAndControl() {
    var p = plan([phase("a", [quant("g")])])
    p.title = "Evil\u{1B}[2J title"
    let e = p.evaluate(TestJournal(), at: "2026-W10")
    let plain = StatusText(colour: false).render(e)
    #expect(!plain.contains("\u{1B}"))
    #expect(plain.hasPrefix("Evil [2J title\n"))
    #expect(StatusText(colour: true).render(e).contains("\u{1B}[1m"))
  }
}
