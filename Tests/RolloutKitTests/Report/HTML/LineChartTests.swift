import Testing

@testable import RolloutKit

/// The SVG line chart of an HTML report (docs/reports.md): values, target, break weeks, localized
/// axes, accessible, and safe against any title.
struct LineChartTests {
  static func chart(
    title: String = "Response time (h)", values: [Double?] = [30, 26, nil, 18.5],
    target: Double? = 24, breaks: Set<Int> = [],
    number: @escaping @Sendable (Double) -> String = { "\($0)" }
  ) -> LineChart {
    LineChart(
      id: "chart-first-response", title: title, description: "Weekly values: W44 30 h.",
      weeks: values.enumerated().map {
        ChartWeek(
          label: "W\(44 + $0.offset)", value: $0.element, isBreak: breaks.contains($0.offset))
      },
      target: target, valuesLabel: "Weekly value", targetLabel: "Target ≤ 24 h",
      breakLabel: "Break", number: number)
  }

  @Test func titleAndDescriptionNameTheChartForScreenReaders() {
    let svg = Self.chart().svg().render()
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.contains("role=\"img\""))
    #expect(
      svg.contains("aria-labelledby=\"chart-first-response-title chart-first-response-desc\""))
    #expect(svg.contains("<title id=\"chart-first-response-title\">Response time (h)</title>"))
    #expect(svg.contains("<desc id=\"chart-first-response-desc\">Weekly values: W44 30 h.</desc>"))
  }

  @Test func aTitleCanNeverEndTheElementOrOpenATag() {
    let svg = Self.chart(title: "</title><script>alert(\"x\")</script> & co").svg().render()
    #expect(!svg.contains("<script"))
    #expect(
      svg.contains("&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
  }

  @Test func oneMarkerPerValueAndTheTargetDashedSoThatPrintInBlackAndWhiteReads() {
    let svg = Self.chart().svg().render()
    // Three values (one week has none), plus the legend's sample marker.
    #expect(svg.components(separatedBy: "<circle").count - 1 == 4)
    #expect(svg.contains("class=\"target\""))
    #expect(svg.contains("stroke-dasharray=\"8 5\""))
    #expect(svg.contains("class=\"values\""))
    #expect(svg.contains(">Target ≤ 24 h</text>"))
    // No target, no target line and no legend entry for it.
    let bare = Self.chart(target: nil).svg().render()
    #expect(!bare.contains("class=\"target\""))
    #expect(!bare.contains("Target"))
  }

  @Test func everyWeekHasItsPlaceEvenWithoutAValue() {
    let svg = Self.chart().svg().render()
    for week in ["W44", "W45", "W46", "W47"] { #expect(svg.contains(">\(week)</text>")) }
    // The value line skips the week without a value: three points.
    let points = svg.components(separatedBy: "points=\"")[1].prefix { $0 != "\"" }
    #expect(points.split(separator: " ").count == 3)
  }

  @Test func breakWeeksAreHatchedAndNamedInTheLegend() {
    let plain = Self.chart().svg().render()
    #expect(!plain.contains("class=\"break\""))
    #expect(!plain.contains("<pattern"))
    let svg = Self.chart(breaks: [2]).svg().render()
    #expect(svg.components(separatedBy: "class=\"break\"").count - 1 == 1)
    #expect(svg.contains("<pattern id=\"chart-first-response-hatch\""))
    #expect(svg.contains(">Break</text>"))
  }

  @Test func axisNumbersAreWrittenAsTheReaderWritesThem() {
    let fi = ReportLocale(language: .fi, year: 2026)
    let svg = Self.chart(values: [4.1, 4.25, 4.35], target: 4.2, number: { fi.number($0) })
      .svg().render()
    #expect(svg.contains(">4,35</text>"))
    #expect(svg.contains(">4,2</text>"))
    #expect(!svg.contains(">4.2</text>"))
  }

  @Test(arguments: [
    ([30.0, 26, 18.5, 24], LineChart.Scale(low: 15, high: 30, step: 5)),
    ([4.1, 4.35, 4.2], LineChart.Scale(low: 4, high: 4.6, step: 0.2)),
    ([50.0, 50], LineChart.Scale(low: 46, high: 54, step: 2)),
    ([0.0, 0], LineChart.Scale(low: 0, high: 0.5, step: 0.5)),
    ([-3.0, 2], LineChart.Scale(low: -4, high: 2, step: 2)),
  ])
  func theAxisCoversValuesAndTargetInRoundSteps(values: [Double], expected: LineChart.Scale) {
    #expect(LineChart.scale(values: values) == expected)
  }

  @Test func aSmallChangeNeverFillsTheWholeHeight() {
    // 100 → 103: the axis spans at least a tenth of the values' size.
    let scale = LineChart.scale(values: [100, 101, 103])
    #expect(scale.high - scale.low >= 10)
  }

  @Test func theSameChartGivesTheSameBytes() {
    #expect(Self.chart().svg().render() == Self.chart().svg().render())
  }

  @Test func manyWeeksAreLabelledSparselyButTheLastAlways() {
    let svg = Self.chart(values: (0..<26).map { Double($0) }).svg().render()
    let labels = svg.components(separatedBy: ">W").count - 1
    #expect(labels <= 14)
    #expect(svg.contains(">W69</text>"))
  }

  @Test func svgTextDropsCharactersXMLForbids() {
    #expect(SVGNode.escape("a\u{0}b\u{1B}c\td") == "abc\td")
    #expect(
      SVGNode("text", [("x", "1\"2")], text: "<&>").render()
        == "<text x=\"1&quot;2\">&lt;&amp;&gt;</text>")
  }

  /// The fuzzer's finding (FUZZING.md): a journal value of -1.8e308 beside 0 made the axis
  /// overflow to infinity, and counting its ticks crashed the report: now a chart with
  /// every coordinate a number.
  @Test(arguments: [
    [-Double.greatestFiniteMagnitude, 0], [.greatestFiniteMagnitude, .greatestFiniteMagnitude],
    [-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude], [1e300, -1e300, 5],
  ])
  func theLargestNumbersDrawAFiniteChart(_ values: [Double]) {
    let svg = Self.chart(values: values, target: 24).svg().render().lowercased()
    #expect(!svg.contains("nan"), "\(svg.prefix(400))")
    #expect(svg.contains("<circle"))
  }
}
