import Foundation
import Testing

/// Each refusal the note form can meet (docs/serve.md), in English and Finnish: 422, the
/// reason, and a fix that the form can act on, never a command-line option.
@Suite(.serialized) struct ServeRefusalTests {
  /// What is posted, the start of the reason and the start of its fix, as the page says them.
  struct Refusal: Sendable {
    var fields: [String: String]
    var message: String
    var fix: String
  }

  static let english: [Refusal] = [
    Refusal(
      fields: ["text": "  "], message: "The note is empty", fix: "Write what you heard or saw."),
    Refusal(
      fields: ["text": "x", "goal": "personaz"], message: "The plan has no goal 'personaz'",
      fix: "Did you mean 'personas'? Choose the goal in the form's list"),
    Refusal(
      fields: ["text": "x", "phase": "scale"], message: "Phase 'scale' is locked",
      fix: "Leave the phase on 'automatic' (the phase open now)"),
    Refusal(
      fields: ["text": "x", "goal": "tone"], message: "Phase 'scale' is locked",
      fix: "Choose a goal of 'pilot', the phase open now"),
    Refusal(
      fields: ["text": "x", "goal": "personas", "phase": "scale"],
      message: "The goal 'personas' belongs to phase 'pilot', not to 'scale'",
      fix: "Leave the phase on 'automatic' (a note goes to its goal's phase, 'pilot')"),
    Refusal(
      fields: ["text": "x", "sentiment": "happy"], message: "'happy' is not a sentiment",
      fix: "Choose one of the form's tones"),
    Refusal(
      fields: ["text": "Heard twice", "author": "Aino"],
      message: "The same note for 2026-W48 is already logged",
      fix: "Nothing more to do: the note is in the journal once already."),
    Refusal(
      fields: ["text": "x", "channel": "Chat"], message: "The channel 'Chat' is new",
      fix: "Did you mean 'chat'? Write the channel as 'chat', or leave it empty"),
  ]

  static let finnish: [Refusal] = [
    Refusal(
      fields: ["text": "  "], message: "Havainto on tyhjä", fix: "Kirjoita, mitä kuulit tai näit."),
    Refusal(
      fields: ["text": "x", "goal": "personaz"],
      message: "Suunnitelmassa ei ole tavoitetta 'personaz'",
      fix: "Tarkoititko 'personas'? Valitse tavoite lomakkeen listasta"),
    Refusal(
      fields: ["text": "x", "phase": "scale"], message: "Vaihe 'scale' on lukittu",
      fix: "Jätä vaiheeksi 'automaattinen' (nyt avoin vaihe)"),
    Refusal(
      fields: ["text": "x", "goal": "tone"], message: "Vaihe 'scale' on lukittu",
      fix: "Valitse nyt avoimen vaiheen 'pilot' tavoite"),
    Refusal(
      fields: ["text": "x", "goal": "personas", "phase": "scale"],
      message: "Tavoite 'personas' kuuluu vaiheeseen 'pilot', ei vaiheeseen 'scale'",
      fix: "Jätä vaiheeksi 'automaattinen' (havainto kuuluu tavoitteensa vaiheeseen 'pilot')"),
    Refusal(
      fields: ["text": "x", "sentiment": "happy"], message: "'happy' ei ole sävy",
      fix: "Valitse jokin lomakkeen sävyistä"),
    Refusal(
      fields: ["text": "Heard twice", "author": "Aino"],
      message: "Sama havainto viikolle 2026-W48 on jo kirjattu",
      fix: "Mitään ei tarvitse tehdä: havainto on jo kerran päiväkirjassa."),
    Refusal(
      fields: ["text": "x", "channel": "Chat"], message: "Kanava 'Chat' on uusi",
      fix: "Tarkoititko 'chat'? Kirjoita kanavaksi 'chat' tai jätä kanava tyhjäksi"),
  ]

  @Test(arguments: [("en", english), ("fi", finnish)])
  func eachRefusalIs422WithAFixTheFormOffers(language: String, refusals: [Refusal])
    async throws
  {
    let (folder, journal, secret) = try serveWorkspace(#function + language)
    let plan = folder.appendingPathComponent("Plans/plan.yaml")
    let text = try String(contentsOf: plan, encoding: .utf8)
    try text.replacingOccurrences(
      of: "starts: 2026-11-02", with: "starts: 2026-11-02\nlanguage: \(language)"
    )
    .write(to: plan, atomically: true, encoding: .utf8)
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    // What the repeat and the near channel are refused against.
    for earlier in [["text": "Heard twice", "author": "Aino"], ["text": "y", "channel": "chat"]] {
      #expect(try await server.postForm(earlier, secret: secret).status == 201)
    }
    let logged = contents(journal)
    for refusal in refusals {
      let page = try await server.postForm(refusal.fields, secret: secret)
      let body = page.body
      #expect(page.status == 422, "\(refusal.fields)")
      #expect(body.contains("<li>" + refusal.message), "\(refusal.fields): \(body)")
      #expect(body.contains("<span class=\"fix\">" + refusal.fix), "\(refusal.fields): \(body)")
      #expect(!body.contains("--"), "\(refusal.fields): \(body)")
      // A script gets the same reason and fix as JSON.
      let json = try await server.postJSON(refusal.fields, secret: secret)
      #expect(json.status == 422, "\(refusal.fields)")
      let error = try #require(
        try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: String])["error"]
      #expect(error?.hasPrefix(refusal.message) == true, "\(json.body)")
      #expect(error?.contains(refusal.fix) == true, "\(json.body)")
      #expect(error?.contains("--") == false, "\(json.body)")
    }
    #expect(contents(journal) == logged)
  }
}
