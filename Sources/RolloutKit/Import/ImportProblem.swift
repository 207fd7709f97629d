/// Everything `rollout import` can find wrong with a file's shape, a cell or a mapping, as
/// values; worded in one place (`message`, `suggestion`).
public enum ImportProblem: Error, Sendable, Hashable {
  case notANumber(String)
  /// `1,234` in a file that shows no decimal convention.
  case ambiguousNumber(String)
  /// `18.5` where the file writes decimals with a comma, or the other way round.
  case wrongDecimalMark(String, expected: Character)
  case mixedDecimalMarks(point: String, comma: String)
  case yesNoValue(Bool)
  case excelError(String)
  case emptyDate
  case notADate(String)
  case emptyWeek
  /// A week cell that is not a week, or not one with its year.
  case week(WrittenTime.Problem)
  /// A wide file without a date or week column.
  case noDateColumn(columns: [String])
  case noMatchedColumn(columns: [String])
  case columnsShareMetric(metric: String, columns: [String])
  case mapNotAPair(String)
  case mapUnknownMetric(column: String, metric: String, suggestion: String?)
  case mapColumnTwice(column: String)
  case mapColumnMissing(column: String, columns: [String])
  case channelTwice(column: String)
  case notAWorkbook(reason: String)
  case unknownSheet(String, sheets: [String])
  case sheetOnlyForWorkbooks
  case mapInLongFile
  case emptyValue

  /// What is wrong, in a sentence without a capital or a full stop.
  public var message: String {
    switch self {
    case .notANumber(let text): return "'\(text)' is not a number rollout can use"
    case .ambiguousNumber(let text):
      return "'\(text)' could be read two ways (a thousand and more, or one and a fraction), "
        + "and nothing else in the file says which"
    case .wrongDecimalMark(let text, let expected):
      return "'\(text)' does not match the file's other numbers, which write decimals with "
        + (expected == "," ? "a comma" : "a point")
    case .mixedDecimalMarks(let point, let comma):
      return "the file's numbers write decimals both with a point ('\(point)') and with a "
        + "comma ('\(comma)')"
    case .yesNoValue(let value): return "the cell holds \(value ? "TRUE" : "FALSE"), not a number"
    case .excelError(let code): return "the cell holds Excel's error \(code), not a number"
    case .emptyDate: return "the date is empty"
    case .notADate(let text): return "'\(text)' is not a date"
    case .emptyWeek: return "the week is empty"
    case .week(let problem): return problem.message(in: .en)
    case .noDateColumn(let columns):
      return "the file has no week or date column (its columns: \(list(columns)))"
    case .noMatchedColumn(let columns):
      return "no column of the file is matched to a metric (its columns: \(list(columns)))"
    case .columnsShareMetric(let metric, let columns):
      return "the columns \(list(columns)) all give the metric '\(metric)'"
    case .mapNotAPair(let text): return "--map '\(text)' is not COLUMN=METRIC"
    case .mapUnknownMetric(let column, let metric, _):
      return "--map '\(column)=\(metric)': the plan has no metric '\(metric)'"
    case .mapColumnTwice(let column): return "the column '\(column)' is mapped twice"
    case .mapColumnMissing(let column, let columns):
      return "--map names the column '\(column)', which the file does not have "
        + "(its columns: \(list(columns)))"
    case .channelTwice(let column):
      return "--channel is given, and the file has a channel column too ('\(column)')"
    case .notAWorkbook(let reason): return "the file is not an Excel workbook (.xlsx): \(reason)"
    case .unknownSheet(let name, let sheets):
      return "the workbook has no sheet '\(name)' (its sheets: \(list(sheets)))"
    case .sheetOnlyForWorkbooks: return "--sheet is for Excel workbooks (.xlsx)"
    case .mapInLongFile:
      return "--map is for a file with one column per metric, and this one has a metric column"
    case .emptyValue: return "the value is empty"
    }
  }

  /// How to fix it, when there is something to say.
  public var suggestion: String? {
    switch self {
    case .notANumber: return "write an ordinary number such as 18.5, 18,5, 1 234 or 3,2 %"
    case .ambiguousNumber(let text):
      return "write it without the separator (\(text.filter { $0 != "," && $0 != "." })) "
        + "or with its decimals (\(text).0)"
    case .wrongDecimalMark: return "write every number of the file the same way"
    case .mixedDecimalMarks: return "write every number of the file the same way"
    case .yesNoValue, .excelError: return "put a number in the cell, or leave it empty"
    case .emptyDate, .notADate: return "write it like 2026-11-25, 25.11.2026, 25-11-2026 or 20261125"
    case .emptyWeek: return WrittenTime.weekForms(.en)
    case .week(let problem): return problem.fix(in: .en)
    case .noDateColumn: return "export the data by day or by week, with the date or week column"
    case .noMatchedColumn:
      return "map a column with --map 'COLUMN=METRIC', or list its name under the metric's "
        + "'import:' in the plan"
    case .columnsShareMetric: return "map only one of them to the metric"
    case .mapNotAPair: return "write it like --map 'Sessions=visits'"
    case .mapUnknownMetric(_, _, let suggestion):
      return suggestion ?? "the metric must be one of the plan's 'metrics:'"
    case .mapColumnTwice: return "map each column once"
    case .mapColumnMissing: return "check the spelling against the file's header"
    case .channelTwice: return "leave --channel out, or remove the channel column"
    case .notAWorkbook: return "open it in Excel and save it as an Excel workbook (.xlsx)"
    case .unknownSheet(let name, let sheets):
      return RolloutKit.suggestion(for: name, among: sheets) ?? "give one of the sheets named above"
    case .sheetOnlyForWorkbooks: return "leave --sheet out for a CSV file"
    case .mapInLongFile: return "leave --map out: the metric column names each row's metric"
    case .emptyValue: return "write an ordinary number such as 18.5 or 18,5"
    }
  }

  func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
