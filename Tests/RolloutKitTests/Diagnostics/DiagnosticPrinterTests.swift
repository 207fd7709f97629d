import Testing

@testable import RolloutKit

/// One printer turns problems into `path:line:col: error: …`, coloured only when asked.
@Suite struct DiagnosticPrinterTests {
  @Test func aLocatedProblemReadsLikeACompilersError() {
    let d = Diagnostic(
      file: "Plans/x.yaml", line: 14, column: 9,
      Said("unknown key 'evidense' in a goal", fix: "did you mean 'evidence'?"))
    #expect(
      DiagnosticPrinter(colour: false).format(d)
        == "Plans/x.yaml:14:9: error: unknown key 'evidense' in a goal\n"
        + "  fix: did you mean 'evidence'?")
  }

  @Test func theLocationIsAsPreciseAsItIsKnown() {
    let printer = DiagnosticPrinter(colour: false)
    #expect(
      printer.format(Diagnostic(file: "j.yaml", line: 3, Said("m"))) == "j.yaml:3: error: m")
    #expect(printer.format(Diagnostic(file: "j.yaml", Said("m"))) == "j.yaml: error: m")
    #expect(printer.format(Diagnostic(Said("m"))) == "error: m")
    #expect(printer.format(Diagnostic(.note, file: "j.yaml", Said("m"))) == "j.yaml: note: m")
    #expect(printer.format(Diagnostic(.warning, Said("m"))) == "warning: m")
  }

  @Test func severalProblemsAreOnePerLineInTheirOrder() {
    let text = DiagnosticPrinter(colour: false).format([
      Diagnostic(file: "a", line: 1, Said("first")),
      Diagnostic(file: "a", line: 2, Said("second")),
    ])
    #expect(text == "a:1: error: first\na:2: error: second")
  }

  @Test func colourIsAddedOnlyWhenAskedFor() {
    let d = Diagnostic(file: "a", line: 1, Said("m", fix: "s"))
    let coloured = DiagnosticPrinter(colour: true).format(d)
    #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1;32mfix:\u{1B}[0m"))
    #expect(!DiagnosticPrinter(colour: false).format(d).contains("\u{1B}"))
  }
}
