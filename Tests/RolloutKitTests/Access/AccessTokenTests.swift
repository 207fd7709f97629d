import Foundation
import Testing

@testable import RolloutKit

/// docs/serve.md: a token's secret is shown once and only its SHA-256 is kept, in a file
/// beside the plan that only its owner may read.
@Suite struct AccessTokenTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      String(repeating: "a", count: 1000),
      "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
    ),
  ])
  func sha256MatchesTheStandardVectors(input: String, digest: String) {
    #expect(SHA256.hex(SHA256.hash(Array(input.utf8))) == digest)
  }

  @Test func hmacMatchesRFC4231() {
    // RFC 4231, test case 2.
    let mac = SHA256.hmac(key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8))
    #expect(SHA256.hex(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func secretsAreLongURLSafeAndDifferent() {
    let secrets = (0..<50).map { _ in AccessToken.newSecret() }
    #expect(Set(secrets).count == 50)
    for s in secrets {
      #expect(s.count == 43)
      #expect(s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }
  }

  @Test func onlyTheRightSecretMatches() {
    let secret = AccessToken.newSecret()
    let list = TokenList(tokens: [
      AccessToken(
        name: "a", readOnly: false, created: "2026-11-25", hash: AccessToken.hash(ofSecret: "other")
      ),
      AccessToken(
        name: "b", readOnly: true, created: "2026-11-25", hash: AccessToken.hash(ofSecret: secret)),
    ])
    #expect(list.token(matching: secret)?.name == "b")
    #expect(list.token(matching: String(secret.dropLast())) == nil)
    #expect(list.token(matching: "") == nil)
  }

  @Test func theFileReadsBackAndADamagedLineIsNamed() {
    let list = TokenList(tokens: [
      AccessToken(
        name: "helpdesk", readOnly: false, created: "2026-11-25",
        hash: String(repeating: "a", count: 64)),
      AccessToken(
        name: "board", readOnly: true, created: "2026-11-26",
        hash: String(repeating: "b", count: 64)),
    ])
    let (back, problems) = TokenList.parse(list.text, file: "p.tokens")
    #expect(back == list && problems.isEmpty)
    let (_, damaged) = TokenList.parse(list.text + "intruder admin x y\n", file: "p.tokens")
    #expect(damaged.map(\.line) == [4])
  }

  @Test(arguments: ["", "has space", "-flag", "ä", String(repeating: "x", count: 41), "a/b"])
  func badNamesAreRefused(name: String) {
    #expect(!AccessToken.isValidName(name))
  }

  @Test func addListRevokeKeepOnlyHashesInAnOwnerOnlyFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rollout-tokens-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let workspace = Workspace(
      planPath: folder.appendingPathComponent("team.yaml").path,
      journalPath: folder.appendingPathComponent("team.journal.yaml").path,
      plan: Plan(title: "T", starts: CalendarDate(year: 2026, month: 11, day: 2)!, phases: []),
      today: CalendarDate(year: 2026, month: 11, day: 25)!, environment: [:])
    #expect(workspace.tokensPath.hasSuffix("/team.tokens"))
    let secret = try workspace.addToken(named: "helpdesk", readOnly: false)
    let text = try String(contentsOfFile: workspace.tokensPath, encoding: .utf8)
    #expect(!text.contains(secret))
    #expect(text.contains("helpdesk write 2026-11-25 " + AccessToken.hash(ofSecret: secret)))
    let mode =
      try FileManager.default.attributesOfItem(atPath: workspace.tokensPath)[.posixPermissions]
      as? Int
    #expect(mode == 0o600)
    let ignore = try String(
      contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
    #expect(ignore == "*.tokens\n")
    #expect(throws: DiagnosticsError.self) {
      try workspace.addToken(named: "helpdesk", readOnly: true)
    }
    _ = try workspace.addToken(named: "board", readOnly: true)
    #expect(try workspace.tokens().tokens.map(\.name) == ["helpdesk", "board"])
    // The .gitignore line is written once.
    #expect(
      try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
        == "*.tokens\n")
    try workspace.revokeToken(named: "helpdesk")
    #expect(try workspace.tokens().token(matching: secret) == nil)
    do {
      try workspace.revokeToken(named: "helpdesc")
      Issue.record("an unknown name was revoked")
    } catch {
      #expect(
        error.diagnostics.first?.words.fix(in: .en) == "did you mean 'board'?"
          || error.diagnostics.first?.message.contains("helpdesc") == true)
    }
  }
}

/// Finnish: an access token is a "pääsyavain", so that "tunnus" is only an id (review 3,
/// finding 14).
struct TokenWordTests {
  @Test func finnishNamesATokenApartFromAnId() {
    let fi = [
      TokenText.added(name: "tiimi", readOnly: false, secret: "s3cr3t", language: .fi),
      TokenText.list(TokenList(tokens: []), language: .fi),
      TokenText.revoked("tiimi", language: .fi),
      TokenProblem.nameTaken("tiimi").message(in: .fi),
      TokenProblem.unknown("tiimi", known: []).message(in: .fi),
      TokenProblem.damagedLine.message(in: .fi),
    ]
    for text in fi {
      #expect(text.lowercased().contains("pääsyava"), "\(text)")
      #expect(!text.lowercased().contains("tunnus"), "\(text)")
    }
    #expect(fi[0].contains("otsakkeessa: Authorization: Bearer s3cr3t"))
  }
}
