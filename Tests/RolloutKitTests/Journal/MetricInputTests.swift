import Testing

@testable import RolloutKit

/// docs/journal.md: a value typed for `rollout metric` is read as people in each language
/// write numbers, and one that reads two ways is refused, never guessed.
struct MetricInputTests {
  @Test(
    "ordinary numbers in every language",
    arguments: [
      ("18.5", 18.5), ("18,5", 18.5), ("-5", -5), ("0.125", 0.125), ("0,125", 0.125),
      ("1 234", 1234), ("1\u{A0}234,5", 1234.5), ("12 345 678", 12_345_678), ("-1 234", -1234),
      ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567,25", 1_234_567.25), ("1234", 1234),
      ("4.12", 4.12), ("4,1234", 4.1234), ("1,234,567", 1_234_567), ("1.234.567", 1_234_567),
      ("62 %", 62), ("+3,5", 3.5), ("1e3", 1000),
    ])
  func readsAsWritten(text: String, value: Double) throws {
    for language in Language.allCases {
      #expect(try MetricInput.read(text, language: language).get() == value, "\(language)")
    }
  }

  /// `1.234` is a thousand and more to a Finn or a Dutch person; `1,234` to an English one.
  @Test(
    arguments: [
      ("1.234", Language.fi, true), ("1.234", .nl, true), ("1.234", .en, false),
      ("1,234", .en, true), ("1,234", .fi, false), ("1,234", .nl, false),
      ("-12.500", .nl, true), ("999,000", .en, true), ("0.234", .nl, false),
      ("1.23", .nl, false), ("1234.567", .nl, false),
    ])
  func aValueThatReadsTwoWaysIsRefused(text: String, language: Language, refused: Bool) {
    let result = MetricInput.read(text, language: language)
    if refused {
      #expect(throws: MetricValueProblem.ambiguous(text)) { try result.get() }
    } else {
      #expect((try? result.get()) != nil, "\(text) in \(language)")
    }
  }

  @Test func theRefusalSaysBothReadingsAndHowToWriteEach() {
    let nl = MetricValueProblem.ambiguous("1.234")
    #expect(nl.message(in: .nl) == "'1.234' is dubbelzinnig: 1234 of 1,234?")
    #expect(nl.fix(in: .nl) == "schrijf 1234 voor het hele getal, of 1,234 voor het decimale getal")
    #expect(nl.message(in: .fi) == "'1.234' on monitulkintainen: 1234 vai 1,234?")
    let en = MetricValueProblem.ambiguous("1,234")
    #expect(en.message(in: .en) == "'1,234' reads two ways: 1234 or 1.234")
  }

  @Test(arguments: ["", "  ", "abc", "1 23", "1,2,3", "58,0,5", "nan", "inf", "1e400", "1 234 56"])
  func notNumbersAreRefused(text: String) {
    #expect((try? MetricInput.read(text, language: .fi).get()) == nil)
  }
}

/// docs/journal.md: `--sentiment` and an assessment's verdict in the user's own words; the
/// journal keeps the English word.
struct TypedChoicesTests {
  @Test(arguments: [
    ("positive", Sentiment.positive), ("Positiivinen", .positive), ("myönteinen", .positive),
    ("positief", .positive), ("neutraali", .neutral), ("neutraal", .neutral),
    ("kielteinen", .negative), ("negatief", .negative), (" NEGATIVE ", .negative),
  ])
  func sentiments(text: String, sentiment: Sentiment) {
    #expect(Sentiment(typed: text) == sentiment)
  }

  @Test(arguments: [
    ("met", Verdict.met), ("saavutettu", .met), ("gehaald", .met), ("not-met", .notMet),
    ("ei saavutettu", .notMet), ("Niet gehaald", .notMet), ("niet-gehaald", .notMet),
  ])
  func verdicts(text: String, verdict: Verdict) {
    #expect(Verdict(typed: text) == verdict)
  }

  @Test(arguments: ["", "good", "saavutetaan", "metnot", "ei"])
  func otherWordsAreNotChoices(text: String) {
    #expect(Sentiment(typed: text) == nil)
    #expect(Verdict(typed: text) == nil)
  }

  /// The words shown for a decision and a kind of entry (docs/languages.md) are read back.
  @Test(arguments: [
    ("go", DecisionKind.go), ("jatketaan", .go), ("Doorgaan", .go), ("laitetaan pitoon", .hold),
    ("laitetaan-pitoon", .hold), ("aanhouden", .hold), ("start over", .recycle),
    ("aloitetaan alusta", .recycle), ("opnieuw beginnen", .recycle), ("lopetetaan", .stop),
    ("stoppen", .stop), ("HOLD", .hold),
  ])
  func decisions(text: String, decision: DecisionKind) {
    #expect(DecisionKind(typed: text) == decision)
  }

  @Test(arguments: [
    ("havainto", Entry.Kind.note), ("notitie", .note), ("mittari", .metric),
    ("mittarin arvo", .metric), ("meetwaarde", .metric), ("arvio", .assess),
    ("beoordeling", .assess), ("päätös", .decide), ("besluit", .decide), ("peruutus", .retract),
    ("intrekking", .retract), ("Retract", .retract),
  ])
  func kinds(text: String, kind: Entry.Kind) {
    #expect(Entry.Kind(typed: text) == kind)
  }

  /// A word of any language stands for one value only, so that any word is read the same
  /// whichever language the run speaks.
  @Test func noWordStandsForTwoValues() {
    func distinct<T: TypedChoice>(_: T.Type) {
      for a in T.allCases {
        for b in T.allCases where a != b {
          #expect(a.acceptedWords.isDisjoint(with: b.acceptedWords), "\(a) \(b)")
        }
      }
    }
    distinct(Sentiment.self)
    distinct(Verdict.self)
    distinct(DecisionKind.self)
    distinct(Entry.Kind.self)
  }

  /// The refusal's words: the reader's own first, the English after; a near miss of any
  /// language's word is named.
  @Test func wordsOffered() {
    #expect(Sentiment.shownWords(in: .fi) == ["myönteinen", "neutraali", "kielteinen"])
    #expect(Verdict.shownWords(in: .nl) == ["gehaald", "'niet gehaald'"])
    #expect(DecisionKind.shownWords(in: .en) == ["go", "hold", "recycle", "stop"])
    #expect(DecisionKind.nearestWord(to: "doorgan", in: .fi) == "doorgaan")
    #expect(Verdict.nearestWord(to: "gehald", in: .en) == "gehaald")
    #expect(Sentiment.nearestWord(to: "hyvä", in: .fi) == nil)
  }
}
