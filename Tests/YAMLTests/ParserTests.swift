import Testing

@testable import YAML

@Suite struct ParserTests {
  func parse(_ text: String) throws -> Node {
    try #require(try Parser().parse(text))
  }

  @Test func nodesCarryOneBasedLineAndColumn() throws {
    let root = try parse("plan: X\nphases:\n  - id: listen\n    weeks: 6\n")
    let pairs = try #require(root.pairs)
    #expect(root.mark == Mark(line: 1, column: 1))
    #expect(pairs[0].value.mark == Mark(line: 1, column: 7))
    let phase = try #require(pairs[1].value.items?.first)
    #expect(phase.mark == Mark(line: 3, column: 5))
    let weeks = try #require(phase.pairs?[1])
    #expect(weeks.key.mark == Mark(line: 4, column: 5))
    #expect(weeks.value.mark == Mark(line: 4, column: 12))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let root = try parse("äöë: x\nb: {nimi: Järvi, tyytyväisyys: 4}\n")
    let pairs = try #require(root.pairs)
    #expect(pairs[0].value.mark == Mark(line: 1, column: 6))
    // 'tyytyväisyys' starts at byte 19 but at character 18 of line 2.
    #expect(pairs[1].value.pairs?[1].key.mark == Mark(line: 2, column: 18))
    let inline = try parse("{äö: 1, x: 2}")
    #expect(inline.pairs?[1].key.mark == Mark(line: 1, column: 9))
  }

  /// the docs: plain scalars resolve by the YAML 1.2 core schema.
  @Test(arguments: [
    ("no", ScalarValue.string("no")),
    ("on", .string("on")),
    ("off", .string("off")),
    ("yes", .string("yes")),
    ("2026-W48", .string("2026-W48")),
    ("2026-11-25", .string("2026-11-25")),
    ("true", .bool(true)),
    ("False", .bool(false)),
    ("null", .null),
    ("~", .null),
    ("12", .int(12)),
    ("-3", .int(-3)),
    ("0x1F", .int(31)),
    ("0o17", .int(15)),
    ("18.5", .float(18.5)),
    ("1e3", .float(1000)),
    (".5", .float(0.5)),
    ("1_000", .string("1_000")),
    ("0b101", .string("0b101")),
    ("12:30", .string("12:30")),
    ("+", .string("+")),
    ("1.2.3", .string("1.2.3")),
  ])
  func plainScalarsFollowTheCoreSchema(_ text: String, _ expected: ScalarValue) throws {
    let root = try parse("k: \(text)\n")
    #expect(root.pairs?[0].value.scalar?.value == expected)
  }

  @Test func specialFloatsAndHugeNumbersResolveToNonFiniteFloats() throws {
    let root = try parse("a: .inf\nb: -.Inf\nc: .nan\nd: 1e400\ne: 99999999999999999999\n")
    let values = try #require(root.pairs).map { $0.value.scalar?.value }
    #expect(values[0] == .float(.infinity))
    #expect(values[1] == .float(-.infinity))
    if case .float(let d) = values[2] { #expect(d.isNaN) } else { Issue.record("nan") }
    #expect(values[3] == .float(.infinity))
    #expect(values[4] == .float(1e20))
  }

  @Test(arguments: ["'12'", "\"true\"", "!!str 12", "! null"])
  func quotedAndTaggedScalarsStayStrings(_ text: String) throws {
    let root = try parse("k: \(text)\n")
    guard case .string = try #require(root.pairs?[0].value.scalar?.value) else {
      Issue.record("\(text) did not stay a string")
      return
    }
  }

  @Test(arguments: [
    ("a: &x 1\nb: *x\n", Mark(line: 1, column: 4)),
    ("a: *x\n", Mark(line: 1, column: 4)),
    ("a: &x [1]\n", Mark(line: 1, column: 4)),
  ])
  func anchorsAndAliasesAreRefused(_ text: String, _ mark: Mark) {
    #expect(throws: YAMLError(mark: mark, .anchorOrAlias)) { try Parser().parse(text) }
  }

  @Test func aliasBombIsRefusedAtOnce() {
    var text = "a: &a [\"lol\", \"lol\"]\n"
    for i in 1..<20 {
      text +=
        "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [*\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!))]\n"
    }
    #expect(throws: YAMLError.self) { try Parser().parse(text) }
  }

  @Test func deepNestingIsRefusedWithoutExhaustingTheStack() {
    let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    do {
      _ = try Parser().parse(deep)
      Issue.record("5000 levels were accepted")
    } catch {
      #expect(error.problem == .tooDeep(limit: 64))
      #expect(error.mark == Mark(line: 1, column: 65))
    }
  }

  @Test func syntaxErrorsAreReworded() {
    do {
      _ = try Parser().parse("a: b: c\n")
      Issue.record("accepted")
    } catch {
      #expect(error.problem == .unexpectedColon)
      #expect(error.mark.line == 1)
    }
  }

  /// The same libyaml problem reads differently for a mis-indented key and for text
  /// with ': ' in it; the line tells which.
  @Test(arguments: [
    (
      "a:\n  b: 1\n   c: 2\n", Mark(line: 3, column: 1), YAMLProblem.indentedMore
    ),
    (
      "plan: X\n phases: 1\n", Mark(line: 2, column: 1), YAMLProblem.indentedMore
    ),
    (
      "plan: Kick-off: the web\n", Mark(line: 1, column: 15), YAMLProblem.unexpectedColon
    ),
    (
      "a:\n  - x: 1\n    y: 2\n   - x: 3\n", Mark(line: 4, column: 4),
      YAMLProblem.listItemsMisaligned
    ),
  ])
  func indentationMistakesAreNamedAsSuch(_ text: String, _ mark: Mark, _ problem: YAMLProblem) {
    do {
      _ = try Parser().parse(text)
      Issue.record("accepted")
    } catch {
      #expect(error.problem == problem)
      #expect(error.mark == mark)
    }
  }

  @Test func invalidUTF8AndNULAreLocated() {
    #expect(throws: YAMLError.self) { try Parser().parse([0x61, 0x3A, 0x20, 0xFF]) }
    do {
      _ = try Parser().parse(Array("a: 1\nb: \u{0}\n".utf8))
    } catch {
      #expect(error.mark == Mark(line: 2, column: 4))
    }
  }

  @Test func emptyDocumentsAreNil() throws {
    #expect(try Parser().parse("") == nil)
    #expect(try Parser().parse("# just a comment\n\n") == nil)
  }

  @Test func aSecondDocumentIsRefused() {
    #expect(throws: YAMLError.self) { try Parser().parse("a: 1\n---\nb: 2\n") }
  }

  @Test func byteOrderMarkAndCRLFAreAccepted() throws {
    let root = try #require(
      try Parser().parse([0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: ä\r\n".utf8)))
    #expect(root.pairs?.count == 2)
    #expect(root.pairs?[1].value.scalar?.text == "ä")
    #expect(root.pairs?[1].key.mark == Mark(line: 2, column: 1))
  }
}
