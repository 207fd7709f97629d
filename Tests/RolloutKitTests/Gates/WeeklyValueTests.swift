import RolloutKit
import Testing

/// docs/gates.md "Weekly value": the plan's `combine` over the week's entries of the metric (and
/// of the goal's channel), retracted ones excluded, later weeks ignored.
@Suite("Weekly value of a metric")
struct WeeklyValueTests {
  @Test(
    "combine turns one week's values into the weekly value",
    arguments: [
      (Combine.last, 30.0), (.sum, 60), (.mean, 20), (.max, 30), (.min, 10),
    ])
  func combine(_ combine: Combine, expected: Double) {
    let p = plan(
      metrics: [Metric(id: "m", title: "M", combine: combine)], [phase("a", [quant("g")])])
    var j = TestJournal()
    for value in [20.0, 10, 30] { j.metric("2026-W10", value) }
    let goal = p.evaluate(j, at: "2026-W10").goal("g")
    #expect(goal.weekly == [WeeklyValue(week: wk("2026-W10"), value: expected)])
    #expect(goal.value == expected)
  }

  @Test("under combine: last the later line of the journal wins, whatever its date")
  func laterLineWins() {
    let p = plan([phase("a", [quant("g")])])
    var j = TestJournal()
    j.metric("2026-W10", 12, at: "2026-03-06T10:00:00+02:00")
    j.metric("2026-W10", 8, at: "2026-03-05T10:00:00+02:00")
    #expect(p.evaluate(j, at: "2026-W10").goal("g").value == 8)
  }

  @Test(
    "a goal's channel keeps only that channel's entries; without one every entry counts",
    arguments: [("chat" as String?, 5.0), ("email", 7), (nil, 12)])
  func channelFilter(_ channel: String?, expected: Double) {
    let p = plan(
      metrics: [Metric(id: "m", title: "M", combine: .sum)],
      [phase("a", [quant("g", channel: channel)])])
    var j = TestJournal()
    j.metric("2026-W10", 5, channel: "chat")
    j.metric("2026-W10", 7, channel: "email")
    #expect(p.evaluate(j, at: "2026-W10").goal("g").value == expected)
  }

  @Test(
    "under combine: last, a goal without a channel names the weeks whose other channels were left out",
    arguments: [
      (Combine.last, nil as String?, ["2026-W11"]), (.last, "chat", []), (.max, nil, []),
    ])
  func severalChannelsUnderLast(_ combine: Combine, channel: String?, weeks: [String]) {
    let p = plan(
      metrics: [Metric(id: "m", title: "M", combine: combine)],
      [phase("a", [quant("g", window: 3, channel: channel)])])
    var j = TestJournal()
    j.metric("2026-W10", 5, channel: "chat")
    j.metric("2026-W11", 30, channel: "chat")
    j.metric("2026-W11", 26.5, channel: "some")
    let retracted = j.metric("2026-W12", 9, channel: "email")
    j.metric("2026-W12", 8, channel: "chat")
    j.retract("2026-W12", retracted)
    let goal = p.evaluate(j, at: "2026-W12").goal("g")
    #expect(goal.severalChannels.map(\.week) == weeks.map(wk))
    if !weeks.isEmpty {
      #expect(goal.severalChannels[0].channels == ["chat", "some"])
      #expect(
        goal.severalChannels.words(in: .fi, week: \.description)
          == "arvoja usealta kanavalta (chat, some): 2026-W11; combine: last -säännön vuoksi "
          + "vain viimeksi kirjattu arvo laskettiin")
      #expect(
        goal.severalChannels.words(in: .nl, week: \.description)
          == "waarden uit meerdere kanalen (chat, some) in 2026-W11; door combine: last telde "
          + "alleen de laatst gelogde waarde")
    }
  }

  @Test("a retracted value is excluded; the week's other values still combine")
  func retractedExcluded() {
    let p = plan(
      metrics: [Metric(id: "m", title: "M", combine: .mean)], [phase("a", [quant("g")])])
    var j = TestJournal()
    j.metric("2026-W10", 10)
    let wrong = j.metric("2026-W10", 1000)
    j.retract("2026-W10", wrong)
    #expect(p.evaluate(j, at: "2026-W10").goal("g").value == 10)
  }

  @Test("a week whose only value is retracted has no weekly value")
  func retractedOnlyValue() {
    let p = plan([phase("a", [quant("g")])])
    var j = TestJournal()
    let only = j.metric("2026-W10", 12)
    j.retract("2026-W10", only)
    let goal = p.evaluate(j, at: "2026-W10").goal("g")
    #expect(goal.weekly.isEmpty)
    #expect(goal.status == .pending)
    #expect(goal.reason == .weeksOfData(have: 0, need: 1))
  }

  @Test("entries about a week after the report week are ignored")
  func laterWeeksIgnored() {
    let p = plan([phase("a", weeks: 8, [quant("g", window: 1)])])
    var j = TestJournal()
    j.metric("2026-W10", 12)
    j.metric("2026-W11", 3)
    let goal = p.evaluate(j, at: "2026-W10").goal("g")
    #expect(goal.weekly.map(\.week) == [wk("2026-W10")])
    #expect(goal.value == 12)
  }

  @Test("values of other metrics do not mix in")
  func otherMetrics() {
    let p = plan(
      metrics: [Metric(id: "m", title: "M"), Metric(id: "n", title: "N")],
      [phase("a", [quant("g")])])
    var j = TestJournal()
    j.metric("2026-W10", 12)
    j.metric("2026-W10", 99, "n")
    #expect(p.evaluate(j, at: "2026-W10").goal("g").value == 12)
  }
}
