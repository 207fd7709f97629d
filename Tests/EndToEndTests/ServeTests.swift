import Foundation
import Testing

/// `rollout serve` driven over HTTP as colleagues, scripts and attackers would
/// (docs/serve.md): a real server on a free loopback port, stopped with SIGTERM.
@Suite(.serialized) struct ServeTests {
  func journalLines(_ path: String) -> [String] {
    String(decoding: contents(path), as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func aFormPostIsLoggedWithViaAndTheFormSaysSo() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    let form = try await server.request("GET", "/?t=\(secret)")
    #expect(form.status == 200)
    #expect(form.body.contains("<form method=\"post\" action=\"/notes?t=\(secret)\""))
    #expect(form.body.contains("Everyone uses the personas"))
    #expect(!form.body.contains("<script"))
    let posted = try await server.postForm(
      [
        "text": "Asiakas kiitti: \"nopea vastaus\" <b>", "goal": "personas", "tags": "chat, faq",
        "channel": "chat", "sentiment": "positive", "author": "Mikko",
      ], secret: secret)
    #expect(posted.status == 201)
    #expect(posted.body.contains("the note is logged"))
    let lines = journalLines(journal)
    #expect(lines.count == 1)
    #expect(lines[0].contains("phase: pilot, goal: personas, tags: [chat, faq], channel: chat"))
    #expect(lines[0].contains("author: Mikko, via: helpdesk, text: \"Asiakas kiitti"))
    let log = try runRollout(["log"], in: folder)
    #expect(log.stdout.contains("via helpdesk"))
    #expect(try runRollout(["check"], in: folder).status == 0)
    #expect(server.stop() == 0)
    // One line per request, naming the token but never its secret.
    #expect(server.log.contains("GET / 200"))
    #expect(server.log.contains("POST /notes 201"))
    #expect(!server.log.contains(secret))
    #expect(server.log.contains("rollout serve: stopped"))
  }

  @Test func aScriptPostsJSONWithTheBearerTokenAndGetsTheID() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let r = try await server.postJSON(
      ["text": "From the chat export", "phase": "pilot", "tags": ["chat"]], secret: secret)
    #expect(r.status == 201)
    let id = try #require(
      (try JSONSerialization.jsonObject(with: Data(r.body.utf8)) as? [String: String])?["id"])
    #expect(journalLines(journal).first?.hasPrefix("- {id: \(id),") == true)
    // Without a name the note's author is the token's.
    #expect(journalLines(journal).first?.contains("author: helpdesk, via: helpdesk") == true)
    let status = try await server.request(
      "GET", "/status.json", headers: ["Authorization": "Bearer \(secret)"])
    #expect(status.status == 200)
    #expect(status.body == (try runRollout(["status", "--json"], in: folder)).stdout)
  }

  @Test func withoutAValidTokenEverythingIs401AndNothingIsLogged() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    for path in ["/", "/report", "/status.json", "/?t=", "/?t=\(secret.dropLast())x"] {
      #expect(try await server.request("GET", path).status == 401, "\(path)")
    }
    let forged = try await server.postForm(["text": "forged"], secret: "not-a-secret")
    #expect(forged.status == 401)
    let bearer = try await server.request(
      "POST", "/notes", body: Data("{\"text\":\"x\"}".utf8),
      headers: ["Content-Type": "application/json", "Authorization": "Bearer wrong"])
    #expect(bearer.status == 401)
    #expect(bearer.body.contains("\"error\""))
    #expect(journalLines(journal).isEmpty)
    // A revoked token stops working at once.
    #expect(try runRollout(["token", "revoke", "helpdesk"], in: folder).status == 0)
    #expect(try await server.postForm(["text": "after revoke"], secret: secret).status == 401)
    #expect(journalLines(journal).isEmpty)
  }

  @Test func aReadOnlyTokenReadsButCannotWrite() async throws {
    let (folder, journal, secret) = try serveWorkspace(token: "board", readOnly: true)
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let report = try await server.request("GET", "/report?t=\(secret)")
    #expect(report.status == 200)
    #expect(report.body.contains("<html"))
    let form = try await server.request("GET", "/?t=\(secret)")
    #expect(!form.body.contains("<form"))
    #expect(try await server.postForm(["text": "no"], secret: secret).status == 403)
    #expect(journalLines(journal).isEmpty)
  }

  @Test func crossSiteFormPostsAreRefused() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let evil = try await server.postForm(
      ["text": "csrf"], secret: secret, headers: ["Origin": "https://evil.example"])
    #expect(evil.status == 403)
    let fetchSite = try await server.postForm(
      ["text": "csrf"], secret: secret, headers: ["Sec-Fetch-Site": "cross-site"])
    #expect(fetchSite.status == 403)
    let nullOrigin = try await server.postForm(
      ["text": "csrf"], secret: secret, headers: ["Origin": "null"])
    #expect(nullOrigin.status == 403)
    #expect(journalLines(journal).isEmpty)
    // The page's own origin is fine.
    let own = try await server.postForm(
      ["text": "same origin"], secret: secret, headers: ["Origin": server.base])
    #expect(own.status == 201)
  }

  @Test func aNoteFromTheFormKeepsItsLineBreaksAsTheCommandLineWritesThem() async throws {
    // Browsers send a text area's line breaks as CR LF; the journal keeps LF, so the same
    // note from the form and from the command line is one note, and a repeat is seen.
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let posted = try await server.postForm(
      ["text": "First line\r\nsecond line", "author": "Aino"], secret: secret)
    #expect(posted.status == 201)
    let log = try runRollout(["log", "--json"], in: folder)
    #expect(log.stdout.contains(#""text" : "First line\nsecond line""#), "\(log.stdout)")
    #expect(!String(decoding: contents(journal), as: UTF8.self).contains("\\r"))
    let again = try runRollout(
      ["note", "First line\nsecond line", "--author", "Aino"], in: folder)
    #expect(again.status == 1 && again.stderr.contains("already logged"), "\(again.stderr)")
    #expect(journalLines(journal).count == 1)
  }

  @Test func aBodyOver64KBIs413() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let big = String(repeating: "a", count: 65 * 1024)
    #expect(try await server.postForm(["text": big], secret: secret).status == 413)
    #expect(journalLines(journal).isEmpty)
    // Just under the limit is a note.
    let fits = String(repeating: "b", count: 60 * 1024)
    #expect(try await server.postForm(["text": fits], secret: secret).status == 201)
  }

  @Test(arguments: [
    (["text": "   "], "The note is empty"),
    (["text": "x", "goal": "personaz"], "personas"),
    (["text": "x", "phase": "scale"], "scale"),
    (["text": "x", "sentiment": "happy"], "is not a sentiment"),
  ])
  func refusedNotesAre422OnTheFormWithWhatWasTyped(fields: [String: String], says: String)
    async throws
  {
    let (folder, journal, secret) = try serveWorkspace(#function + says)
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    var typed = fields
    typed["author"] = "Aino Ä"
    let r = try await server.postForm(typed, secret: secret)
    #expect(r.status == 422)
    #expect(r.body.contains(says), "\(r.body)")
    #expect(r.body.contains("value=\"Aino Ä\""))
    #expect(journalLines(journal).isEmpty)
    #expect(!r.body.contains("--force") && !r.body.contains("--again"), "\(r.body)")
    let json = try await server.postJSON(fields, secret: secret)
    #expect(json.status == 422)
    #expect(json.body.contains("\"error\""))
    #expect(!json.body.contains("--force"), "\(json.body)")
  }

  /// A body that says it is JSON and does not parse is a bad request (400), not an
  /// unsupported type; nothing is logged.
  @Test func brokenJSONIs400() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let r = try await server.request(
      "POST", "/notes", body: Data("{\"text\": ".utf8),
      headers: ["Content-Type": "application/json", "Authorization": "Bearer \(secret)"])
    #expect(r.status == 400, "\(r.body)")
    #expect(r.body.contains("JSON"))
    let plain = try await server.request(
      "POST", "/notes", body: Data("text".utf8),
      headers: ["Content-Type": "text/plain", "Authorization": "Bearer \(secret)"])
    #expect(plain.status == 415)
    #expect(journalLines(journal).isEmpty)
  }

  /// The form takes a sentiment in the plan's language, as `rollout note` does.
  @Test func aFinnishOrDutchSentimentWordIsTaken() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let fi = try await server.postForm(
      ["text": "Kiitos", "sentiment": "myönteinen"], secret: secret)
    #expect(fi.status == 201, "\(fi.body)")
    let nl = try await server.postJSON(["text": "Dank", "sentiment": "negatief"], secret: secret)
    #expect(nl.status == 201, "\(nl.body)")
    let lines = journalLines(journal)
    #expect(lines.count == 2)
    #expect(lines.first?.contains("sentiment: positive") == true)
    #expect(lines.last?.contains("sentiment: negative") == true)
  }

  @Test func theSameNoteTwiceIsARepeat() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let fields = ["text": "Asked about opening hours", "author": "Aino"]
    #expect(try await server.postForm(fields, secret: secret).status == 201)
    let again = try await server.postForm(fields, secret: secret)
    #expect(again.status == 422)
    #expect(again.body.contains("already logged"))
    // The fix is one the form can act on: no command-line flag.
    #expect(again.body.contains("Nothing more to do"), "\(again.body)")
    #expect(!again.body.contains("--again"))
    #expect(journalLines(journal).count == 1)
  }

  @Test func aFinnishPlanGetsFinnishPagesAndMessages() async throws {
    let (folder, _, secret) = try serveWorkspace()
    let plan = folder.appendingPathComponent("Plans/plan.yaml")
    let text = try String(contentsOf: plan, encoding: .utf8)
    try text.replacingOccurrences(
      of: "starts: 2026-11-02", with: "starts: 2026-11-02\nlanguage: fi"
    )
    .write(to: plan, atomically: true, encoding: .utf8)
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let form = try await server.request("GET", "/?t=\(secret)")
    #expect(form.body.contains("<html lang=\"fi\""))
    #expect(form.body.contains("Kirjaa havainto"))
    let empty = try await server.postForm(["text": ""], secret: secret)
    #expect(empty.status == 422)
    #expect(empty.body.contains("Havainto on tyhjä"))
  }

  @Test func fiftyWebPostsWhileTheCommandLineWritesAreEachLoggedOnce() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    async let cli: [Int32] = Task.detached {
      (0..<10).map { i in
        (try? runRollout(["note", "cli note \(i)", "--phase", "pilot"], in: folder))?.status ?? -1
      }
    }.value
    let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<50 {
        group.addTask {
          try await server.postForm(
            ["text": "web note \(i)", "author": "Web \(i)"], secret: secret
          )
          .status
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(statuses.count == 50 && statuses.allSatisfy { $0 == 201 }, "\(statuses)")
    #expect(await cli.allSatisfy { $0 == 0 })
    let lines = journalLines(journal)
    #expect(lines.count == 60)
    for i in 0..<50 {
      #expect(lines.filter { $0.contains("text: \"web note \(i)\"") }.count == 1)
    }
    for i in 0..<10 {
      #expect(lines.filter { $0.contains("text: \"cli note \(i)\"") }.count == 1)
    }
    let check = try runRollout(["check"], in: folder)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("(60 entries)"))
  }

  /// The repeat check and the append share the journal's lock for the browser too: the same
  /// note by the same person, sent from the form and typed on the command line at the same
  /// moment, is logged once; every other copy is refused as a repeat.
  @Test func theSameNoteFromTheWebAndTheCommandLineAtOnceIsLoggedOnce() async throws {
    let (folder, journal, secret) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    let text = "Asked twice about the opening hours"
    // Each command on its own thread, so that all of them start at once.
    let cli = await Self.concurrently(10) {
      (try? runRollout(["note", text], in: folder, environment: ["ROLLOUT_AUTHOR": "Aino"]))
    }
    async let web = withThrowingTaskGroup(of: (Int, String).self) { group in
      for _ in 0..<20 {
        group.addTask {
          let r = try await server.postForm(["text": text, "author": "Aino"], secret: secret)
          return (r.status, r.body)
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    let commands = await cli.value
    let posts = try await web
    let logged = commands.filter { $0?.status == 0 }.count + posts.filter { $0.0 == 201 }.count
    #expect(logged == 1, "\(commands.map { $0?.stderr ?? "" }) \(posts.map(\.0))")
    #expect(
      commands.allSatisfy { $0?.status == 0 || $0?.stderr.contains("already logged") == true })
    #expect(posts.allSatisfy { $0.0 == 201 || ($0.0 == 422 && $0.1.contains("already logged")) })
    let lines = journalLines(journal)
    #expect(lines.count == 1)
    #expect(lines.first?.contains("author: Aino") == true)
    #expect(try runRollout(["check"], in: folder).status == 0)
  }

  /// Runs `body` `n` times, each on a thread of its own, and hands back the results.
  static func concurrently<T: Sendable>(_ n: Int, _ body: @escaping @Sendable () -> T) -> Task<
    [T], Never
  > {
    Task.detached {
      await withCheckedContinuation { continuation in
        let results = Results<T>()
        let group = DispatchGroup()
        for _ in 0..<n {
          group.enter()
          Thread.detachNewThread {
            results.append(body())
            group.leave()
          }
        }
        group.notify(queue: .global()) { continuation.resume(returning: results.all) }
      }
    }
  }

  @Test func itBindsToLoopbackAndRefusesAPortInUse() async throws {
    let (folder, _, _) = try serveWorkspace()
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    #expect(server.log.contains("http://127.0.0.1:"))
    let second = try runRollout(["serve", "--port", String(server.port)], in: folder, timeout: 60)
    #expect(second.status == 1)
    #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(server.port)"))
  }
}

/// Results gathered from several threads.
final class Results<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [T] = []
  func append(_ item: T) { lock.withLock { items.append(item) } }
  var all: [T] { lock.withLock { items } }
}
