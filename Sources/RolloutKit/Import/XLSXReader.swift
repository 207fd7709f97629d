import Foundation
import ZIPFoundation

/// Reads one sheet of an Excel workbook (.xlsx: a ZIP archive of XML parts) into an
/// `ImportGrid`, with cells as Excel stores them: numbers (dates among them, as serial
/// day numbers), shared and inline strings, yes/no values and error codes.
enum XLSXReader {
  /// A part bigger than this is refused rather than unpacked (a ZIP bomb, or a sheet far
  /// beyond any export of weekly figures).
  static let largestPart: UInt64 = 256 << 20

  static func grid(_ bytes: [UInt8], file: String, sheet wanted: String?)
    throws(DiagnosticsError) -> ImportGrid
  {
    func fail(_ problem: ImportProblem) -> DiagnosticsError {
      DiagnosticsError(
        Diagnostic(file: file, problem))
    }
    if !bytes.starts(with: [0x50, 0x4B]),
      String(validating: bytes.prefix(4096), as: UTF8.self) != nil
    {
      throw fail(.notAWorkbook(.plainText))
    }
    let archive: Archive
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw fail(.notAWorkbook(.notZIP))
    }
    func part(_ path: String) throws(DiagnosticsError) -> [UInt8]? {
      guard let entry = archive[path] else { return nil }
      guard entry.uncompressedSize <= largestPart else {
        throw fail(.notAWorkbook(.partTooLarge(path)))
      }
      var data: [UInt8] = []
      do {
        _ = try archive.extract(entry) { data += $0 }
      } catch {
        throw fail(.notAWorkbook(.partDamaged(path)))
      }
      return data
    }
    func decoded<T: Decodable>(_ type: T.Type, _ path: String) throws(DiagnosticsError) -> T? {
      guard let data = try part(path) else { return nil }
      do {
        return try XLSXParts.decode(type, data)
      } catch {
        throw fail(.notAWorkbook(.partNotXML(path)))
      }
    }
    guard let workbook = try decoded(XLSXParts.Workbook.self, "xl/workbook.xml") else {
      throw fail(.notAWorkbook(.noWorkbookPart))
    }
    let sheets = workbook.sheets?.sheet ?? []
    guard !sheets.isEmpty else { throw fail(.notAWorkbook(.noSheets)) }
    let index: Int
    if let wanted {
      let key = wanted.trimmed.lowercased()
      guard
        let found = sheets.firstIndex(where: { $0.name == wanted })
          ?? sheets.firstIndex(where: { $0.name.trimmed.lowercased() == key })
      else { throw fail(.unknownSheet(wanted, sheets: sheets.map(\.name))) }
      index = found
    } else {
      index = 0
    }
    let rels = try decoded(XLSXParts.Relationships.self, "xl/_rels/workbook.xml.rels")
    let target = rels?.relationship?.first { $0.id == sheets[index].relationship }?.target
    let path =
      target.map { $0.hasPrefix("/") ? String($0.dropFirst()) : "xl/" + $0 }
      ?? "xl/worksheets/sheet\(index + 1).xml"
    guard let worksheet = try decoded(XLSXParts.Worksheet.self, path) else {
      throw fail(.notAWorkbook(.sheetWithoutData(sheets[index].name)))
    }
    let strings = try decoded(XLSXParts.SharedStrings.self, "xl/sharedStrings.xml")
    let shared = (strings?.si ?? []).map(\.plain)
    // A style sheet that does not decode only loses the percent scaling, not the import.
    let styles = (try? decoded(XLSXParts.StyleSheet.self, "xl/styles.xml"))??.percentStyles ?? []
    return sheetGrid(
      worksheet, shared: shared, percent: styles, file: file, sheet: sheets[index].name)
  }

  /// The sheet's rows as a grid. The header is the first row with two cells or more that
  /// is not a `#` comment: a title or a note above it (LinkedIn writes one) is no header,
  /// and every file rollout reads has at least two columns.
  static func sheetGrid(
    _ worksheet: XLSXParts.Worksheet, shared: [String], percent: [Bool] = [], file: String,
    sheet: String
  ) -> ImportGrid {
    var rows: [ImportGrid.Row] = []
    var next = 1
    for row in worksheet.sheetData?.row ?? [] {
      let number = row.r ?? next
      next = number + 1
      var cells: [ImportCell] = []
      var column = 0
      for c in row.c ?? [] {
        if let reference = c.r, let at = columnIndex(reference) { column = at }
        guard column < 16_384 else { break }
        while cells.count < column { cells.append(.text("")) }
        cells.append(cell(c, shared: shared, percent: percent))
        column += 1
      }
      rows.append(ImportGrid.Row(number: number, cells: cells))
    }
    var body = rows[...]
    while let first = body.first,
      first.cells.filter({ !$0.isEmpty }).count < 2
        || first.cells.first.map({ CSVImport.isComment($0.display) }) == true
    {
      body = body.dropFirst()
    }
    let header = body.popFirst()
    return ImportGrid(
      file: file, source: .sheet(sheet), header: header?.cells.map(\.display) ?? [],
      headerRow: header?.number ?? 1, rows: Array(body))
  }

  /// A cell as the sheet shows it. A number in a percent format (`5,1 %` on screen, 0.051
  /// in the file) is read as the percentage, as the same number typed in a CSV is.
  static func cell(_ c: XLSXParts.Worksheet.Cell, shared: [String], percent: [Bool] = [])
    -> ImportCell
  {
    let v = c.v ?? ""
    switch c.t {
    case "s":
      guard let i = Int(v), shared.indices.contains(i) else { return .error("#REF!") }
      return .text(shared[i])
    case "inlineStr": return .text(c.is?.plain ?? v)
    case "str", "d": return .text(v)
    case "b": return .bool(v == "1")
    case "e": return .error(v)
    default:
      if v.isEmpty { return .text("") }
      guard let number = Double(v) else { return .text(v) }
      if let style = c.s, percent.indices.contains(style), percent[style] {
        return .number(hundredfold(v) ?? number * 100)
      }
      return .number(number)
    }
  }

  /// `0.051` → 5.1 by moving the decimal point in the text, so that no binary rounding
  /// creeps in (0.051 × 100 is 5.1000000000000005).
  static func hundredfold(_ text: String) -> Double? {
    let parts = text.split(omittingEmptySubsequences: false) { $0 == "e" || $0 == "E" }
    guard parts.count <= 2, let exponent = parts.count == 2 ? Int(parts[1]) : 0 else {
      return nil
    }
    return Double("\(parts[0])e\(exponent + 2)").flatMap { $0.isFinite ? $0 : nil }
  }

  /// `C12` → 2.
  static func columnIndex(_ reference: String) -> Int? {
    let letters = reference.prefix { $0.isASCII && $0.isLetter }
    guard !letters.isEmpty, letters.count <= 3 else { return nil }
    return letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
  }
}

/// A file to import, CSV or workbook, told apart by its first bytes (an .xlsx is a ZIP
/// archive) and its name.
public enum ImportFile {
  public static func grid(_ bytes: [UInt8], file: String, sheet: String?)
    throws(DiagnosticsError) -> ImportGrid
  {
    let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    let namedXLSX = file.lowercased().hasSuffix(".xlsx") || file.lowercased().hasSuffix(".xlsm")
    if isZip || namedXLSX { return try XLSXReader.grid(bytes, file: file, sheet: sheet) }
    if sheet != nil {
      let problem = ImportProblem.sheetOnlyForWorkbooks
      throw DiagnosticsError(
        Diagnostic(file: file, problem))
    }
    return try CSVImport.grid(bytes, file: file)
  }
}
