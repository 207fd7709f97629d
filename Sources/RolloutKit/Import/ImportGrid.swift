/// One cell as the file stores it: CSV cells are all text; a workbook also stores
/// numbers (dates among them, as serial numbers) and yes/no values.
public enum ImportCell: Sendable, Hashable {
  case text(String)
  case number(Double)
  case bool(Bool)
  case error(String)

  /// Nothing in it, or only spaces: no value (not zero).
  var isEmpty: Bool {
    if case .text(let t) = self { return t.trimmed.isEmpty }
    return false
  }

  /// The text as a person sees it, for messages and header names.
  var display: String {
    switch self {
    case .text(let t): return String(t.trimmed)
    case .number(let d): return NumberText.plain(d)
    case .bool(let b): return b ? "TRUE" : "FALSE"
    case .error(let code): return code
    }
  }
}

/// A table read from a file, before its rows mean anything: the header and the rows
/// below it, each cell with its place in the file so that every problem names it.
public struct ImportGrid: Sendable {
  /// Where the grid came from.
  public enum Source: Sendable, Hashable {
    /// A CSV file; rows are located by line, and the delimiter is known.
    case csv(delimiter: Character)
    /// A workbook's sheet; cells are located as `FILE:SHEET!A12`.
    case sheet(String)
  }

  public struct Row: Sendable {
    /// The CSV line the row starts on, or the sheet's row number.
    public var number: Int
    public var cells: [ImportCell]
    /// A problem with the row itself (a misplaced quote): its cells are not to be trusted.
    public var problem: Diagnostic?

    var isBlank: Bool { problem == nil && cells.allSatisfy(\.isEmpty) }

    func cell(_ index: Int) -> ImportCell? {
      index < cells.count && !cells[index].isEmpty ? cells[index] : nil
    }
  }

  public var file: String
  public var source: Source
  /// The header's names, trimmed.
  public var header: [String]
  /// The header's line (CSV) or row (sheet).
  public var headerRow: Int
  public var rows: [Row]

  /// The place of a cell: `(file, line)` for CSV, `("FILE:SHEET!C12", nil)` for a sheet.
  func place(row: Int, column: Int?) -> (file: String, line: Int?) {
    switch source {
    case .csv: return (file, row)
    case .sheet(let name):
      return ("\(file):\(name)!\(Self.columnLetters(column ?? 0))\(row)", nil)
    }
  }

  /// A problem located at a cell.
  func diagnostic(_ problem: ImportProblem, row: Int, column: Int?) -> Diagnostic {
    let at = place(row: row, column: column)
    return Diagnostic(
      file: at.file, line: at.line, problem)
  }

  /// A problem of the header (or of a mapping of its columns).
  func headerDiagnostic(_ problem: ImportProblem, column: Int? = nil) -> Diagnostic {
    diagnostic(problem, row: headerRow, column: column)
  }

  /// `0` → `A`, `27` → `AB`, as Excel names columns.
  static func columnLetters(_ index: Int) -> String {
    var n = index + 1
    var letters = ""
    while n > 0 {
      let r = (n - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + r))) + letters
      n = (n - 1) / 26
    }
    return letters
  }
}
