import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import RolloutKit

/// docs/journal.md: one entry per line, a flow mapping behind `- `, read back exactly.
@Suite struct EntryCodecTests {
  @Test(arguments: Entry.Kind.allCases)
  func eachKindReadsBackAsWritten(kind: Entry.Kind) {
    var entry = sampleEntry(kind)
    let contents = readJournal(
      (kind == .retract ? EntryCodec.line(sampleEntry(.note)) + "\n" : "")
        + EntryCodec.line(entry) + "\n")
    #expect(contents.diagnostics.isEmpty)
    entry.line = kind == .retract ? 2 : 1
    #expect(contents.entries.last == entry)
  }

  @Test func canonicalFormHasFixedKeyOrderAndQuotedTimeAndText() {
    #expect(
      EntryCodec.line(sampleEntry(.note, text: "plain"))
        == "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: note, "
        + "phase: pilot, goal: personas, tags: [chat, faq], channel: chat, sentiment: positive, "
        + "author: Aino, text: \"plain\"}")
    #expect(
      EntryCodec.line(sampleEntry(.metric, text: "ok"))
        == "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, "
        + "metric: response_time_h, value: 18.5, channel: chat, author: Aino, text: \"ok\"}")
    #expect(
      EntryCodec.line(sampleEntry(.assess, text: "why"))
        == "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: assess, "
        + "goal: personas, verdict: not-met, author: Aino, text: \"why\"}")
    #expect(
      EntryCodec.line(sampleEntry(.decide, text: "why"))
        == "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: decide, "
        + "phase: pilot, decision: hold, author: Aino, text: \"why\"}")
    #expect(
      EntryCodec.line(sampleEntry(.retract, text: "typo"))
        == "- {id: d0ffee02, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: retract, "
        + "target: c0ffee01, author: Aino, text: \"typo\"}")
  }

  @Test func optionalFieldsAreLeftOut() {
    let entry = Entry(
      id: "abcdef12", at: "2026-11-25T10:02:11+02:00", week: w48, author: "Aino",
      body: .metric(MetricValue(metric: "csat", value: 4)))
    #expect(
      EntryCodec.line(entry)
        == "- {id: abcdef12, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, "
        + "metric: csat, value: 4, author: Aino}")
  }

  static let awkwardTexts = [
    "She said \"thanks\"", "key: value", "not # a comment", "[1, 2]", "{a: b}", "a | b",
    "line one\nline two", "Äänestys öisin, Zoë", "Great 👍🏽 work", "  padded  ", "- dash",
    "yes", "no", "2026-W48", "12", "1e3", "~", "null", "true", "", "back\\slash", "tab\there",
    "'single'", "&anchor *alias", "!tag", "%percent", "@at `tick`", "\u{2028}sep", "crlf\r\n",
  ]

  @Test(arguments: awkwardTexts)
  func awkwardTextsReadBackIdentically(text: String) {
    var entry = sampleEntry(.note, text: text)
    let contents = readJournal(EntryCodec.line(entry) + "\n")
    #expect(contents.diagnostics.isEmpty, "\(contents.diagnostics)")
    entry.line = 1
    #expect(Array(contents.entries) == [entry])
  }

  @Test func awkwardAuthorsAndTagsReadBackIdentically() {
    let texts = Self.awkwardTexts.filter { !$0.isEmpty }
    var entries: [Entry] = []
    for (i, text) in texts.enumerated() {
      var entry = sampleEntry(.note, text: text, id: "a" + String(format: "%07x", i))
      entry.author = text
      if case .note(var n) = entry.body {
        n.tags = [text, "plain"]
        n.channel = text
        entry.body = .note(n)
      }
      entry.line = i + 1
      entries.append(entry)
    }
    let contents = readJournal(entries.map { EntryCodec.line($0) + "\n" }.joined())
    #expect(contents.diagnostics.isEmpty, "\(contents.diagnostics)")
    #expect(Array(contents.entries) == entries)
  }

  /// Any YAML tool reads the journal as one list: PyYAML, which follows YAML 1.1 and so
  /// is the stricter reader for words like `yes`.
  @Test func pyYAMLReadsAWrittenJournalAsOneList() throws {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let python else {
      Issue.record("python3 is absent, so PyYAML could not check the journal (skipped)")
      return
    }
    let texts = Self.awkwardTexts
    let entries = texts.enumerated().map { i, text in
      sampleEntry(.note, text: text, id: "b" + String(format: "%07x", i))
    }
    let path = scratchPath()
    try JournalWriter.append(entries.map(EntryCodec.line), to: path)
    let script = """
      import json, sys, yaml
      data = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
      assert isinstance(data, list), type(data)
      print(json.dumps([[e['id'], e['text'], e['week'], e['author'], e['tags']] for e in data]))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, path]
    let out = Pipe()
    process.standardOutput = out
    try launch(process)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let rows = try JSONSerialization.jsonObject(with: data) as? [[Any]] ?? []
    #expect(rows.count == texts.count)
    for (row, entry) in zip(rows, entries) {
      #expect(row[0] as? String == entry.id)
      #expect(row[2] as? String == "2026-W48")
      #expect(row[3] as? String == "Aino")
      #expect(row[4] as? [String] == ["chat", "faq"])
      if case .note(let n) = entry.body {
        // YAML folds a CRLF or a lone CR inside double quotes only when escaped, as here.
        #expect(row[1] as? String == n.text)
      }
    }
  }

  @Test func randomTextsReadBackIdentically() async {
    // Control characters, quotes and YAML indicators are common in ASCII; the wider
    // range brings accents, line separators and other scripts.
    let wide = Gen<UnicodeScalar>.unicodeScalar(in: "\u{80}"..."\u{2FFF}").map { Character($0) }
    let anyText = Gen<Character>.oneOf(Gen.ascii, wide).string(of: 0...40)
    await propertyCheck(count: 300, input: anyText) { text in
      let entry = sampleEntry(.note, text: text)
      let contents = readJournal(EntryCodec.line(entry) + "\n")
      #expect(contents.diagnostics.isEmpty)
      if case .note(let n)? = contents.entries.first?.body {
        #expect(n.text == text)
      } else {
        Issue.record("no note read back for \(text.debugDescription)")
      }
    }
  }

  /// The fast reader of canonical lines and the YAML parser agree on every entry the
  /// writer can produce.
  @Test func fastAndParsedReadingsAgree() async {
    let wide = Gen<UnicodeScalar>.unicodeScalar(in: "\u{80}"..."\u{2FFF}").map { Character($0) }
    let anyText = Gen<Character>.oneOf(Gen.ascii, wide).string(of: 0...30)
    let kinds = Gen<Entry.Kind?>.element(of: Entry.Kind.allCases).map { $0 ?? .note }
    await propertyCheck(count: 300, input: anyText, kinds) { text, kind in
      var entry = sampleEntry(kind, text: text)
      entry.author = text.isEmpty ? "x" : text
      entry.line = 1
      let bytes = Array(EntryCodec.line(entry).utf8)
      let fast = bytes.withUnsafeBufferPointer {
        CanonicalLine.decode($0, 0..<bytes.count, line: 1)
      }
      var problems = JournalReader.LineProblems()
      let parsed = JournalReader.decodeLine(
        bytes, 0..<bytes.count, line: 1, file: "j", problems: &problems)
      #expect(parsed == entry)
      #expect(fast == entry)
    }
  }

  @Test(arguments: [
    "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, metric: csat, value: .nan, author: A}",
    "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: metric, value: 4, metric: csat, author: A}",
    "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: note, phase: pilot, author: null, text: \"t\"}",
    "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: note, phase: pilot, author: A, text: \"t\"} # c",
    "- {id: c0ffee01, at: \"2026-11-25T10:02:11+02:00\", week: 2026-W48, kind: note, phase: pilot, author: A, text: \"\\q\"}",
    "- {id: c0ffee01, at: 2026-11-25T10:02:11+02:00, week: 2026-W48, kind: note, phase: pilot, author: A, text: \"t\"}",
  ])
  func theFastReaderLeavesAnythingUnusualToTheParser(line: String) {
    let bytes = Array(line.utf8)
    #expect(
      bytes.withUnsafeBufferPointer { CanonicalLine.decode($0, 0..<bytes.count, line: 1) } == nil)
  }

  @Test(arguments: [
    ("c3f09a1e", true), ("f0000000", true), ("0b91d4aa", false), ("C3F09A1E", false),
    ("c3f09a1", false), ("c3f09a1eb", false), ("g3f09a1e", false), ("c3f09a1z", false),
  ])
  func idsAreEightHexStartingWithALetter(id: String, valid: Bool) {
    #expect(EntryCodec.isValidID(id) == valid)
  }

  @Test func freshIDsAreValidAndAvoidTakenOnes() {
    var taken: Set<String> = []
    for _ in 0..<500 {
      let id = EntryID.make(avoiding: taken)
      #expect(EntryCodec.isValidID(id))
      #expect(!taken.contains(id))
      taken.insert(id)
    }
  }

  @Test func timestampsCarryTheDayAndTheLocalOffset() {
    let helsinki = TimeZone(identifier: "Europe/Helsinki")!
    // 2026-11-25 08:02:11 UTC is 10:02:11 in Helsinki (+02:00 in winter).
    let now = Date(timeIntervalSince1970: 1_795_680_131)
    let day = CalendarDate(year: 2026, month: 11, day: 25)!
    #expect(
      Recorder.timestamp(now: now, today: day, timeZone: helsinki) == "2026-11-25T10:02:11+02:00")
    let overridden = CalendarDate(year: 2026, month: 1, day: 7)!
    #expect(
      Recorder.timestamp(now: now, today: overridden, timeZone: helsinki)
        == "2026-01-07T10:02:11+02:00")
    let newfoundland = TimeZone(identifier: "America/St_Johns")!
    #expect(Recorder.timestamp(now: now, today: day, timeZone: newfoundland).hasSuffix("-03:30"))
    #expect(EntryCodec.isValidTimestamp(Recorder.timestamp(now: now, today: day)))
  }

  @Test func authorComesFromTheOptionThenTheEnvironment() {
    #expect(Recorder.author(option: "Aino", environment: ["ROLLOUT_AUTHOR": "Juha"]) == "Aino")
    #expect(Recorder.author(option: nil, environment: ["ROLLOUT_AUTHOR": "Juha"]) == "Juha")
    #expect(Recorder.author(option: "  ", environment: ["ROLLOUT_AUTHOR": "Juha"]) == "Juha")
  }
}
