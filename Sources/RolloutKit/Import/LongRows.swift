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
    func problem(_ words: some Worded, column: Int? = nil) {
      let at = place(row: headerRow, column: column)
      out.append(Diagnostic(file: at.file, line: at.line, words))
    }
    let allNames = CSVImport.Column.allCases.flatMap(\.names)
    for (index, (name, column)) in zip(header, columns).enumerated() where column == nil {
      let nearest = closest(to: name, among: allNames)
      problem(
        name.isEmpty
          ? ImportFileProblem.unnamedColumn(nearest: nearest)
          : ImportFileProblem.unknownColumn(name, nearest: nearest), column: index)
    }
    for column in CSVImport.Column.allCases {
      let names = zip(header, columns).filter { $0.1 == column }.map(\.0)
      if names.count > 1 {
        problem(ImportFileProblem.columnsShareRole(names, role: column.rawValue))
      }
    }
    if !columns.contains(.value) {
      problem(ImportFileProblem.noValueColumn)
    }
    if columns.contains(.week) && columns.contains(.date) {
      problem(ImportFileProblem.weekAndDateColumns)
    } else if !columns.contains(.week) && !columns.contains(.date) && options.fallbackWeek == nil {
      problem(ImportFileProblem.noWeekOrDateColumn)
    }
    if let channel = columns.firstIndex(of: .channel), options.channel != nil {
      problem(ImportProblem.channelTwice(column: header[channel]), column: channel)
    }
    if !options.maps.isEmpty {
      problem(ImportProblem.mapInLongFile)
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
        Diagnostic(file: at.file, line: at.line, ImportFileProblem.rowTooLong))
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
      problems.append(Diagnostic(file: at.file, line: at.line, ImportFileProblem.emptyMetric))
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
