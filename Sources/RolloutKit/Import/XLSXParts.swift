import Foundation
import XMLCoder

/// The parts of an Excel workbook's XML that an import reads, as XMLCoder decodes them
/// (ECMA-376 SpreadsheetML). Everything else in the files (styles, formulas' text,
/// column widths) is left out by the decoder.
enum XLSXParts {
  /// `xl/workbook.xml`: the sheets, in the order Excel shows their tabs.
  struct Workbook: Decodable {
    var sheets: Sheets?
    struct Sheets: Decodable { var sheet: [Sheet]? }
    struct Sheet: Decodable {
      var name: String
      var relationship: String?
      enum CodingKeys: String, CodingKey {
        case name
        case relationship = "r:id"
      }
    }
  }

  /// `xl/_rels/workbook.xml.rels`: where each sheet's XML is.
  struct Relationships: Decodable {
    var relationship: [Relationship]?
    struct Relationship: Decodable {
      var id: String
      var target: String
      enum CodingKeys: String, CodingKey {
        case id = "Id"
        case target = "Target"
      }
    }
    enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
  }

  /// Text that Excel may split into runs of different formatting (`<r><t>…</t></r>`).
  struct RichText: Decodable {
    var t: Text?
    var r: [Run]?
    struct Run: Decodable { var t: Text? }
    struct Text: Decodable {
      var value: String?
      enum CodingKeys: String, CodingKey { case value = "" }
    }

    var plain: String {
      (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined()
    }
  }

  /// `xl/sharedStrings.xml`: the strings that cells of type `s` point to by index.
  struct SharedStrings: Decodable {
    var si: [RichText]?
  }

  /// `xl/worksheets/sheetN.xml`: the rows and their cells.
  struct Worksheet: Decodable {
    var sheetData: SheetData?
    struct SheetData: Decodable { var row: [Row]? }
    struct Row: Decodable {
      var r: Int?
      var c: [Cell]?
    }
    struct Cell: Decodable {
      /// `B12`.
      var r: String?
      /// s (shared string), inlineStr, str (a formula's text), b, e (error), n, d.
      var t: String?
      var v: String?
      var `is`: RichText?
      /// The cell's style: an index into the style sheet's `cellXfs`.
      var s: Int?
    }
  }

  /// `xl/styles.xml`, as far as it says which cells show their number as a percentage.
  struct StyleSheet: Decodable {
    var numFmts: NumberFormats?
    var cellXfs: CellFormats?
    struct NumberFormats: Decodable { var numFmt: [NumberFormat]? }
    struct NumberFormat: Decodable {
      var numFmtId: Int
      var formatCode: String?
    }
    struct CellFormats: Decodable { var xf: [CellFormat]? }
    struct CellFormat: Decodable { var numFmtId: Int? }

    /// For each cell style, whether its number format shows a percentage: the built-in
    /// formats 9 (`0%`) and 10 (`0.00%`), or a custom one with a `%` outside quotes.
    var percentStyles: [Bool] {
      var percent: Set<Int> = [9, 10]
      for format in numFmts?.numFmt ?? [] where Self.showsPercent(format.formatCode ?? "") {
        percent.insert(format.numFmtId)
      }
      return (cellXfs?.xf ?? []).map { percent.contains($0.numFmtId ?? 0) }
    }

    /// `0.0%` and `#,##0.00" "%` yes; `0.0" %"`, `0\%` (a literal sign) and `"%"` alone no.
    static func showsPercent(_ code: String) -> Bool {
      var quoted = false
      var escaped = false
      for ch in code {
        if escaped {
          escaped = false
        } else if ch == "\\" {
          escaped = true
        } else if ch == "\"" {
          quoted.toggle()
        } else if ch == "%" && !quoted {
          return true
        }
      }
      return false
    }
  }

  static func decode<T: Decodable>(_ type: T.Type, _ data: [UInt8]) throws -> T {
    let decoder = XMLDecoder()
    decoder.shouldProcessNamespaces = false
    return try decoder.decode(type, from: Data(data))
  }
}
