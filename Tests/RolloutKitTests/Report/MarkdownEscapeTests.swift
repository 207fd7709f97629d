import Testing

@testable import RolloutKit

/// docs/reports.md: user text never breaks a table, starts a block, injects HTML or ends a
/// Mermaid block.
struct MarkdownEscapeTests {
  @Test(arguments: [
    ("plain words", "plain words"),
    ("a | b", "a \\| b"),
    ("line one\nline two\r\nthree", "line one line two three"),
    ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
    ("`code` and ```fence```", "\\`code\\` and \\`\\`\\`fence\\`\\`\\`"),
    ("# not a heading", "\\# not a heading"),
    ("> not a quote", "\\> not a quote"),
    ("- not a list", "\\- not a list"),
    ("1. not a list", "1\\. not a list"),
    ("[link](javascript:x)", "\\[link\\](javascript:x)"),
    ("**bold** _it_ ~~x~~", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~x\\~\\~"),
    ("back\\slash|", "back\\\\slash\\|"),
    ("Hyvä äly, één keer 😀", "Hyvä äly, één keer 😀"),
    ("  spaced \t out  ", "spaced out"),
    ("bell\u{07}and\u{202E}bidi", "bell and bidi"),
  ])
  func inline(input: String, expected: String) {
    #expect(MarkdownEscape.inline(input) == expected)
  }

  @Test(arguments: [
    "say \"hi\"] and [x]", "`tick`", "%%{init}%%", "a;b#c", "<b>bold</b>", "line\nbreak", "end\\",
  ])
  func mermaidTextCannotBreakItsString(input: String) {
    let out = MarkdownEscape.mermaid(input)
    for forbidden in ["\"", "[", "]", "{", "}", "`", "<", ">", ";", "#", "%", "\n", "\\"] {
      #expect(!out.contains(forbidden), "\(forbidden) survived in \(out)")
    }
  }

  @Test func escapedTextKeepsATableRowToItsColumns() {
    let hostile = "a | b \\| c\n| d |\r\n`|` e \\"
    let row = "| \(MarkdownEscape.inline(hostile)) | x |"
    #expect(tableColumns(row) == 2)
  }
}

/// Cells of a Markdown table row: pipes not escaped by a backslash, minus the outer two.
func tableColumns(_ line: String) -> Int {
  var pipes = 0
  var backslashes = 0
  for c in line {
    if c == "\\" {
      backslashes += 1
      continue
    }
    if c == "|", backslashes % 2 == 0 { pipes += 1 }
    backslashes = 0
  }
  return pipes - 1
}
