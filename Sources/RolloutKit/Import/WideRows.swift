/// The wide form, as analytics tools export: a date or week column and one column per
/// metric. Each row gives one value per matched column; daily rows all go to their week,
/// where the metric's `combine` makes the weekly value (docs/plan.md).
extension ImportGrid {
  func wideRows(metrics: [Metric], options: ImportOptions) throws(DiagnosticsError) -> ImportRows {
    let kinds = longColumns
    let dateIndex = kinds.firstIndex { $0 == .week || $0 == .date }
    let channelIndex = kinds.firstIndex { $0 == .channel }
    var headerProblems: [Diagnostic] = []
    if dateIndex == nil && options.fallbackWeek == nil {
      headerProblems.append(headerDiagnostic(.noDateColumn(columns: header)))
    }
    if let channelIndex, options.channel != nil {
      headerProblems.append(
        headerDiagnostic(.channelTwice(column: header[channelIndex]), column: channelIndex))
    }
    let skipping = Set([dateIndex, channelIndex].compactMap { $0 })
    let mapping = WideMapping(
      header: header, skipping: skipping, metrics: metrics, maps: options.maps)
    headerProblems += mapping.problems.map { headerDiagnostic($0.problem, column: $0.column) }
    guard headerProblems.isEmpty else { throw DiagnosticsError(headerProblems) }

    let columns = mapping.metrics.keys.sorted()
    // The file's numbers decide its decimal mark, the columns left out included.
    let convention = try convention(valueColumns: header.indices.filter { !skipping.contains($0) })
    let dateColumn = dateIndex.map { ($0, kinds[$0]!) }
    var rows = ImportRows(shape: .wide, ignored: mapping.ignored)
    var dated: [(day: CalendarDate?, drafts: [EntryDraft])] = []
    for row in dataRows(dateColumn: dateIndex) {
      if var problem = row.problem {
        problem.file = file
        rows.problems.append(problem)
        continue
      }
      let channel = channelIndex.flatMap { row.cell($0) }.map(\.display) ?? options.channel
      let when = week(of: row, column: dateColumn, fallback: options.fallbackWeek)
      var drafts: [EntryDraft] = []
      for column in columns {
        let metric = mapping.metrics[column]!
        let at = place(row: row.number, column: column)
        guard let cell = row.cell(column) else { continue }
        switch (when, Self.value(cell, convention)) {
        case (.success(let w), .success(let value)):
          let body = MetricValue(
            metric: metric, value: value, channel: channel, text: w.day?.description)
          drafts.append(EntryDraft(week: w.week, body: .metric(body), file: at.file, line: at.line))
        case (_, .failure(let problem)):
          rows.problems.append(diagnostic(problem, row: row.number, column: column))
          rows.partial.append(
            PartialDraft(
              week: try? when.get().week, metric: metric, channel: channel, file: at.file,
              line: at.line))
        case (.failure, .success):
          break
        }
      }
      if case .failure(let problem) = when {
        rows.problems.append(diagnostic(problem, row: row.number, column: dateIndex))
      }
      dated.append((try? when.get().day, drafts))
    }
    // docs/journal.md: under `combine: last` the later line wins, so the days go in date order
    // whichever way the export sorted them (GA4 and Search Console put the newest first).
    let ordered = dated.enumerated().sorted { a, b in
      switch (a.element.day, b.element.day) {
      case (let x?, let y?) where x != y: return x < y
      default: return a.offset < b.offset
      }
    }
    rows.drafts = ordered.flatMap(\.element.drafts)
    return rows
  }
}
