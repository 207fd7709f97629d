/// What a command adds to a file's own rows: `--map`, `--channel`, `--week`.
public struct ImportOptions: Sendable {
  /// `--map COLUMN=METRIC`, as typed.
  public var maps: [String]
  /// `--channel`: the channel of every value.
  public var channel: String?
  /// `--week`/`--date`: the week of a file without a week or date column.
  public var fallbackWeek: ISOWeek?

  public init(maps: [String] = [], channel: String? = nil, fallbackWeek: ISOWeek? = nil) {
    self.maps = maps
    self.channel = channel
    self.fallbackWeek = fallbackWeek
  }
}

/// A file's rows read as drafts, and every problem of the others with what could be read
/// of them (checked against the plan too, so that one run reports everything).
public struct ImportRows: Sendable {
  /// Long: a `metric` and a `value` column; wide: one column per metric.
  public enum Shape: Sendable { case long, wide }

  public var shape: Shape
  public var drafts: [EntryDraft] = []
  public var problems: [Diagnostic] = []
  public var partial: [PartialDraft] = []
  /// The columns of a wide file that no metric claims, as the header writes them.
  public var ignored: [String] = []
}

extension ImportGrid {
  /// A header with a metric column (`metric`, `mittari`, `metriek`…) is the long form.
  public var shape: ImportRows.Shape {
    header.contains { CSVImport.Column(header: $0) == .metric } ? .long : .wide
  }

  /// The header name that gives each row's week (a week or a date column), if any.
  public var weekColumn: String? {
    header.first { [.week, .date].contains(CSVImport.Column(header: $0)) }
  }

  /// Every row read as drafts, or their problems. When the header or the mapping is
  /// wrong, only those problems: no row can be read without them.
  public func rows(metrics: [Metric], options: ImportOptions) throws(DiagnosticsError)
    -> ImportRows
  {
    let rows =
      shape == .long
      ? try longRows(options: options) : try wideRows(metrics: metrics, options: options)
    if rows.drafts.isEmpty && rows.problems.isEmpty {
      throw CSVImport.fail(file, .headerOnly(wide: shape == .wide))
    }
    return rows
  }

  /// The rows that hold data: not blank, not a `#` comment, not a totals row.
  func dataRows(dateColumn: Int?) -> [Row] {
    rows.filter { row in
      !row.isBlank && !(row.problem == nil && ImportDates.isTotal(row.cell(dateColumn ?? 0)))
    }
  }

  /// The file's decimal convention, from the text of the cells that hold values.
  func convention(valueColumns: [Int]) throws(DiagnosticsError) -> DecimalConvention {
    var samples: [String] = []
    for row in rows where row.problem == nil {
      for column in valueColumns {
        if case .text(let t)? = row.cell(column) { samples.append(t) }
      }
    }
    let delimiter: Character? = if case .csv(let d) = source { d } else { nil }
    switch DecimalConvention.of(samples, delimiter: delimiter) {
    case .success(let convention): return convention
    case .failure(let problem): throw DiagnosticsError(headerDiagnostic(problem))
    }
  }

  /// A cell's number under the file's convention.
  static func value(_ cell: ImportCell, _ convention: DecimalConvention)
    -> Result<Double, ImportProblem>
  {
    switch cell {
    case .number(let d): return .success(d)
    case .text(let t): return convention.number(t)
    case .bool(let b): return .failure(.yesNoValue(b))
    case .error(let code): return .failure(.excelError(code))
    }
  }

  /// A row's week from its date or week column, or the fallback.
  func week(of row: Row, column: (index: Int, kind: CSVImport.Column)?, fallback: ISOWeek?)
    -> Result<(week: ISOWeek, day: CalendarDate?), ImportProblem>
  {
    guard let column else {
      return fallback.map { .success(($0, nil)) } ?? .failure(.emptyWeek)
    }
    let cell = row.cell(column.index) ?? .text("")
    if column.kind == .week { return ImportDates.week(cell).map { ($0, nil) } }
    return ImportDates.date(cell).map { (ISOWeek($0), $0) }
  }
}
