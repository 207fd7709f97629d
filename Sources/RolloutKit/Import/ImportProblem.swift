/// Everything `rollout import` can find wrong with a file's shape, a cell or a mapping, as
/// values; worded in one place (`ImportWords.swift`), in en, fi and nl.
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
  /// `suggestion`: the nearest metric id, for did-you-mean.
  case mapUnknownMetric(column: String, metric: String, suggestion: String?)
  case mapColumnTwice(column: String)
  case mapColumnMissing(column: String, columns: [String])
  case channelTwice(column: String)
  case notAWorkbook(ImportFileProblem.NotAWorkbook)
  case unknownSheet(String, sheets: [String])
  case sheetOnlyForWorkbooks
  case mapInLongFile
  case emptyValue

  /// What is wrong, in English (tests and machine output read it).
  public var message: String { message(in: .en) }

  /// How to fix it, in English.
  public var suggestion: String? { fix(in: .en) }

}
