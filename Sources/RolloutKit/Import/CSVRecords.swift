import SwiftCSV

/// One record of a CSV file: its values and the line it starts on, or what is wrong with it.
struct CSVRecord: Sendable, Hashable {
  var line: Int
  var fields: [String]
  /// A quoting mistake; the record's values are not to be trusted then.
  var problem: Diagnostic?

  var isBlank: Bool {
    problem == nil && fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
  }
}

/// Splits CSV text into records with SwiftCSV, and adds what the library does not say:
/// the line each record starts on (so that every problem names the file's own line) and
/// where a quote is misplaced (SwiftCSV gives up on the whole file then).
enum CSVRecords {
  static func split(_ text: String, delimiter: Character) -> [CSVRecord] {
    let layout = QuoteLayout(text, delimiter: delimiter)
    // A record with a quoting mistake is blanked out before SwiftCSV reads the text, so
    // that the library can read every other record, one row per record.
    var readable = ""
    readable.reserveCapacity(text.utf8.count)
    for record in layout.records {
      if record.problem == nil { readable += text[record.range] }
      if let end = record.terminator { readable += text[end] }
    }
    let rows: [[String]]
    do {
      let csv = try EnumeratedCSV(
        string: readable, delimiter: CSVDelimiter.character(delimiter), loadColumns: false)
      rows = [csv.header] + csv.rows
    } catch {
      // The layout found every mistake SwiftCSV knows of; should it still refuse, say so
      // on the first line rather than guess.
      return [
        CSVRecord(
          line: 1, fields: [],
          problem: Diagnostic(line: 1, ImportFileProblem.notCSV("\(error)")))
      ]
    }
    return layout.records.enumerated().map { index, record in
      CSVRecord(
        line: record.line, fields: record.problem == nil && index < rows.count ? rows[index] : [],
        problem: record.problem)
    }
  }
}

/// Where each record of a CSV text starts and ends, found by following the quotes only.
struct QuoteLayout {
  struct Record {
    var line: Int
    var range: Range<String.Index>
    /// The line break that ends the record, if any.
    var terminator: Range<String.Index>?
    var problem: Diagnostic?
  }

  var records: [Record] = []

  init(_ text: String, delimiter: Character) {
    var line = 1
    var recordLine = 1
    var recordStart = text.startIndex
    var inQuotes = false
    var quoteLine = 1
    var atFieldStart = true
    var afterClosingQuote = false
    var problem: Diagnostic?
    var index = text.startIndex
    while index < text.endIndex {
      let ch = text[index]
      let next = text.index(after: index)
      if inQuotes {
        if ch == "\"" {
          if next < text.endIndex, text[next] == "\"" {
            index = text.index(after: next)
            continue
          }
          inQuotes = false
          afterClosingQuote = true
        } else if ch.isNewline {
          line += 1
        }
      } else if ch == delimiter {
        atFieldStart = true
        afterClosingQuote = false
      } else if ch.isNewline {
        records.append(
          Record(
            line: recordLine, range: recordStart..<index, terminator: index..<next,
            problem: problem))
        line += 1
        recordLine = line
        recordStart = next
        problem = nil
        atFieldStart = true
        afterClosingQuote = false
      } else if ch == "\"" && atFieldStart {
        inQuotes = true
        quoteLine = line
        atFieldStart = false
      } else if !ch.isWhitespace {
        if problem == nil && afterClosingQuote {
          problem = Self.textAfterQuote(started: quoteLine, closed: line, recordLine: recordLine)
        } else if problem == nil && ch == "\"" {
          problem = Diagnostic(line: line, ImportFileProblem.quoteInsideValue)
        }
        atFieldStart = false
      }
      index = next
    }
    if inQuotes {
      problem = Diagnostic(line: quoteLine, ImportFileProblem.quoteNeverClosed)
    }
    if recordStart < text.endIndex || problem != nil {
      records.append(
        Record(
          line: recordLine, range: recordStart..<text.endIndex, terminator: nil, problem: problem))
    }
  }

  static func textAfterQuote(started: Int, closed: Int, recordLine: Int) -> Diagnostic {
    guard started != closed else {
      return Diagnostic(line: recordLine, ImportFileProblem.textAfterQuote)
    }
    return Diagnostic(line: started, ImportFileProblem.quoteClosedLater(line: closed))
  }
}
