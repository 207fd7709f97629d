import Foundation
import SwiftCSV

/// Metric values from a spreadsheet export (SPEC §5 `import`): a header with `week` or
/// `date`, `metric`, `value`, optional `channel` and `text`; `,`, `;` or tab, found from
/// the header; a UTF-8 byte order mark skipped; decimal commas accepted.
public enum CSVImport {
  static let known = ["week", "date", "metric", "value", "channel", "text"]

  /// The drafts of every row, or every problem as `FILE:LINE: error: …`. `fallbackWeek`
  /// is used when the file has neither a `week` nor a `date` column.
  public static func drafts(_ bytes: [UInt8], file: String, fallbackWeek: ISOWeek?)
    -> Result<[EntryDraft], DiagnosticsError>
  {
    var bytes = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(
        fail(file, nil, "the file is not UTF-8 text", "save or export it as UTF-8 CSV"))
    }
    guard text.contains(where: { !$0.isWhitespace }) else {
      return .failure(fail(file, nil, "the file is empty", "export the data with a header row"))
    }
    let csv: EnumeratedCSV
    do {
      csv = try EnumeratedCSV(
        string: text, delimiter: CSVDelimiter.guessed(string: text), loadColumns: false)
    } catch {
      return .failure(
        fail(
          file, nil, "the CSV cannot be read: a quoted value is not closed properly",
          "check the quotes (\") in the file; a quote inside a value is written twice"))
    }
    let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    var problems = headerProblems(header, file: file, fallbackWeek: fallbackWeek)
    guard problems.isEmpty else { return .failure(DiagnosticsError(problems)) }
    let lines = recordLines(text)
    var drafts: [EntryDraft] = []
    for (index, row) in csv.rows.enumerated() {
      let line = index + 1 < lines.count ? lines[index + 1] : lines.last ?? 1
      if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      switch draft(row, header: header, file: file, line: line, fallbackWeek: fallbackWeek) {
      case .success(let d): drafts.append(d)
      case .failure(let e): problems += e.diagnostics
      }
    }
    if !problems.isEmpty { return .failure(DiagnosticsError(problems)) }
    if drafts.isEmpty {
      return .failure(fail(file, nil, "the file has a header but no rows", nil))
    }
    return .success(drafts)
  }

  static func headerProblems(_ header: [String], file: String, fallbackWeek: ISOWeek?)
    -> [Diagnostic]
  {
    var out: [Diagnostic] = []
    for name in header where !known.contains(name) {
      out.append(
        Diagnostic(
          file: file, line: 1, message: "the column '\(name)' is not one rollout reads",
          suggestion: suggestion(for: name, among: known)
            ?? "the columns are: week or date, metric, value, channel, text"))
    }
    for name in Set(header) where header.filter({ $0 == name }).count > 1 {
      out.append(Diagnostic(file: file, line: 1, message: "the column '\(name)' appears twice"))
    }
    for name in ["metric", "value"] where !header.contains(name) {
      out.append(
        Diagnostic(file: file, line: 1, message: "the header has no '\(name)' column",
          suggestion: "the first row must name the columns: week, metric, value"))
    }
    if header.contains("week") && header.contains("date") {
      out.append(
        Diagnostic(file: file, line: 1, message: "the header has both 'week' and 'date'",
          suggestion: "keep one of them"))
    } else if !header.contains("week") && !header.contains("date") && fallbackWeek == nil {
      out.append(
        Diagnostic(
          file: file, line: 1, message: "the header has no 'week' or 'date' column",
          suggestion: "add a week (2026-W48) or date (2026-11-25) column, or give --week"))
    }
    return out
  }

  /// One row's draft, or every problem of the row.
  static func draft(
    _ row: [String], header: [String], file: String, line: Int, fallbackWeek: ISOWeek?
  ) -> Result<EntryDraft, DiagnosticsError> {
    var problems: [Diagnostic] = []
    func problem(_ message: String, _ suggestion: String? = nil) {
      problems.append(Diagnostic(file: file, line: line, message: message, suggestion: suggestion))
    }
    func cell(_ name: String) -> String? {
      guard let i = header.firstIndex(of: name), i < row.count else { return nil }
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
    if header.contains("week") {
      week = cell("week").flatMap { ISOWeek($0) }
      if week == nil { problem("'\(cell("week") ?? "")' is not an ISO week", "write it like 2026-W48") }
    } else if header.contains("date") {
      week = cell("date").flatMap { CalendarDate($0) }.map { ISOWeek($0) }
      if week == nil { problem("'\(cell("date") ?? "")' is not a date", "write it like 2026-11-25") }
    }
    let metric = cell("metric")
    if metric == nil { problem("the metric is empty") }
    let value = cell("value").flatMap(MetricInput.parse)
    if value == nil {
      problem(
        cell("value").map { "'\($0)' is not a number rollout can use" } ?? "the value is empty",
        "write an ordinary number such as 18.5 or 18,5")
    }
    guard let week, let metric, let value, problems.isEmpty else {
      return .failure(DiagnosticsError(problems))
    }
    let body = MetricValue(metric: metric, value: value, channel: cell("channel"), text: cell("text"))
    return .success(EntryDraft(week: week, body: .metric(body), file: file, line: line))
  }

  /// The line on which each record starts (header first), counting line breaks outside
  /// quotes as the CSV reader does, so that errors name the file's own lines.
  static func recordLines(_ text: String) -> [Int] {
    var starts = [1]
    var line = 1
    var quoted = false
    for ch in text {
      if ch.isNewline {
        line += 1
        if !quoted { starts.append(line) }
      } else if ch == "\"" {
        quoted.toggle()
      }
    }
    return starts
  }

  static func fail(_ file: String, _ line: Int?, _ message: String, _ suggestion: String?)
    -> DiagnosticsError
  {
    DiagnosticsError(Diagnostic(file: file, line: line, message: message, suggestion: suggestion))
  }
}
