/// One access token of `rollout serve` (docs/serve.md): a name, what it may do, and the
/// SHA-256 hash of its secret. The secret itself is shown once and never stored.
public struct AccessToken: Sendable, Hashable {
  public var name: String
  /// A read-only token may read the pages and `status.json`, not log notes.
  public var readOnly: Bool
  /// The day it was made, `2026-11-30`.
  public var created: String
  /// The SHA-256 of the secret, in hexadecimal.
  public var hash: String

  public init(name: String, readOnly: Bool, created: String, hash: String) {
    self.name = name
    self.readOnly = readOnly
    self.created = created
    self.hash = hash
  }

  /// Names are plain words (letters, digits, `.`, `_`, `-`, at most 40), so that they read
  /// the same in a list, a log line and the journal's `via`.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 40 && name.first != "-"
      && name.unicodeScalars.allSatisfy {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || "._-".unicodeScalars.contains($0)
      }
  }

  /// A new secret: 32 random bytes, in URL-safe base64 without padding (43 characters).
  public static func newSecret() -> String {
    var rng = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
    return base64URL(bytes)
  }

  /// The hash stored for `secret`.
  public static func hash(ofSecret secret: String) -> String {
    SHA256.hex(SHA256.hash(Array(secret.utf8)))
  }

  static func base64URL(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    var out: [UInt8] = []
    var i = 0
    while i < bytes.count {
      let chunk = bytes[i..<min(i + 3, bytes.count)]
      let n = chunk.enumerated().reduce(UInt32(0)) {
        $0 | UInt32($1.element) << (16 - 8 * $1.offset)
      }
      for k in 0..<(chunk.count + 1) { out.append(alphabet[Int(n >> (18 - 6 * k) & 63)]) }
      i += 3
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// The tokens of one plan, as the `<plan stem>.tokens` file holds them: one line each,
/// `NAME ACCESS CREATED SHA256`, `#` lines are comments.
public struct TokenList: Sendable, Hashable {
  public var tokens: [AccessToken]

  public init(tokens: [AccessToken] = []) {
    self.tokens = tokens
  }

  /// The file's tokens, and a problem for each line that is not one.
  public static func parse(_ text: String, file: String) -> (TokenList, [Diagnostic]) {
    var list = TokenList()
    var problems: [Diagnostic] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
      if line.isEmpty || line[0].hasPrefix("#") { continue }
      guard line.count == 4, AccessToken.isValidName(line[0]),
        line[1] == "write" || line[1] == "read-only", line[3].count == 64
      else {
        problems.append(Diagnostic(.error, file: file, line: index + 1, TokenProblem.damagedLine))
        continue
      }
      list.tokens.append(
        AccessToken(
          name: line[0], readOnly: line[1] == "read-only", created: line[2], hash: line[3]))
    }
    return (list, problems)
  }

  /// The file's text.
  public var text: String {
    "# rollout serve access tokens: 'rollout token list'. Only hashes, never the secrets.\n"
      + tokens.map {
        "\($0.name) \($0.readOnly ? "read-only" : "write") \($0.created) \($0.hash)\n"
      }
      .joined()
  }

  public func token(named name: String) -> AccessToken? { tokens.first { $0.name == name } }

  /// The token whose secret this is. Every stored hash is compared in full, so that the
  /// time taken tells nothing about how close a guess was.
  public func token(matching secret: String) -> AccessToken? {
    let hash = Array(AccessToken.hash(ofSecret: secret).utf8)
    var found: AccessToken?
    for token in tokens {
      let stored = Array(token.hash.utf8)
      guard stored.count == hash.count else { continue }
      var difference: UInt8 = 0
      for i in 0..<hash.count { difference |= stored[i] ^ hash[i] }
      if difference == 0 { found = token }
    }
    return found
  }
}

/// Why a token command is refused, worded once per language.
public enum TokenProblem: Worded, Hashable {
  case badName(String)
  case nameTaken(String)
  case unknown(String, known: [String])
  case damagedLine

  public func message(in l: Language) -> String {
    switch self {
    case .badName(let name):
      return l.say(
        en: "'\(name)' cannot be a token's name",
        fi: "'\(name)' ei kelpaa pääsyavaimen nimeksi",
        nl: "'\(name)' kan niet de naam van een token zijn")
    case .nameTaken(let name):
      return l.say(
        en: "a token named '\(name)' already exists",
        fi: "pääsyavain nimeltä '\(name)' on jo olemassa",
        nl: "er is al een token met de naam '\(name)'")
    case .unknown(let name, _):
      return l.say(
        en: "there is no token named '\(name)'", fi: "pääsyavainta nimeltä '\(name)' ei ole",
        nl: "er is geen token met de naam '\(name)'")
    case .damagedLine:
      return l.say(
        en: "this line of the tokens file is not a token",
        fi: "tämä pääsyavaintiedoston rivi ei ole pääsyavain",
        nl: "deze regel van het tokenbestand is geen token")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .badName:
      return l.say(
        en: "use letters, digits, '.', '_' or '-' (at most 40), like helpdesk or team-fi",
        fi: "käytä kirjaimia, numeroita, '.', '_' tai '-' (enintään 40), esim. asiakaspalvelu",
        nl: "gebruik letters, cijfers, '.', '_' of '-' (hoogstens 40), zoals klantenservice")
    case .nameTaken(let name):
      return l.say(
        en: "choose another name, or 'rollout token revoke \(name)' first",
        fi: "valitse toinen nimi, tai ensin 'rollout token revoke \(name)'",
        nl: "kies een andere naam, of eerst 'rollout token revoke \(name)'")
    case .unknown(let name, let known):
      if let near = closest(to: name, among: known) { return didYouMean(near, l) }
      return l.say(
        en: "'rollout token list' shows the names", fi: "'rollout token list' näyttää nimet",
        nl: "'rollout token list' toont de namen")
    case .damagedLine:
      return l.say(
        en: "revoke the token and add it again, or delete the line",
        fi: "peru pääsyavain ja lisää se uudelleen, tai poista rivi",
        nl: "trek het token in en voeg het opnieuw toe, of verwijder de regel")
    }
  }
}
