import Testing

@testable import RolloutKit

@Suite struct DiagnosticLimitTests {
  func duplicate(_ line: Int, file: String = "j.yaml") -> Diagnostic {
    Diagnostic(
      file: file, line: line, column: 8,
      Said("the id 'eae23996' is already used on line 1", fix: "give this entry another id"))
  }

  @Test func aFloodOfOneKindIsCutToTheLimitWithOneNote() {
    let flood = (2...1_000).map { duplicate($0) }
    let shown = DiagnosticLimit.apply(flood, perKind: 50)
    #expect(shown.count == 51)
    #expect(Array(shown.prefix(50)) == Array(flood.prefix(50)))
    let note = shown[50]
    #expect(note.severity == .note)
    #expect(
      note.description.hasPrefix(
        "j.yaml: note: 949 more problems like \"the id '…' is already used on line …\" are not shown"
      ))
  }

  @Test func fewerThanTheLimitAreAllShownUnchanged() {
    let few = (2...50).map { duplicate($0) }
    #expect(DiagnosticLimit.apply(few, perKind: 50) == few)
  }

  @Test func otherKindsAndOtherFilesAreNotHiddenByAFlood() {
    let torn = Diagnostic(
      file: "j.yaml", line: 9_999, column: 1, Said("the last line is cut short"))
    let other = duplicate(3, file: "k.yaml")
    let input = (2...100).map { duplicate($0) } + [torn, other]
    let shown = DiagnosticLimit.apply(input, perKind: 5)
    #expect(shown.contains(torn))
    #expect(shown.contains(other))
    #expect(shown.filter { $0.severity == .note }.count == 1)
    #expect(shown.last?.message.hasPrefix("94 more problems") == true)
  }

  @Test(arguments: [
    ("the id 'eae23996' is already used on line 12", "the id '…' is already used on line …"),
    ("'1e400' is not a target", "'…' is not a target"),
    ("the nesting is deeper than 64 levels", "the nesting is deeper than … levels"),
    ("the team's note", "the team'…"),
    ("no quotes, no numbers", "no quotes, no numbers"),
  ])
  func aKindIsTheMessageWithoutItsNamesAndNumbers(_ message: String, _ pattern: String) {
    #expect(DiagnosticLimit.Kind.pattern(of: message) == pattern)
  }
}
