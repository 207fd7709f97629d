/// One week on a chart's x-axis: its label, its value if it has one, and whether it is a
/// break week (shaded).
public struct ChartWeek: Sendable, Hashable, Codable {
  public var label: String
  public var value: Double?
  public var isBreak: Bool = false
}

/// A week-by-week line chart as inline SVG (docs/reports.md, `--format html`): the weekly values as
/// a solid line with round markers, the target as a dashed line, break weeks hatched. It
/// reads in black-and-white print (line style and markers, not colour, tell the two apart)
/// and to a screen reader (`<title>` and `<desc>`). Pure: the same chart, the same bytes.
public struct LineChart: Sendable {
  /// Unique within the page; prefixes the ids of the title, description and pattern.
  public var id: String
  public var title: String
  public var description: String
  public var weeks: [ChartWeek]
  public var target: Double?
  /// Legend words, in the report's language.
  public var valuesLabel: String
  public var targetLabel: String
  public var breakLabel: String
  /// Axis numbers as the reader writes them (`4,35` in Finnish).
  public var number: @Sendable (Double) -> String

  public init(
    id: String, title: String, description: String, weeks: [ChartWeek], target: Double?,
    valuesLabel: String, targetLabel: String, breakLabel: String,
    number: @escaping @Sendable (Double) -> String
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.weeks = weeks
    self.target = target
    self.valuesLabel = valuesLabel
    self.targetLabel = targetLabel
    self.breakLabel = breakLabel
    self.number = number
  }

  static let width = 640.0
  static let height = 250.0
  static let plot = (left: 64.0, right: 624.0, top: 44.0, bottom: 212.0)
  static let valueColour = "#1f4e8c"
  static let targetColour = "#b4441f"

  /// The chart as an `<svg>` element.
  public func svg() -> SVGNode {
    let scale = Self.scale(values: weeks.compactMap(\.value) + (target.map { [$0] } ?? []))
    var children = [
      SVGNode("title", [("id", id + "-title")], text: title),
      SVGNode("desc", [("id", id + "-desc")], text: description),
    ]
    let hasBreaks = weeks.contains(where: \.isBreak)
    if hasBreaks { children.append(hatchPattern()) }
    children += breakBands() + grid(scale) + xLabels()
    if let target { children.append(targetLine(target, scale)) }
    children += valueLine(scale)
    children.append(legend(hasBreaks: hasBreaks))
    return SVGNode(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"),
        ("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"), ("role", "img"),
        ("aria-labelledby", "\(id)-title \(id)-desc"), ("font-family", "sans-serif"),
        ("font-size", "13"),
      ], children: children)
  }

  // MARK: Scales

  /// The y-axis: from `low` to `high` in steps of `step` (1, 2 or 5 times a power of ten),
  /// covering every value and the target. A flat series gets room around it, and the axis
  /// spans at least a tenth of the values' size, so that a small change never fills the
  /// whole height.
  struct Scale: Equatable {
    var low: Double
    var high: Double
    var step: Double

    /// Counted and placed in halves, so that an axis from near the largest negative number
    /// to near the largest positive one does not overflow (a journal's -1.8e308 crashed
    /// the report: the fuzzer's finding, FUZZING.md).
    var ticks: [Double] {
      let n = (high / step - low / step).rounded()
      guard n.isFinite, n >= 0, n <= 100 else { return [low, high] }
      return (0...Int(n)).map { Self.clean(low + Double($0) * step) }
    }

    /// `v` to nine decimals; a number too large to have decimals is itself.
    static func clean(_ v: Double) -> Double {
      abs(v) < 1e290 ? (v * 1e9).rounded() / 1e9 : v
    }

    func y(_ v: Double) -> Double {
      let p = LineChart.plot
      return p.bottom - (v / 2 - low / 2) / (high / 2 - low / 2) * (p.bottom - p.top)
    }
  }

  static func scale(values: [Double]) -> Scale {
    var low = values.min() ?? 0
    var high = values.max() ?? 1
    let size = max(abs(low), abs(high))
    let least = size == 0 ? 1 : size * 0.1
    if high - low < least {
      let middle = low / 2 + high / 2
      low = middle - least / 2
      high = middle + least / 2
    }
    let step = niceStep((high - low) / 4)
    var tickLow = (low / step).rounded(.down) * step
    if tickLow < 0, (values.min() ?? 0) >= 0 { tickLow = 0 }
    let tickHigh = (high / step).rounded(.up) * step
    let limit = Double.greatestFiniteMagnitude
    return Scale(
      low: Scale.clean(max(tickLow, -limit)), high: Scale.clean(min(tickHigh, limit)), step: step)
  }

  static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    let f = raw / power
    return Scale.clean((f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power)
  }

  func x(_ i: Int) -> Double {
    let p = Self.plot
    return p.left + (p.right - p.left) / Double(max(1, weeks.count)) * (Double(i) + 0.5)
  }

  var bandWidth: Double { (Self.plot.right - Self.plot.left) / Double(max(1, weeks.count)) }

  // MARK: Parts

  func hatchPattern() -> SVGNode {
    SVGNode(
      "defs",
      children: [
        SVGNode(
          "pattern",
          [
            ("id", id + "-hatch"), ("width", "6"), ("height", "6"),
            ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"),
          ],
          children: [
            SVGNode("rect", [("width", "6"), ("height", "6"), ("fill", "#f1f1f1")]),
            SVGNode(
              "line",
              [
                ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", "#9a9a9a"),
                ("stroke-width", "2"),
              ]),
          ])
      ])
  }

  func breakBands() -> [SVGNode] {
    let p = Self.plot
    return weeks.indices.filter { weeks[$0].isBreak }.map { i in
      SVGNode(
        "rect",
        [
          ("class", "break"), ("x", SVGNode.number(x(i) - bandWidth / 2)),
          ("y", SVGNode.number(p.top)), ("width", SVGNode.number(bandWidth)),
          ("height", SVGNode.number(p.bottom - p.top)), ("fill", "url(#\(id)-hatch)"),
        ])
    }
  }

  func grid(_ scale: Scale) -> [SVGNode] {
    let p = Self.plot
    var nodes: [SVGNode] = []
    for tick in scale.ticks {
      let y = SVGNode.number(scale.y(tick))
      nodes.append(
        SVGNode(
          "line",
          [
            ("x1", SVGNode.number(p.left)), ("x2", SVGNode.number(p.right)), ("y1", y), ("y2", y),
            ("stroke", tick == scale.low ? "#555" : "#d6d6d6"), ("stroke-width", "1"),
          ]))
      nodes.append(
        SVGNode(
          "text",
          [
            ("x", SVGNode.number(p.left - 8)), ("y", SVGNode.number(scale.y(tick) + 4)),
            ("text-anchor", "end"), ("fill", "#333"),
          ], text: number(tick)))
    }
    return nodes
  }

  /// Week names under the axis; with many weeks, every n-th and always the last.
  func xLabels() -> [SVGNode] {
    let every = max(1, Int((Double(weeks.count) / 10).rounded(.up)))
    let last = weeks.count - 1
    return weeks.indices.filter { $0 == last || ($0 % every == 0 && last - $0 >= every) }
      .map { i in
        SVGNode(
          "text",
          [
            ("x", SVGNode.number(x(i))), ("y", SVGNode.number(Self.plot.bottom + 20)),
            ("text-anchor", "middle"), ("fill", "#333"),
          ], text: weeks[i].label)
      }
  }

  func targetLine(_ target: Double, _ scale: Scale) -> SVGNode {
    let y = SVGNode.number(scale.y(target))
    return SVGNode(
      "line",
      [
        ("class", "target"), ("x1", SVGNode.number(Self.plot.left)),
        ("x2", SVGNode.number(Self.plot.right)), ("y1", y), ("y2", y),
        ("stroke", Self.targetColour), ("stroke-width", "2"), ("stroke-dasharray", "8 5"),
      ])
  }

  func valueLine(_ scale: Scale) -> [SVGNode] {
    let known = weeks.indices.compactMap { i in weeks[i].value.map { (i, $0) } }
    guard let last = known.last else { return [] }
    let points = known.map { "\(SVGNode.number(x($0.0))),\(SVGNode.number(scale.y($0.1)))" }
    var nodes = [
      SVGNode(
        "polyline",
        [
          ("class", "values"), ("points", points.joined(separator: " ")), ("fill", "none"),
          ("stroke", Self.valueColour), ("stroke-width", "2.5"), ("stroke-linejoin", "round"),
        ])
    ]
    nodes += known.map { i, v in
      SVGNode(
        "circle",
        [
          ("cx", SVGNode.number(x(i))), ("cy", SVGNode.number(scale.y(v))), ("r", "4.5"),
          ("fill", Self.valueColour), ("stroke", "#fff"), ("stroke-width", "1.5"),
        ])
    }
    // The latest value is written beside its marker: above it, unless the top of the plot
    // or the target line is in the way.
    let point = scale.y(last.1)
    let clashes = { (y: Double) in target.map { abs(scale.y($0) - (y - 5)) < 9 } ?? false }
    let (above, below) = (point - 10, point + 20)
    let labelY =
      (above - 12 < Self.plot.top || clashes(above)) && below < Self.plot.bottom && !clashes(below)
      ? below : above
    nodes.append(
      SVGNode(
        "text",
        [
          ("x", SVGNode.number(x(last.0))), ("y", SVGNode.number(labelY)),
          ("text-anchor", "middle"), ("font-weight", "bold"), ("fill", Self.valueColour),
        ],
        text: number(last.1)))
    return nodes
  }

  /// Samples of the value line, the target line and (if any) the hatching, each with its
  /// word, in a row above the plot.
  func legend(hasBreaks: Bool) -> SVGNode {
    var nodes: [SVGNode] = []
    var x = Self.plot.left
    func word(_ text: String) {
      nodes.append(
        SVGNode("text", [("x", SVGNode.number(x)), ("y", "22"), ("fill", "#222")], text: text))
      x += Double(text.count) * 7.2 + 22
    }
    nodes.append(
      SVGNode(
        "line",
        [
          ("x1", SVGNode.number(x)), ("x2", SVGNode.number(x + 24)), ("y1", "18"), ("y2", "18"),
          ("stroke", Self.valueColour), ("stroke-width", "2.5"),
        ]))
    nodes.append(
      SVGNode(
        "circle",
        [("cx", SVGNode.number(x + 12)), ("cy", "18"), ("r", "4.5"), ("fill", Self.valueColour)]))
    x += 30
    word(valuesLabel)
    if target != nil {
      nodes.append(
        SVGNode(
          "line",
          [
            ("x1", SVGNode.number(x)), ("x2", SVGNode.number(x + 24)), ("y1", "18"), ("y2", "18"),
            ("stroke", Self.targetColour), ("stroke-width", "2"), ("stroke-dasharray", "8 5"),
          ]))
      x += 30
      word(targetLabel)
    }
    if hasBreaks {
      nodes.append(
        SVGNode(
          "rect",
          [
            ("x", SVGNode.number(x)), ("y", "11"), ("width", "16"), ("height", "14"),
            ("fill", "url(#\(id)-hatch)"), ("stroke", "#9a9a9a"),
          ]))
      x += 22
      word(breakLabel)
    }
    return SVGNode("g", [("class", "legend")], children: nodes)
  }
}
