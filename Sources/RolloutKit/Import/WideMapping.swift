/// Which metric each column of a wide file gives (docs/journal.md `import`): a `--map
/// COLUMN=METRIC` first, then the names under a metric's `import:` in the plan, then the
/// metric's own id. Names are matched ignoring case and surrounding spaces.
struct WideMapping {
  /// The metric of each matched column, by column index.
  var metrics: [Int: String] = [:]
  /// The columns no metric claims, as the header writes them.
  var ignored: [String] = []
  /// Every mistake of the mapping, each with the column it concerns when there is one.
  var problems: [(problem: ImportProblem, column: Int?)] = []

  /// `skipping` are the columns that are not metrics (the date or week, a channel).
  init(header: [String], skipping: Set<Int>, metrics plan: [Metric], maps: [String]) {
    let keys = header.map(Self.key)
    var mapped: [String: String] = [:]
    for map in maps {
      guard let split = map.lastIndex(of: "="),
        !map[..<split].trimmed.isEmpty, !map[map.index(after: split)...].trimmed.isEmpty
      else {
        problems.append((.mapNotAPair(map), nil))
        continue
      }
      let column = String(map[..<split].trimmed)
      let metric = String(map[map.index(after: split)...].trimmed)
      let key = Self.key(column)
      if !plan.contains(where: { $0.id == metric }) {
        let near = closest(to: metric, among: plan.map(\.id))
        problems.append((.mapUnknownMetric(column: column, metric: metric, suggestion: near), nil))
      }
      if mapped[key] != nil {
        problems.append((.mapColumnTwice(column: column), keys.firstIndex(of: key)))
      }
      if !keys.contains(key) {
        let columns = header.indices.filter { !skipping.contains($0) }.map { header[$0] }
        problems.append((.mapColumnMissing(column: column, columns: columns), nil))
      }
      mapped[key] = mapped[key] ?? metric
    }
    for (index, key) in keys.enumerated() where !skipping.contains(index) {
      let metric =
        mapped[key]
        ?? plan.first(where: { $0.importNames.contains { Self.key($0) == key } })?.id
        ?? plan.first(where: { $0.id.lowercased() == key })?.id
      if let metric {
        metrics[index] = metric
      } else if !header[index].isEmpty {
        ignored.append(header[index])
      }
    }
    let byMetric = Dictionary(grouping: metrics.keys.sorted(), by: { metrics[$0]! })
    for (metric, columns) in byMetric.sorted(by: { $0.value[0] < $1.value[0] })
    where columns.count > 1 {
      problems.append(
        (.columnsShareMetric(metric: metric, columns: columns.map { header[$0] }), columns[1]))
    }
    if metrics.isEmpty && problems.isEmpty {
      let columns = header.indices.filter { !skipping.contains($0) }.map { header[$0] }
      problems.append((.noMatchedColumn(columns: columns), nil))
    }
  }

  static func key(_ name: String) -> String { name.trimmed.lowercased() }
}
