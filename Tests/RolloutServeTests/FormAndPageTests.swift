import Foundation
import RolloutKit
import Testing

@testable import RolloutServe

/// The form's fields as the browser sends them, and the page's text made safe for HTML.
@Suite struct FormAndPageTests {
  @Test func urlEncodedFieldsDecodePlusPercentAndUTF8() {
    let f = FormFields(
      urlEncoded: "text=Kiitos+%22nopeasta%22%0Avastauksesta&goal=&tags=chat%2C+%23faq&t=abc")
    #expect(f["text"] == "Kiitos \"nopeasta\"\nvastauksesta")
    #expect(f["goal"] == nil)
    #expect(f["t"] == "abc")
    let (note, problems) = f.noteRequest(via: "helpdesk")
    #expect(problems.isEmpty)
    #expect(note.tags == ["chat", "faq"])
    #expect(note.via == "helpdesk")
    #expect(FormFields(urlEncoded: "text=%E2%82%AC+%C3%A4")["text"] == "€ ä")
  }

  @Test func jsonTakesAListOrACommaStringOfTags() throws {
    let list = try #require(FormFields(json: Data(#"{"text": "x", "tags": ["a", "b"]}"#.utf8)))
    #expect(list.noteRequest(via: "s").0.tags == ["a", "b"])
    let string = try #require(FormFields(json: Data(#"{"text": "x", "tags": "a, b"}"#.utf8)))
    #expect(string.noteRequest(via: "s").0.tags == ["a", "b"])
    #expect(FormFields(json: Data("[1, 2]".utf8)) == nil)
    #expect(FormFields(json: Data("not json".utf8)) == nil)
  }

  @Test func anUnknownSentimentIsAProblemInEachLanguage() {
    let (_, problems) = FormFields(["text": "x", "sentiment": "happy"]).noteRequest(via: "s")
    #expect(problems.count == 1)
    #expect(problems[0].words.message(in: .fi).contains("ei ole sävy"))
  }

  @Test func typedTextCannotBreakOutOfThePage() {
    let hostile = "\"><script>alert(1)</script>&'"
    let plan = Plan(
      title: "<b>Plan</b>", starts: CalendarDate(year: 2026, month: 11, day: 2)!, phases: [])
    var state = Pages.FormState(
      plan: plan, week: ISOWeek(year: 2026, week: 48)!,
      token: AccessToken(name: "t", readOnly: false, created: "2026-11-25", hash: ""),
      secret: "s&x")
    state.fields = FormFields(["text": hostile, "author": hostile, "channel": hostile])
    let page = Pages.form(state)
    #expect(!page.contains("<script>"))
    #expect(!page.contains("<b>Plan"))
    #expect(page.contains("&lt;script&gt;"))
    #expect(page.contains("action=\"/notes?t=s%26x\""))
  }

  @Test func aReadOnlyTokenGetsNoForm() {
    let plan = Plan(title: "P", starts: CalendarDate(year: 2026, month: 11, day: 2)!, phases: [])
    let state = Pages.FormState(
      plan: plan, week: ISOWeek(year: 2026, week: 48)!,
      token: AccessToken(name: "board", readOnly: true, created: "2026-11-25", hash: ""),
      secret: "s")
    #expect(!Pages.form(state).contains("<form"))
  }
}

/// The fixes for the form quote the form's own words, so that a person finds what to choose.
@Suite struct FormWordsInFixesTests {
  @Test(arguments: Language.allCases)
  func fixesQuoteTheFormsWords(l: Language) throws {
    let w = PageWords(l: l)
    let week = ISOWeek(year: 2026, week: 48)!
    let locked = PhaseRefusal.locked(phase: "scale", week: week, .onHold(phase: "scale"))
    #expect(try #require(locked.fix(in: l, at: .webForm)).contains("'\(w.currentPhase)'"))
    let other = ReferenceDiagnosis(
      .goalOfOtherPhase(goal: "g", owner: "a", phase: "b"), .command)
    #expect(try #require(other.fix(in: l, at: .webForm)).contains("'\(w.currentPhase)'"))
    let sentiment = WebProblem.badSentiment("happy")
    #expect(try #require(sentiment.fix(in: l, at: .webForm)).contains("'\(w.unmarked)'"))
  }

  @Test func aPageShowsTheFormsFixAndNeverTheCommandLines() {
    let problems = [
      Diagnostic(
        CaptureRefusal.repeatedNote(week: ISOWeek(year: 2026, week: 48)!, id: "a", line: 1)),
      Diagnostic(
        PhaseRefusal.decisionAfterStop(
          week: ISOWeek(year: 2026, week: 48)!, stopped: ISOWeek(year: 2026, week: 47)!)),
    ]
    let page = Pages.refusal(problems, language: .en)
    #expect(page.contains("<span class=\"fix\">Nothing more to do"))
    #expect(!page.contains("--"))
    #expect(page.components(separatedBy: "class=\"fix\"").count == 2)
    let json = Responses.jsonError(problems, language: .en)
    #expect(json.contains("Nothing more to do"))
    #expect(!json.contains("--"))
  }
}
