import Foundation
import Testing

@testable import RolloutKit

/// The fast scanner's shortcuts (what it remembers from one line to the next, the tables it
/// looks names up in, how it sorts ids) change speed, never results: each is compared with
/// the plain way over generated inputs, and whole journals that lean on them are read both
/// ways (`CanonicalLineTests.expectSameReading`).
@Suite struct ScannerShortcutTests {
  typealias SplitMix = CanonicalLineTests.SplitMix

  /// Recording times around the edges of what `Timestamp.pack` accepts: valid ones on one
  /// day, and bad times of day, days and zones right after a good one.
  static let stamps = [
    "2026-11-25T10:02:11+02:00", "2026-11-25T10:02:12+02:00", "2026-11-25T23:59:60+02:00",
    "2026-11-25T24:00:00+02:00", "2026-11-25T23:60:00+02:00", "2026-11-25T23:59:61+02:00",
    "2026-11-25T1a:00:00+02:00", "2026-11-25t10:00:00+02:00", "2026-11-25T10-00:00+02:00",
    "2026-11-25T10:00:00+03:00", "2026-11-25T10:00:00-02:00", "2026-11-25T10:00:00+24:00",
    "2026-11-25T10:00:00+02:60", "2026-11-25T10:00:00Z", "2026-11-25T10:00:00z",
    "2026-11-25T10:00:00+02.00", "2026-02-29T10:00:00+02:00", "2028-02-29T10:00:00+02:00",
    "2026-11-31T10:00:00+02:00", "2026-13-01T10:00:00+02:00", "2026-11-26T00:00:00+02:00",
    "2026-11-25T10:00:00+02:0", "2026-11-25T10:00:00", "2026-11-25 10:00:00+02:00",
    "2026-11-25T10:00:00+02:00 ", "2026-11-2\"T10:00:00Z", "0000-01-01T00:00:00Z",
  ]

  @Test func rememberedDaysAndZonesPackAsTimestampDoes() {
    var rng = SplitMix(state: 25)
    var cache = StampCache()
    for _ in 0..<20_000 {
      var bytes = Array(Self.stamps.randomElement(using: &rng)!.utf8)
      if Int.random(in: 0..<3, using: &rng) == 0, !bytes.isEmpty {
        // One byte of the time of day changed, the day and zone kept.
        let k = Int.random(in: 11..<min(19, bytes.count), using: &rng)
        bytes[k] = [0x30, 0x32, 0x35, 0x36, 0x39, 0x3A, 0x41].randomElement(using: &rng)!
      }
      let expected = bytes.withUnsafeBufferPointer { Timestamp.pack($0) }
      guard bytes.count == 20 || bytes.count == 25 else { continue }
      let got = bytes.withUnsafeBufferPointer { cache.pack($0.baseAddress!, count: $0.count) }
      #expect(got == expected, "\(String(decoding: bytes, as: UTF8.self))")
    }
  }

  @Test func aJournalOfAwkwardTimesReadsTheSameBothWays() {
    var rng = SplitMix(state: 11)
    var lines: [String] = []
    for index in 0..<1500 {
      let at = Self.stamps.randomElement(using: &rng)!
      lines.append(
        "- {id: c\(String(format: "%07x", index)), at: \"\(at)\", week: 2026-W48, kind: metric, "
          + "metric: csat, value: 4, author: Aino}")
    }
    CanonicalLineTests.expectSameReading(lines.joined(separator: "\n") + "\n")
  }

  /// Tag lists written the same way again (found by their bytes), and lists that differ from
  /// one seen before by a byte, with `]`, `"` and `\` inside quotes.
  @Test func repeatedTagListsReadTheSameBothWays() {
    let lists = [
      "[chat, faq]", "[chat, faq ]", "[chat,faq]", "[\"sävy\", chat]", "[\"a]b\", chat]",
      "[\"a]b\", chat", "[\"a\\\"]\", faq]", "[\"a\\\\\", faq]", "[]", "[chat]", "[chat, ]",
      "[chat, null]", "[chat, \"null\"]", "[chat, true]", "[chat, 12]", "[\"chat\", faq]",
      "[\"\\u00e4\", faq]", "[\"ä\", faq]", "[\"\", faq]", "[chat, [faq]]", "[chat, {a: b}]",
    ]
    var rng = SplitMix(state: 17)
    var lines: [String] = []
    for index in 0..<2000 {
      let tags = lists.randomElement(using: &rng)!
      lines.append(
        "- {id: c\(String(format: "%07x", index)), at: \"2026-11-25T10:02:11+02:00\", "
          + "week: 2026-W48, kind: note, phase: pilot, goal: personas, tags: \(tags), "
          + "author: Aino, text: \"x\"}")
    }
    CanonicalLineTests.expectSameReading(lines.joined(separator: "\n") + "\n")
  }

  @Test func theNameTableKeepsKindsOfKeysApart() {
    var table = ByteKeyedTable<Int>(limit: 1 << 16)
    // Every length up to 40 bytes, keys alike at both ends, and alike but for one byte.
    var words = (0..<3000).map { "w\($0)" } + ["", "a", "ä", "\u{0}", "\u{0}\u{0}"]
    for n in 1...40 {
      words.append(String(repeating: "x", count: n))
      words.append("a" + String(repeating: "x", count: n) + "b")
      words.append(
        "a" + String(repeating: "x", count: n / 2) + "y"
          + String(repeating: "x", count: n - n / 2) + "b")
    }
    for (k, word) in words.enumerated() {
      var bytes = Array(word.utf8)
      bytes.withUnsafeBufferPointer { raw in
        #expect(table.find(raw) == nil)
        #expect(table.value(for: raw) { k } == k)
        #expect(table.value(for: raw, tag: 2) { -k - 1 } == -k - 1)
        #expect(table.value(for: raw) { -1 } == k)
      }
      bytes.append(0)
      bytes.withUnsafeBufferPointer { raw in #expect(table.find(raw) == nil) }
    }
    for (k, word) in words.enumerated() {
      let bytes = Array(word.utf8)
      bytes.withUnsafeBufferPointer { raw in
        #expect(table.find(raw) == k)
        #expect(table.find(raw, tag: 2) == -k - 1)
        #expect(table.find(raw, tag: 1) == nil)
      }
      #expect(table[word] == k)
    }
  }

  /// Choices, weeks and words compared as numbers read as the parser reads them.
  @Test func choicesWeeksAndQuotedTextsReadTheSameBothWays() {
    let choices = [
      "sentiment: positive", "sentiment: negative", "sentiment: neutral", "sentiment: neutrals",
      "sentiment: Positive", "sentiment: met", "sentiment: positivepositive", "sentiment: neg",
    ]
    let weeks = [
      "2026-W48", "2026-W53", "2020-W53", "2026-W00", "2026-W4a", "2026-w48", "2026-W48",
    ]
    let texts = [
      "plain words of some length", "a \\\"quote\\\" inside", "tab\\there", "ääkköset ja muuta",
      "seven b", "exactly eight bytes!", "12345678\\u00e4", "x\u{7F}y", "x\u{1F}y",
      "long enough to need several words of eight bytes each, then an é",
    ]
    var rng = SplitMix(state: 5)
    var lines: [String] = []
    for index in 0..<2000 {
      let text = texts.randomElement(using: &rng)!
      lines.append(
        "- {id: c\(String(format: "%07x", index)), at: \"2026-11-25T10:02:11+02:00\", "
          + "week: \(weeks.randomElement(using: &rng)!), kind: note, phase: pilot, "
          + "\(choices.randomElement(using: &rng)!), author: Aino, text: \"\(text)\"}")
    }
    CanonicalLineTests.expectSameReading(lines.joined(separator: "\n") + "\n")
  }

  @Test func idsSortAsTheStandardLibrarySortsThem() {
    var rng = SplitMix(state: 3)
    for count in [0, 1, 2, 255, 256, 257, 1000, 5000, 70_000] {
      let keys = (0..<count).map { _ in
        Bool.random(using: &rng)
          ? UInt32.random(in: 0...UInt32.max, using: &rng) : UInt32.random(in: 0..<50, using: &rng)
      }
      var sorted = keys
      IDSort.sort(&sorted)
      #expect(sorted == keys.sorted())
    }
  }

  @Test func utf8IsCheckedAsTheStandardLibraryChecksIt() {
    var rng = SplitMix(state: 8)
    let pieces: [[UInt8]] = [
      Array("plain ascii text".utf8), Array("ä".utf8), Array("👍🏽".utf8), [0xC3], [0xA4],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [0x80], [0x7F],
      Array("12345678".utf8),
    ]
    for _ in 0..<5000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...8, using: &rng) {
        bytes += pieces.randomElement(using: &rng)!
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let got = bytes.withUnsafeBufferPointer { CanonicalLine.isValidUTF8($0) }
      #expect(got == expected, "\(bytes)")
    }
  }

  /// The reader's quick "does this entry name only the plan's things?" (answers kept per
  /// name) agrees with `EntryReferences` on every generated entry, in any order.
  @Test func knownNamesAgreeWithTheReferenceCheck() {
    var rng = SplitMix(state: 99)
    var store = EntryStore()
    var names = JournalReader.PlanNames(journalTestPlan)
    for index in 0..<4000 {
      let entry = CanonicalLineTests.randomEntry(&rng, index: index)
      guard entry.kind != .retract else { continue }
      store.append(entry)
      let expected = EntryReferences.problems(of: entry, plan: journalTestPlan, knownIDs: [])
        .isEmpty
      #expect(names.knows(store, store.count - 1) == expected, "\(EntryCodec.line(entry))")
    }
  }
}
