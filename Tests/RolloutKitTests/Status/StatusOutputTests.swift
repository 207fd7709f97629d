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

  @Test(
    "numbers in JSON are rounded to 10 significant digits, then written in the shortest form",
    arguments: [
      (4.1000000000000005, "4.1"), (0.1 + 0.2, "0.3"), (43.666666666666664, "43.66666667"),
      (18.5, "18.5"), (1.0, "1.0"), (-2.5, "-2.5"), (123_456_789_012.0, "123456789000.0"),
      (1e-7, "1e-07"),
    ])
  func jsonNumbers(_ value: Double, _ expected: String) {
    #expect(OrderedJSON.number(value).rendered() == expected + "\n")
  }

  @Test("status --json writes a sum without float noise")
  func noFloatNoiseInStatusJSON() {
    let p = plan([phase("a", [quant("g", window: 2, rule: .aggregate(.sum))])])
    var journal = TestJournal()
    journal.series(from: "2026-W10", [0.1, 0.2])
    #expect(0.1 + 0.2 != 0.3)
    let json = StatusJSON.render(p.evaluate(journal, at: "2026-W11"))
    #expect(json.contains("\"value\": 0.3,"))
  }

  @Test("every status line fits 80 columns, even with long titles, ids and names")
  func eightyColumns() {
    let long = String(repeating: "Verkkostrategian käyttöönotto ", count: 5)
    var p = plan([
      phase("kuuntelu-ja-kartoitus", [qual("kanavakartta-on-valmis-ja-hyvaksytty", evidence: 1)]),
      phase(
        "pilotointi-paivittaisilla-dialogirutiineilla",
        [quant("chat-vastausaika", window: 3, rule: .weeksMet(2), channel: "chat-and-messenger")]),
    ])
    p.title = long
    p.phases[0].title = long
    p.phases[0].goals[0].title = long
    var journal = TestJournal()
    journal.add(
      "2026-W10",
      .assess(Assessment(goal: "kanavakartta-on-valmis-ja-hyvaksytty", verdict: .met, text: "ok")),
      author: "Aino Lehtonen-Virtanen, viestintä ja asiakaspalvelu")
    journal.note(
      "2026-W10", phase: "kuuntelu-ja-kartoitus", goal: "kanavakartta-on-valmis-ja-hyvaksytty")
    journal.add(
      "2026-W10", .decide(Decision(phase: "kuuntelu-ja-kartoitus", decision: .go, text: long)),
      author: "Ohjausryhmä")
    for week in ["2026-W10", "2026-W11"] {
      let e = p.evaluate(journal, at: week)
      for colour in [false, true] {
        let text = StatusText(colour: colour).render(e)
        for line in text.split(separator: "\n") {
          let visible = line.replacing(/\u{1B}\[[0-9;]*m/, with: "")
          #expect(visible.count <= 80, "\(visible.count): \(visible)")
        }
      }
    }
    let header = StatusText(colour: false).render(p.evaluate(journal, at: "2026-W10"))
      .split(separator: "\n")
    #expect(header[0].hasSuffix("…"))
    #expect(header[1] == "Week 2026-W10 (2026-03-02 – 2026-03-08)")
    #expect(header[2] == "'kuuntelu-ja-kartoitus' passed this week;")
    #expect(header[3] == "'pilotointi-paivittaisilla-dialogirutiineilla' unlocks next week")
  }
}
