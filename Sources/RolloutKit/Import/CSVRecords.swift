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

/// Splits CSV text into records the way spreadsheets write it (RFC 4180): a value in double
/// quotes may hold the delimiter, line breaks and doubled quotes (`""`). A quote inside an
/// unquoted value is kept as it is. Each record knows its first line, so that every problem
/// names the file's own line.
enum CSVRecords {
  static func split(_ text: String, delimiter: Character) -> [CSVRecord] {
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    // The line of the quote that opened the value being read, while it is open.
    var openQuote: Int?
    // The line the last quoted value of this field started on, once its quote closed.
    var closedQuote: Int?
    var problem: Diagnostic?
    let characters = Array(text)
    var i = 0

    func endField() {
      fields.append(field)
      field = ""
      closedQuote = nil
    }
    func endRecord() {
      endField()
      records.append(CSVRecord(line: recordLine, fields: fields, problem: problem))
      fields = []
      problem = nil
    }

    while i < characters.count {
      let ch = characters[i]
      i += 1
      if let opened = openQuote {
        if ch == "\"" {
          if i < characters.count, characters[i] == "\"" {
            field.append("\"")
            i += 1
          } else {
            openQuote = nil
            closedQuote = opened
          }
        } else if ch.isNewline {
          field.append("\n")
          line += 1
        } else {
          field.append(ch)
        }
      } else if ch == delimiter {
        endField()
      } else if ch.isNewline {
        endRecord()
        line += 1
        recordLine = line
      } else if ch == "\"", closedQuote == nil, field.allSatisfy(\.isWhitespace) {
        field = ""
        openQuote = line
      } else if let started = closedQuote, !ch.isWhitespace {
        if problem == nil {
          problem = textAfterQuote(started: started, closed: line, recordLine: recordLine)
        }
        field.append(ch)
      } else {
        field.append(ch)
      }
    }
    if let opened = openQuote {
      records.append(
        CSVRecord(
          line: recordLine, fields: fields,
          problem: Diagnostic(
            line: opened, message: "a quote opened here is never closed",
            suggestion: "close the value with a quote (\"); every line after it was read "
              + "as part of the value")))
    } else if !field.isEmpty || !fields.isEmpty || closedQuote != nil {
      endRecord()
    }
    return records
  }

  static func textAfterQuote(started: Int, closed: Int, recordLine: Int) -> Diagnostic {
    let fix = "a quote inside a value is written twice (\"\"), and a quoted value ends at the "
    guard started != closed else {
      return Diagnostic(
        line: recordLine, message: "more text follows the closing quote of a value",
        suggestion: fix + "delimiter")
    }
    return Diagnostic(
      line: started,
      message: "the quote opened here is closed only on line \(closed), "
        + "and more text follows it there",
      suggestion: "close the quote on this line; " + fix + "delimiter")
  }
}
