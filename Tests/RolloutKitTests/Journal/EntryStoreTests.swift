import Testing

@testable import RolloutKit

/// A journal kept in the compact store gives back exactly the entries put in, in order,
/// whatever they hold: the compact form for the tool's own shapes, the entry kept aside
/// for anything else.
@Suite struct EntryStoreTests {
  typealias SplitMix = CanonicalLineTests.SplitMix

  /// Entries no journal line could hold but code can make: they must come back too.
  static let odd: [Entry] = {
    let note = sampleEntry(.note)
    var entries: [Entry] = []
    for id in ["x1", "C0FFEE01", "c0ffee012", "", "c0ffée01"] {
      var e = note
      e.id = id
      entries.append(e)
    }
    for at in ["yesterday", "2026-11-25 10:02:11", "", "2026-02-30T10:00:00Z"] {
      var e = note
      e.at = at
      entries.append(e)
    }
    for line in [-1, Int(UInt32.max) + 1, Int.max, 0, 7] {
      var e = sampleEntry(.metric)
      e.line = line
      entries.append(e)
    }
    for target in ["nope", "C0FFEE01", "", "c0ffee01"] {
      entries.append(
        Entry(
          id: "d0000001", at: note.at, week: w48, author: "Aino",
          body: .retract(Retraction(target: target, text: "wrong"))))
    }
    for value in [0.0, -0.0, .infinity, -.infinity, 1e308, 5e-324, .pi] {
      entries.append(
        Entry(
          id: "e0000001", at: note.at, week: ISOWeek(year: 9999, week: 52)!, author: "",
          body: .metric(MetricValue(metric: "", value: value, channel: "", text: ""))))
    }
    // Names equal to Swift but not byte for byte (precomposed and decomposed é).
    for name in ["caf\u{E9}", "cafe\u{301}"] {
      entries.append(
        Entry(
          id: "f0000001", at: note.at, week: ISOWeek(year: 1, week: 1)!, author: name,
          body: .note(
            Note(phase: name, goal: name, tags: [name, name, ""], channel: name, text: name))))
    }
    var web = note
    if case .note(var n) = web.body {
      n.via = "web-token-1"
      web.body = .note(n)
    }
    entries.append(web)
    return entries
  }()

  static func expectRoundTrip(_ entries: [Entry], sourceLocation: SourceLocation = #_sourceLocation)
  {
    let store = EntryStore(entries)
    let back = Array(store)
    #expect(back == entries, sourceLocation: sourceLocation)
    #expect(back.count == entries.count, sourceLocation: sourceLocation)
    for (a, b) in zip(back, entries) {
      #expect(a.at == b.at && a.line == b.line && a.id == b.id, sourceLocation: sourceLocation)
      #expect(
        CanonicalLineTests.valueBits(a) == CanonicalLineTests.valueBits(b),
        sourceLocation: sourceLocation)
      #expect(a.author.utf8.elementsEqual(b.author.utf8), sourceLocation: sourceLocation)
      if case .note(let x) = a.body, case .note(let y) = b.body {
        #expect(x.phase.utf8.elementsEqual(y.phase.utf8), sourceLocation: sourceLocation)
      }
    }
    // What the gate engine reads without making entries agrees with the entries.
    for (k, e) in entries.enumerated() {
      #expect(store.kind(k) == e.kind, sourceLocation: sourceLocation)
      #expect(store.recordedOn(k) == e.recordedOn, sourceLocation: sourceLocation)
      #expect(store.line(k) == e.line, sourceLocation: sourceLocation)
      #expect(EntryStore.week(store.packedWeek(k)) == e.week, sourceLocation: sourceLocation)
      if let key = store.idKey(k) { #expect(EntryStore.idText(key) == e.id) }
    }
  }

  @Test func oddEntriesComeBackEqual() {
    Self.expectRoundTrip(Self.odd)
    #expect(EntryStore(Self.odd) == EntryStore(Self.odd))
    #expect(EntryStore(Self.odd) != EntryStore(Self.odd.dropLast()))
  }

  @Test func generatedEntriesComeBackEqual() {
    var rng = SplitMix(state: 17)
    let entries = (0..<4000).map { CanonicalLineTests.randomEntry(&rng, index: $0 % 3900) }
    Self.expectRoundTrip(entries)
    Self.expectRoundTrip(entries.shuffled(using: &rng) + Self.odd + entries.prefix(100))
  }

  @Test func packedWeeksAreOrderedAsTheWeeks() {
    let weeks = [
      ISOWeek(year: 1, week: 1)!, ISOWeek(year: 2025, week: 52)!, ISOWeek(year: 2026, week: 1)!,
      ISOWeek(year: 2026, week: 53), ISOWeek(year: 2026, week: 48)!, ISOWeek(year: 9999, week: 52)!,
    ].compactMap { $0 }
    for a in weeks {
      for b in weeks {
        #expect((EntryStore.pack(a) < EntryStore.pack(b)) == (a < b))
        #expect(EntryStore.week(EntryStore.pack(a)) == a)
      }
    }
  }

  @Test func textsOfEveryLengthComeBack() {
    // Lengths around the one-, two- and three-byte length prefixes.
    let lengths = [0, 1, 127, 128, 129, 16_383, 16_384, 70_000]
    let entries = lengths.map { n in sampleEntry(.note, text: String(repeating: "ä", count: n)) }
    Self.expectRoundTrip(entries)
  }

  @Test func aNameTableFullOfNamesStillKeepsEveryName() {
    // Past the table's limit, names are no longer remembered but still kept.
    var entries: [Entry] = []
    for k in 0..<70_000 {
      var e = sampleEntry(.metric)
      e.author = "author number \(k)"
      entries.append(e)
    }
    entries.append(entries[5])
    let store = EntryStore(entries)
    #expect(store[70_000] == entries[5])
    #expect(store[69_999].author == "author number 69999")
    let canonical = store.table.canonical()
    #expect(canonical.count == store.table.names.count)
  }
}
