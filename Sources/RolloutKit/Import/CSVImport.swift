import Foundation
import SwiftCSV

/// Metric values from a spreadsheet export (docs/journal.md `import`). A file is read into an
/// `ImportGrid` first (here for CSV, in `XLSXReader` for workbooks); its header then says
/// whether it is long (`week`/`date`, `metric`, `value`…) or wide (a date or week column
/// and one column per metric), and `ImportGrid.rows` reads it either way.
public enum CSVImport {
  /// A column of the long form, or the date or week column of either form.
  public enum Column: String, Sendable, CaseIterable {
    case week, date, metric, value, channel, text

    /// The header names that mean this column, English first, then Finnish and Dutch as
    /// Excel users and analytics tools write them.
    var names: [String] {
      switch self {
      case .week: return ["week", "viikko", "vko", "wk"]
      case .date: return ["date", "day", "päivämäärä", "pvm", "päivä", "datum", "dag"]
      case .metric: return ["metric", "mittari", "meetwaarde", "metriek"]
      case .value: return ["value", "arvo", "waarde"]
      case .channel: return ["channel", "kanava", "kanaal"]
      case .text: return ["text", "teksti", "kommentti", "tekst", "opmerking"]
      }
    }

    /// The column a header name means, whatever its case and surrounding spaces.
    init?(header name: String) {
      let lowered = name.trimmed.lowercased()
      guard let column = Column.allCases.first(where: { $0.names.contains(lowered) }) else {
        return nil
      }
      self = column
    }
  }

  /// The file's grid: a UTF-8 byte order mark skipped, `#` comment lines and blank lines
  /// before the header skipped (GA4 writes its report's name and dates there), the
  /// delimiter (`,`, `;` or tab) found from the header line. Throws when the file itself
  /// cannot be read (not UTF-8, empty, a broken header).
  public static func grid(_ bytes: [UInt8], file: String) throws(DiagnosticsError) -> ImportGrid {
    var bytes = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw fail(file, .notUTF8)
    }
    let (body, headerLine) = withoutPreamble(text)
    guard let headerLine else {
      throw fail(file, .empty)
    }
    let delimiter = CSVDelimiter.guessed(string: String(headerLine)).rawValue
    var records = CSVRecords.split(body, delimiter: delimiter)[...]
    while let first = records.first, first.isBlank { records = records.dropFirst() }
    guard let headerRecord = records.popFirst() else {
      throw fail(file, .empty)
    }
    if var problem = headerRecord.problem {
      problem.file = file
      throw DiagnosticsError(problem)
    }
    // A `#` line below the header is a comment too (GA4 puts one between its tables).
    let rows = records.filter { $0.problem != nil || !($0.fields.first.map(isComment) ?? false) }
    return ImportGrid(
      file: file, source: .csv(delimiter: delimiter),
      header: headerRecord.fields.map { String($0.trimmed) }, headerRow: headerRecord.line,
      rows: rows.map {
        ImportGrid.Row(number: $0.line, cells: $0.fields.map { .text($0) }, problem: $0.problem)
      })
  }

  /// The text with the comment and blank lines before the header blanked out (their line
  /// breaks kept, so that every line keeps its number), and the header line.
  static func withoutPreamble(_ text: String) -> (String, Substring?) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for i in lines.indices {
      let line = lines[i].trimmed
      if line.isEmpty || isComment(line) {
        lines[i] = lines[i].hasSuffix("\r") ? "\r" : ""
        continue
      }
      return (lines.joined(separator: "\n"), lines[i])
    }
    return (text, nil)
  }

  static func isComment(_ field: some StringProtocol) -> Bool {
    field.trimmed.first == "#"
  }

  static func fail(_ file: String, _ problem: ImportFileProblem) -> DiagnosticsError {
    DiagnosticsError(Diagnostic(file: file, problem))
  }
}
