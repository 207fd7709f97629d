/// The long form: one value per row, with `week` or `date`, `metric`, `value` and
/// optionally `channel` and `text` columns (or their Finnish and Dutch names).
extension ImportGrid {
  var longColumns: [CSVImport.Column?] { header.map { CSVImport.Column(header: $0) } }

  func longRows(options: ImportOptions) throws(DiagnosticsError) -> ImportRows {
    let columns = longColumns
    let problems = longHeaderProblems(options)
    guard problems.isEmpty else { throw DiagnosticsError(problems) }
    let convention = try convention(valueColumns: columns.indices.filter { columns[$0] == .value })
    let dateColumn = columns.firstIndex { $0 == .week || $0 == .date }
    var rows = ImportRows(shape: .long)
    for row in dataRows(dateColumn: dateColumn) {
      if var problem = row.problem {
        problem.file = file
        rows.problems.append(problem)
        continue
      }
      switch longDraft(row, columns: columns, convention: convention, options: options) {
      case .success(let d): rows.drafts.append(d)
      case .failure(let failure):
        rows.problems += failure.problems
        rows.partial.append(failure.partial)
      }
    }
    return rows
  }

  func longHeaderProblems(_ options: ImportOptions) -> [Diagnostic] {
    let columns = longColumns
    var out: [Diagnostic] = []
    func problem(_ message: String, _ suggestion: String? = nil, column: Int? = nil) {
      let at = place(row: headerRow, column: column)
      out.append(Diagnostic(file: at.file, line: at.line, message: message, suggestion: suggestion))
    }
    let allNames = CSVImport.Column.allCases.flatMap(\.names)
    for (index, (name, column)) in zip(header, columns).enumerated() where column == nil {
      problem(
        name.isEmpty ? "a column has no name" : "the column '\(name)' is not one rollout reads",
        suggestion(for: name, among: allNames) ?? CSVImport.columnList, column: index)
    }
    for column in CSVImport.Column.allCases {
      let names = zip(header, columns).filter { $0.1 == column }.map { "'\($0.0)'" }
      if names.count > 1 {
        let all = names.count == 2 ? "both" : "all"
        problem("the columns \(names.joined(separator: " and ")) \(all) give the \(column)")
      }
    }
    if !columns.contains(.value) {
      problem("the header has no value column", CSVImport.columnList)
    }
    if columns.contains(.week) && columns.contains(.date) {
      problem("the header has both a week and a date column", "keep one of them")
    } else if !columns.contains(.week) && !columns.contains(.date) && options.fallbackWeek == nil {
      problem(
        "the header has no week or date column",
        "add a week (2026-W48) or date (2026-11-25) column, or give --week")
    }
    if let channel = columns.firstIndex(of: .channel), options.channel != nil {
      let p = ImportProblem.channelTwice(column: header[channel])
      problem(p.message, p.suggestion, column: channel)
    }
    if !options.maps.isEmpty {
      let p = ImportProblem.mapInLongFile
      problem(p.message, p.suggestion)
    }
    return out
  }

  /// A row's problems, with what could be read of it.
  struct RowFailure: Error {
    var problems: [Diagnostic]
    var partial: PartialDraft
  }

  /// One row's draft, or every problem of the row.
  func longDraft(
    _ row: Row, columns: [CSVImport.Column?], convention: DecimalConvention,
    options: ImportOptions
  ) -> Result<EntryDraft, RowFailure> {
    var problems: [Diagnostic] = []
    func index(_ column: CSVImport.Column) -> Int? { columns.firstIndex(of: column) }
    func text(_ column: CSVImport.Column) -> String? {
      index(column).flatMap { row.cell($0) }.map(\.display)
    }
    if row.cells.count > header.count, row.cells[header.count...].contains(where: { !$0.isEmpty }) {
      let at = place(row: row.number, column: header.count)
      problems.append(
        Diagnostic(
          file: at.file, line: at.line,
          message: "the row has more values than the header has columns",
          suggestion: "a value with the delimiter in it must be in double quotes"))
    }
    let dateColumn =
      index(.week).map { ($0, CSVImport.Column.week) } ?? index(.date).map { ($0, .date) }
    var week: ISOWeek?
    var day: CalendarDate?
    switch self.week(of: row, column: dateColumn, fallback: options.fallbackWeek) {
    case .success(let found): (week, day) = found
    case .failure(let p): problems.append(diagnostic(p, row: row.number, column: dateColumn?.0))
    }
    let metric = text(.metric)
    if metric == nil {
      let at = place(row: row.number, column: index(.metric))
      problems.append(Diagnostic(file: at.file, line: at.line, message: "the metric is empty"))
    }
    var value: Double?
    let valueIndex = index(.value)!
    if let cell = row.cell(valueIndex) {
      switch Self.value(cell, convention) {
      case .success(let v): value = v
      case .failure(let p): problems.append(diagnostic(p, row: row.number, column: valueIndex))
      }
    } else {
      problems.append(diagnostic(.emptyValue, row: row.number, column: valueIndex))
    }
    let channel = text(.channel) ?? options.channel
    let at = place(row: row.number, column: valueIndex)
    guard let week, let metric, let value, problems.isEmpty else {
      let partial = PartialDraft(
        week: week, metric: metric, channel: channel, file: at.file, line: at.line)
      return .failure(RowFailure(problems: problems, partial: partial))
    }
    let body = MetricValue(
      metric: metric, value: value, channel: channel, text: text(.text) ?? day?.description)
    return .success(EntryDraft(week: week, body: .metric(body), file: at.file, line: at.line))
  }
}
