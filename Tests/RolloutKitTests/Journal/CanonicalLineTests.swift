import Foundation
import Testing

@testable import RolloutKit

/// The fast reader of canonical lines changes speed, never results: a journal read with
/// it gives the same entries and the same diagnostics (same line and column) as a journal
/// read with every line going through the YAML parser.
@Suite struct CanonicalLineTests {
  /// Both readings of `text`, compared field by field (values by their bits, so that
  /// `-0` and `0` differ).
  static func expectSameReading(
    _ text: String, plan: Plan = journalTestPlan, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let bytes = Array(text.utf8)
    let fast = JournalReader.read(bytes, file: "j.yaml", plan: plan, fastPath: true)
    let slow = JournalReader.read(bytes, file: "j.yaml", plan: plan, fastPath: false)
    #expect(fast.entries == slow.entries, "\(text)", sourceLocation: sourceLocation)
    #expect(
      fast.entries.map(valueBits) == slow.entries.map(valueBits), "\(text)",
      sourceLocation: sourceLocation)
    #expect(fast.entries.map(\.at) == slow.entries.map(\.at), sourceLocation: sourceLocation)
    #expect(fast.diagnostics == slow.diagnostics, "\(text)", sourceLocation: sourceLocation)
    #expect(fast.tornTail == slow.tornTail, sourceLocation: sourceLocation)
  }

  static func valueBits(_ entry: Entry) -> UInt64? {
    guard case .metric(let m) = entry.body else { return nil }
    return m.value.bitPattern
  }

  /// Every journal shipped with the project or its tests, with the plan beside it.
  static let fixtureJournals: [(journal: String, plan: String)] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var found: [(String, String)] = []
    for folder in ["Tests/Fixtures", "Plans"] {
      let base = root.appendingPathComponent(folder)
      let walker = FileManager.default.enumerator(atPath: base.path)
      while let relative = walker?.nextObject() as? String {
        guard relative.hasSuffix(".journal.yaml") else { continue }
        let journal = base.appendingPathComponent(relative).path
        let plan = journal.replacingOccurrences(of: ".journal.yaml", with: ".yaml")
        if FileManager.default.fileExists(atPath: plan) { found.append((journal, plan)) }
      }
    }
    return found.sorted { $0.0 < $1.0 }
  }()

  @Test func everyFixtureJournalReadsTheSameBothWays() throws {
    #expect(Self.fixtureJournals.count >= 4)
    for (journal, planPath) in Self.fixtureJournals {
      let plan = try PlanLoader.load(path: planPath)
      let text = String(decoding: bytes(at: journal), as: UTF8.self)
      Self.expectSameReading(text, plan: plan)
      // And the fixtures are mostly canonical, so the fast path is really exercised.
      let parsed = JournalReader.read(Array(text.utf8), file: "j", plan: plan)
      let fastOnly = parsed.entries.filter { e in
        let line = Array(EntryCodec.line(e).utf8)
        return line.withUnsafeBufferPointer { CanonicalLine.decode($0, 0..<line.count, line: 1) }
          != nil
      }
      #expect(fastOnly.count == parsed.entries.count, "\(journal)")
    }
  }

  // MARK: - Generated lines

  /// Texts that need quoting, escaping or care in YAML.
  static let awkward = [
    "She said \"thanks\"", "key: value", "not # a comment", "#hash", "[1, 2]", "{a: b}",
    "a, b", "line one\nline two", "Äänestys öisin, Zoë", "Great 👍🏽 work", "  padded  ",
    "- dash", "-", "yes", "no", "on", "2026-W48", "12", "1e3", "-0", "18.50", ".5", "0x1F",
    "~", "null", "Null", "true", "FALSE", "", "back\\slash", "tab\there", "'single'",
    "&anchor *alias", "!tag", "%percent", "@at `tick`", "\u{2028}sep", "crlf\r\n", "nul\0",
    "bell\u{7}", "\u{85}next", "\u{FEFF}bom", "del\u{7F}", "ünïcödé-and-a-rather-long-name",
    "a-very-long-goal-name-indeed", "x", "chat", "Ölöf",
  ]

  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A random entry of any kind, naming the test plan's things most of the time and
  /// awkward names otherwise.
  static func randomEntry(_ rng: inout SplitMix, index: Int) -> Entry {
    func pick(_ names: [String]) -> String {
      Int.random(in: 0..<4, using: &rng) == 0
        ? awkward.randomElement(using: &rng)! : names.randomElement(using: &rng)!
    }
    func maybe(_ s: String) -> String? { Bool.random(using: &rng) ? s : nil }
    let text = awkward.randomElement(using: &rng)!
    let values: [Double] = [
      0, -0.0, 18.5, 18.50, 1e3, 1e15, 1e16, 123_456_789_012_345, 0.1, 0.30000000000000004,
      -2.5, 1e-7, 4, 99.999, Double.random(in: -1000...1000, using: &rng),
    ]
    let body: Entry.Body
    switch Int.random(in: 0..<5, using: &rng) {
    case 0:
      body = .note(
        Note(
          phase: pick(["pilot", "scale"]), goal: maybe(pick(["personas", "tone"])),
          tags: (0..<Int.random(in: 0...3, using: &rng)).map { _ in pick(["chat", "faq"]) },
          channel: maybe(pick(["chat", "email"])),
          sentiment: Bool.random(using: &rng) ? Sentiment.allCases.randomElement(using: &rng) : nil,
          text: text, via: maybe(pick(["intranet", "helpdesk"]))))
    case 1:
      body = .metric(
        MetricValue(
          metric: pick(["csat", "response_time_h"]), value: values.randomElement(using: &rng)!,
          channel: maybe(pick(["chat"])), text: maybe(text)))
    case 2:
      body = .assess(
        Assessment(
          goal: pick(["personas", "first-response"]),
          verdict: Verdict.allCases.randomElement(using: &rng)!, text: text))
    case 3:
      body = .decide(
        Decision(
          phase: pick(["pilot", "scale"]),
          decision: DecisionKind.allCases.randomElement(using: &rng)!, text: text))
    default:
      body = .retract(
        Retraction(target: Bool.random(using: &rng) ? "c0ffee01" : "d00d0002", text: text))
    }
    let stamps = [
      "2026-11-25T10:02:11+02:00", "2026-03-29T03:59:59-05:30", "2026-12-31T23:59:59Z",
    ]
    return Entry(
      id: "c" + String(format: "%07x", index), at: stamps.randomElement(using: &rng)!,
      week: ISOWeek(year: 2026, week: Int.random(in: 1...52, using: &rng))!,
      author: pick(["Aino", "Mikko Virtanen"]), body: body)
  }

  /// Small edits that make a line non-canonical (or invalid) in the ways hand edits do.
  static func mutate(_ line: String, _ rng: inout SplitMix) -> String {
    var s = line
    func replaceOne(_ a: String, _ b: String) {
      if let r = s.range(of: a) { s.replaceSubrange(r, with: b) }
    }
    switch Int.random(in: 0..<16, using: &rng) {
    case 0: replaceOne(", ", ",  ")
    case 1: replaceOne(": ", ":  ")
    case 2: s += " "
    case 3: s += " # comment"
    case 4: replaceOne("- {", "-  {")
    case 5: replaceOne("text: \"", "text: '")  // an unbalanced or single-quoted text
    case 6: replaceOne(", author: ", ", extra: word, author: ")
    case 7:
      // Drop one field.
      let keys = [
        "phase", "goal", "tags", "channel", "sentiment", "author", "via", "text", "value",
      ]
      let key = keys.randomElement(using: &rng)!
      if let r = s.range(of: ", \(key): ") {
        let rest = s[r.upperBound...]
        let stop = rest.range(of: ", ")?.lowerBound ?? rest.index(before: rest.endIndex)
        s.removeSubrange(r.lowerBound..<stop)
      }
    case 8:
      // Two keys swapped (the same fields in another order).
      replaceOne(", kind: ", ", KIND: ")
      if let r = s.range(of: ", week: ") {
        let rest = s[r.upperBound...]
        let stop = rest.range(of: ", ")!.lowerBound
        let week = String(s[r.upperBound..<stop])
        s.removeSubrange(r.lowerBound..<stop)
        replaceOne(", KIND: ", ", kind: ")
        replaceOne("}", ", week: \(week)}")
      }
    case 9:
      let numbers = [
        "18.50", "1e3", "-0", "+5", "0x1F", "0o17", ".5", "5.", "1_000", "007", "-0.0", ".inf",
        "1.5.3", "12345678901234567890", "0.1234567890123456789", "-", "4,5",
      ]
      if let r = s.range(of: "value: ") {
        let rest = s[r.upperBound...]
        let stop = rest.range(of: ", ")!.lowerBound
        s.replaceSubrange(r.upperBound..<stop, with: numbers.randomElement(using: &rng)!)
      }
    case 10:
      let cut = Int.random(in: 0..<s.utf8.count, using: &rng)
      s = String(decoding: Array(s.utf8).prefix(cut), as: UTF8.self)
    case 11: replaceOne("id: c", "id: C")
    case 12: replaceOne("week: 2026-W", "week: 2026-w")
    case 13: replaceOne("at: \"2026", "at: \"2027")
    case 14: replaceOne("kind: note", "kind: notes")
    default: replaceOne("tags: [", "tags: [ ")
    }
    return s
  }

  @Test func generatedLinesReadTheSameBothWays() {
    var rng = SplitMix(state: 20_261_125)
    for index in 0..<2500 {
      let entry = Self.randomEntry(&rng, index: index)
      let line = EntryCodec.line(entry)
      // A target for retractions first, so that both readers also agree on references.
      let target = EntryCodec.line(sampleEntry(.note))
      Self.expectSameReading(target + "\n" + line + "\n")
      Self.expectSameReading(target + "\n" + Self.mutate(line, &rng) + "\n")
    }
  }

  @Test func theToolsOwnLinesTakeTheFastPath() {
    var rng = SplitMix(state: 7)
    var fast = 0
    let total = 1000
    for index in 0..<total {
      let line = Array(EntryCodec.line(Self.randomEntry(&rng, index: index)).utf8)
      if line.withUnsafeBufferPointer({ CanonicalLine.decode($0, 0..<line.count, line: 1) })
        != nil
      {
        fast += 1
      }
    }
    // Only texts with raw control characters or separators are left to the parser.
    #expect(fast > total * 8 / 10)
  }

  @Test func aWholeGeneratedJournalReadsTheSameBothWays() {
    var rng = SplitMix(state: 48)
    var lines: [String] = ["# a journal", ""]
    for index in 0..<3000 {
      let line = EntryCodec.line(Self.randomEntry(&rng, index: index % 2900))  // some twice
      lines.append(Int.random(in: 0..<5, using: &rng) == 0 ? Self.mutate(line, &rng) : line)
    }
    Self.expectSameReading(lines.joined(separator: "\n") + "\n")
    Self.expectSameReading(lines.joined(separator: "\r\n"))
  }

  /// The file is read in blocks of 1 MiB: lines across a block's end, a line longer than
  /// a block and a torn last line read as from one array.
  @Test func readingAFileInBlocksGivesTheSameAsReadingItWhole() throws {
    var rng = SplitMix(state: 3)
    var text = ""
    var index = 0
    while text.utf8.count < 2_600_000 {
      text += EntryCodec.line(Self.randomEntry(&rng, index: index)) + "\n"
      if index % 997 == 0 { text += "  indented stray line\n" }
      if index == 5000 {
        text += "# " + String(repeating: "long comment ", count: 120_000) + "\n"
        var long = sampleEntry(.note, text: String(repeating: "ä", count: 700_000), id: "e0000001")
        long.author = "Long"
        text += EntryCodec.line(long) + "\n"
      }
      index += 1
    }
    let torn = "- {id: e0000002, at: \"2026-11-25T10:0"
    text += torn
    let path = scratchPath()
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let fromFile = try JournalReader.read(path: path, plan: journalTestPlan)
    let whole = JournalReader.read(Array(text.utf8), file: path, plan: journalTestPlan)
    #expect(fromFile.entries.count > 5000)
    #expect(fromFile.entries == whole.entries)
    #expect(fromFile.diagnostics == whole.diagnostics)
    #expect(fromFile.tornTail == whole.tornTail)
    #expect(fromFile.tornTail?.offset == text.utf8.count - torn.utf8.count)
  }

  @Test(arguments: [
    "2026-11-25T10:02:11+02:00", "2026-11-25T10:02:11-00:00", "2026-11-25T10:02:11+00:00",
    "9999-12-31T99:99:99+99:99", "0001-01-01T00:00:00Z", "2024-02-29T12:00:00+14:00",
    "2026-11-25", "not a time", "", "2026-02-30T10:02:11+02:00", "2026-11-25T10:02:11+02",
  ])
  func recordingTimesKeepTheirTextExactly(at: String) {
    let entry = Entry(id: "c0ffee01", at: at, week: w48, author: "A", body: sampleEntry(.note).body)
    #expect(entry.at == at)
    #expect(entry.recordedOn == CalendarDate(at.prefix(10)))
    var other = entry
    other.at = at
    #expect(other == entry)
    if at.hasSuffix("+00:00") {
      other.at = at.replacingOccurrences(of: "+00:00", with: "-00:00")
      #expect(other != entry)
    }
  }
}
