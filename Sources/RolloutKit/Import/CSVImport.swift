import Foundation
import SwiftCSV

/// Metric values from a spreadsheet export (SPEC §5 `import`): a header with `week` or
/// `date`, `metric`, `value`, optional `channel` and `text` (or their Finnish and Dutch
/// names); `,`, `;` or tab, found from the header; a UTF-8 byte order mark skipped;
/// decimal commas and Finnish and Dutch dates accepted.
public enum CSVImport {
  /// A column rollout reads.
  public enum Column: String, Sendable, CaseIterable {
    case week, date, metric, value, channel, text

    /// The header names that mean this column, English first, then Finnish and Dutch as
    /// Excel users write them.
    var names: [String] {
      switch self {
      case .week: return ["week", "viikko"]
      case .date: return ["date", "päivämäärä", "pvm", "datum"]
      case .metric: return ["metric", "mittari", "meetwaarde", "metriek"]
      case .value: return ["value", "arvo", "waarde"]
      case .channel: return ["channel", "kanava", "kanaal"]
      case .text: return ["text", "teksti", "kommentti", "tekst", "opmerking"]
      }
    }

    /// The column a header name means, whatever its case.
    init?(header name: String) {
      let lowered = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard let column = Column.allCases.first(where: { $0.names.contains(lowered) }) else {
        return nil
      }
      self = column
    }
  }

  static let columnList =
    "the columns are: week or date, metric, value, and optionally channel and text "
    + "(in Finnish viikko or päivämäärä, mittari, arvo, kanava, teksti; "
    + "in Dutch week or datum, metriek, waarde, kanaal, tekst)"

  /// A CSV file split into its header and records, before its rows are read.
  public struct Table: Sendable {
    public var file: String
    /// The header's names, as written.
    public var header: [String]
    /// The column each header name means, `nil` for a name rollout does not read.
    var columns: [Column?]
    var records: [CSVRecord]

    /// The header name that gives each row's week (a week or a date column), if any.
    public var weekColumn: String? {
      zip(header, columns).first { $0.1 == .week || $0.1 == .date }?.0
    }
  }

  /// The rows that read well as drafts, and every problem of the others, with what could
  /// be read of them (checked against the plan too, so that one run reports everything).
  public struct Rows: Sendable {
    public var drafts: [EntryDraft]
    public var problems: [Diagnostic]
    public var partial: [PartialDraft]
  }

  /// Splits the file into header and records; throws when the file itself cannot be read
  /// (not UTF-8, empty, a broken header).
  public static func table(_ bytes: [UInt8], file: String) throws(DiagnosticsError) -> Table {
    var bytes = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw fail(file, nil, "the file is not UTF-8 text", "save or export it as UTF-8 CSV")
    }
    guard text.contains(where: { !$0.isWhitespace }) else {
      throw fail(file, nil, "the file is empty", "export the data with a header row")
    }
    let delimiter = CSVDelimiter.guessed(string: text).rawValue
    var records = CSVRecords.split(text, delimiter: delimiter)[...]
    while let first = records.first, first.isBlank { records = records.dropFirst() }
    guard let headerRecord = records.popFirst() else {
      throw fail(file, nil, "the file is empty", "export the data with a header row")
    }
    if var problem = headerRecord.problem {
      problem.file = file
      throw DiagnosticsError(problem)
    }
    let header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    return Table(
      file: file, header: header, columns: header.map { Column(header: $0) },
      records: Array(records))
  }

  /// The drafts of every row, or every problem as `FILE:LINE: error: …`. `fallbackWeek`
  /// is used when the file has neither a week nor a date column.
  public static func drafts(_ bytes: [UInt8], file: String, fallbackWeek: ISOWeek?)
    -> Result<[EntryDraft], DiagnosticsError>
  {
    do {
      let rows = try table(bytes, file: file).rows(fallbackWeek: fallbackWeek)
      return rows.problems.isEmpty
        ? .success(rows.drafts) : .failure(DiagnosticsError(rows.problems))
    } catch {
      return .failure(error)
    }
  }

  static func fail(_ file: String, _ line: Int?, _ message: String, _ suggestion: String?)
    -> DiagnosticsError
  {
    DiagnosticsError(Diagnostic(file: file, line: line, message: message, suggestion: suggestion))
  }

  /// A day as Excel writes it: `2026-11-25`, Finnish `25.11.2026`, Dutch `25-11-2026`.
  public static func date(_ text: String) -> CalendarDate? {
    if let iso = CalendarDate(text) { return iso }
    for separator: Character in [".", "-"] {
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
        parts[2].count == 4,
        parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
        let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
      else { continue }
      return CalendarDate(year: y, month: m, day: d)
    }
    return nil
  }
}

extension CSVImport.Table {
  /// Every row read as a draft, or its problems. When the header itself is wrong, only
  /// the header's problems: no row can be read without it.
  public func rows(fallbackWeek: ISOWeek?) throws(DiagnosticsError) -> CSVImport.Rows {
    let problems = headerProblems(fallbackWeek: fallbackWeek)
    guard problems.isEmpty else { throw DiagnosticsError(problems) }
    var rows = CSVImport.Rows(drafts: [], problems: [], partial: [])
    for record in records where !record.isBlank {
      if var problem = record.problem {
        problem.file = file
        rows.problems.append(problem)
        continue
      }
      switch draft(record, fallbackWeek: fallbackWeek) {
      case .success(let d): rows.drafts.append(d)
      case .failure(let failure):
        rows.problems += failure.problems.diagnostics
        rows.partial.append(failure.partial)
      }
    }
    if rows.drafts.isEmpty && rows.problems.isEmpty {
      throw CSVImport.fail(file, nil, "the file has a header but no rows", nil)
    }
    return rows
  }

  func headerProblems(fallbackWeek: ISOWeek?) -> [Diagnostic] {
    var out: [Diagnostic] = []
    func problem(_ message: String, _ suggestion: String? = nil) {
      out.append(Diagnostic(file: file, line: 1, message: message, suggestion: suggestion))
    }
    let allNames = CSVImport.Column.allCases.flatMap(\.names)
    for (name, column) in zip(header, columns) where column == nil {
      problem(
        name.isEmpty ? "a column has no name" : "the column '\(name)' is not one rollout reads",
        suggestion(for: name, among: allNames) ?? CSVImport.columnList)
    }
    for column in CSVImport.Column.allCases {
      let names = zip(header, columns).filter { $0.1 == column }.map { "'\($0.0)'" }
      if names.count > 1 {
        let all = names.count == 2 ? "both" : "all"
        problem("the columns \(names.joined(separator: " and ")) \(all) give the \(column)")
      }
    }
    for column in [CSVImport.Column.metric, .value] where !columns.contains(column) {
      problem("the header has no \(column) column", CSVImport.columnList)
    }
    if columns.contains(.week) && columns.contains(.date) {
      problem("the header has both a week and a date column", "keep one of them")
    } else if !columns.contains(.week) && !columns.contains(.date) && fallbackWeek == nil {
      problem(
        "the header has no week or date column",
        "add a week (2026-W48) or date (2026-11-25) column, or give --week")
    }
    return out
  }

  /// A row's problems, with what could be read of it.
  struct RowFailure: Error {
    var problems: DiagnosticsError
    var partial: PartialDraft
  }

  /// One row's draft, or every problem of the row.
  func draft(_ record: CSVRecord, fallbackWeek: ISOWeek?) -> Result<EntryDraft, RowFailure> {
    let row = record.fields
    var problems: [Diagnostic] = []
    func problem(_ message: String, _ suggestion: String? = nil) {
      problems.append(
        Diagnostic(file: file, line: record.line, message: message, suggestion: suggestion))
    }
    func cell(_ column: CSVImport.Column) -> String? {
      guard let i = columns.firstIndex(of: column), i < row.count else { return nil }
      let value = row[i].trimmingCharacters(in: .whitespaces)
      return value.isEmpty ? nil : value
    }
    if row.count > header.count,
      row[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    {
      problem(
        "the row has more values than the header has columns",
        "a value with the delimiter in it must be in double quotes")
    }
    var week = fallbackWeek
    if columns.contains(.week) {
      week = cell(.week).flatMap { ISOWeek($0) }
      if week == nil {
        problem("'\(cell(.week) ?? "")' is not an ISO week", "write it like 2026-W48")
      }
    } else if columns.contains(.date) {
      week = cell(.date).flatMap(CSVImport.date).map { ISOWeek($0) }
      if week == nil {
        problem(
          "'\(cell(.date) ?? "")' is not a date",
          "write it like 2026-11-25, 25.11.2026 or 25-11-2026")
      }
    }
    let metric = cell(.metric)
    if metric == nil { problem("the metric is empty") }
    let value = cell(.value).flatMap(MetricInput.parse)
    if value == nil {
      problem(
        cell(.value).map { "'\($0)' is not a number rollout can use" } ?? "the value is empty",
        "write an ordinary number such as 18.5 or 18,5")
    }
    guard let week, let metric, let value, problems.isEmpty else {
      let partial = PartialDraft(
        week: week, metric: metric, channel: cell(.channel), file: file, line: record.line)
      return .failure(RowFailure(problems: DiagnosticsError(problems), partial: partial))
    }
    let body = MetricValue(metric: metric, value: value, channel: cell(.channel), text: cell(.text))
    return .success(EntryDraft(week: week, body: .metric(body), file: file, line: record.line))
  }
}
