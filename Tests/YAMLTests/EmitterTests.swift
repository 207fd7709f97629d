import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import YAML

@Suite struct EmitterTests {
  /// Reads back `{k: v}` written by the emitter.
  func readBack(_ value: String) throws -> ScalarValue? {
    let line = Emitter.flowMapping([("k", .string(value))])
    let root = try Parser().parse(line)
    return root?.pairs?.first?.value.scalar?.value
  }

  @Test(arguments: [
    ("Aino", "Aino"),
    ("response_time_h", "response_time_h"),
    ("2026-W48", "2026-W48"),
    ("yes", "\"yes\""),
    ("no", "\"no\""),
    ("On", "\"On\""),
    ("2026-11-25", "\"2026-11-25\""),
    ("1_000", "\"1_000\""),
    ("3rd", "\"3rd\""),
    ("12", "\"12\""),
    ("true", "\"true\""),
    ("null", "\"null\""),
    ("", "\"\""),
    ("-x", "\"-x\""),
    ("a: b", "\"a: b\""),
    ("#tag", "\"#tag\""),
    ("[x]", "\"[x]\""),
    (" padded ", "\" padded \""),
    ("Aino Virtanen", "\"Aino Virtanen\""),
    ("Järvi", "\"Järvi\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("two\nlines", "\"two\\nlines\""),
    ("back\\slash", "\"back\\\\slash\""),
  ])
  func quotesExactlyWhenNeeded(_ value: String, _ written: String) {
    #expect(Emitter.scalar(value) == written)
  }

  @Test func nonASCIIStaysReadable() {
    #expect(Emitter.doubleQuoted("Tyytyväisyys ë 😀") == "\"Tyytyväisyys ë 😀\"")
  }

  @Test func mappingsAreOneLine() {
    let line = Emitter.flowMapping([
      ("id", .string("c3a9f2e1")), ("value", .number(18.5)), ("tags", .strings(["chat", "a b"])),
      ("text", .string("Rivi 1\nRivi 2")),
    ])
    #expect(line == "{id: c3a9f2e1, value: 18.5, tags: [chat, \"a b\"], text: \"Rivi 1\\nRivi 2\"}")
    #expect(!line.contains("\n"))
  }

  @Test(arguments: [18.5, 0, -0.0, 24, -3, 1e-7, 123_456_789_012_345_678, 0.1, 1e300, -2.5e-300])
  func numbersReadBackExactly(_ d: Double) throws {
    let root = try Parser().parse(Emitter.flowMapping([("v", .number(d))]))
    switch root?.pairs?.first?.value.scalar?.value {
    case .int(let i): #expect(Double(i) == d)
    case .float(let f): #expect(f == d)
    default: Issue.record("\(d) did not read back as a number")
    }
  }

  static let awkward: [Character] = Array(
    "aZ09 :#'\"[]{},|&*!%@`\\-?>.\t\n\räöëÄÖ😀🇫🇮\u{85}\u{2028}\u{2029}\u{FEFF}\u{A0}\u{1}\u{7F}yesnoTrue~"
  )

  @Test func anyStringReadsBackIdentically() async {
    let gen = Gen<Character?>.element(of: Self.awkward).map { $0! }.string(of: 0...24)
    await propertyCheck(count: 2000, input: gen) { text in
      #expect((try? readBack(text)) == .string(text), "\(Emitter.scalar(text))")
    }
  }

  @Test func anyUnicodeTextReadsBackIdentically() async {
    let gen = Gen.character(in: "\u{20}"..."\u{D7FF}").string(of: 0...40)
    await propertyCheck(count: 1000, input: gen) { text in
      #expect((try? readBack(text)) == .string(text), "\(Emitter.scalar(text))")
    }
  }

  /// Other YAML readers must agree: PyYAML reads the emitted lines as one list.
  @Test func pyYAMLReadsEmittedLinesBack() throws {
    let texts = [
      "a: b", "#x", "Järvi ä ö ë", "😀 [x] {y}", "\"q\"", "'s'", " lead", "-dash", "2026-W48",
      "12", "yes", "Off", "2026-11-25", "1_000", "line\nbreak", "tab\tin", "pipe | bar",
    ]
    var document = ""
    for t in texts { document += "- " + Emitter.flowMapping([("text", .string(t))]) + "\n" }
    let script =
      "import sys, yaml, json; print(json.dumps([e['text'] for e in yaml.safe_load(sys.stdin.read())]))"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    do { try launch(process) } catch {
      withKnownIssue("python3 is not installed here") { throw error }
      return
    }
    input.fileHandleForWriting.write(Data(document.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(
      process.terminationStatus == 0, "PyYAML could not read the document (is PyYAML installed?)")
    let decoded = try JSONDecoder().decode([String].self, from: data)
    #expect(decoded == texts)
  }
}
