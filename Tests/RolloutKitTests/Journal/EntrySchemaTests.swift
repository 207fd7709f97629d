import Testing

@testable import RolloutKit

/// The entry schema is declared once (`EntryKey.keys`): the writer, the allowed keys, the
/// parser's decoder and the fast scanner all follow it.
@Suite struct EntrySchemaTests {
  /// An entry of `kind` with every optional field set.
  static func full(_ kind: Entry.Kind) -> Entry {
    let body: Entry.Body
    switch kind {
    case .note:
      body = .note(
        Note(
          phase: "pilot", goal: "personas", tags: ["chat", "email"], channel: "chat",
          sentiment: .positive, text: "Kiitos", via: "intranet"))
    case .metric:
      body = .metric(MetricValue(metric: "csat", value: 4.5, channel: "chat", text: "survey"))
    case .assess: body = .assess(Assessment(goal: "personas", verdict: .notMet, text: "Not yet"))
    case .decide: body = .decide(Decision(phase: "pilot", decision: .hold, text: "Wait"))
    case .retract: body = .retract(Retraction(target: "c0ffee01", text: "Typo"))
    }
    return Entry(
      id: "d00dfeed", at: "2026-11-25T10:02:11+02:00", week: w48, author: "Aino", body: body)
  }

  @Test(arguments: Entry.Kind.allCases)
  func theWriterWritesEveryAllowedKeyInOrder(_ kind: Entry.Kind) {
    let written = EntryCodec.fields(Self.full(kind)).map(\.0)
    #expect(written == EntryCodec.allowedKeys(kind))
  }

  @Test(arguments: Entry.Kind.allCases)
  func bothReadersReadBackWhatTheWriterWrote(_ kind: Entry.Kind) {
    let entry = Self.full(kind)
    let line = Array(EntryCodec.line(entry).utf8)
    let fast = line.withUnsafeBufferPointer { CanonicalLine.decode($0, 0..<line.count, line: 1) }
    var problems = JournalReader.LineProblems()
    let parsed = JournalReader.decodeLine(
      line, 0..<line.count, line: 1, file: "j", problems: &problems)
    #expect(fast == Entry(entry, line: 1))
    #expect(parsed == Entry(entry, line: 1), "\(problems.diagnostics)")
  }

  /// Leaving out a required key makes the entry incomplete; leaving out an optional one
  /// does not.
  @Test(arguments: Entry.Kind.allCases)
  func requiredKeysAreTheOnesTheBodyNeeds(_ kind: Entry.Kind) {
    let all = EntryFields(Self.full(kind))
    for (key, required) in EntryKey.keys(kind) where key != .author {
      var fields = all
      switch key {
      case .tags: fields.tags = nil
      case .value: fields.value = nil
      case .sentiment: fields.sentiment = nil
      case .verdict: fields.verdict = nil
      case .decision: fields.decision = nil
      default: fields.set(key, nil)
      }
      #expect((fields.body(kind) == nil) == required, "\(kind) without \(key)")
    }
  }
}

extension Entry {
  /// The same entry as read from journal line `line`.
  init(_ entry: Entry, line: Int) {
    self = entry
    self.line = line
  }
}
