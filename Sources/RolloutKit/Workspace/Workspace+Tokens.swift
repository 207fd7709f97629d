import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The access tokens of `rollout serve` in `<plan stem>.tokens` beside the plan (docs/serve.md):
/// readable and writable by the owner only (mode 0600), kept out of git by a `.gitignore`
/// line beside it.
extension Workspace {
  /// `Plans/rollout.tokens` for `Plans/rollout.yaml`.
  public var tokensPath: String {
    let folder = (planPath as NSString).deletingLastPathComponent
    var stem = (planPath as NSString).lastPathComponent
    for suffix in [".yaml", ".yml"] where stem.lowercased().hasSuffix(suffix) {
      stem = String(stem.dropLast(suffix.count))
      break
    }
    return folder.isEmpty
      ? stem + ".tokens" : (folder as NSString).appendingPathComponent(stem + ".tokens")
  }

  /// The tokens (none while the file does not exist); a damaged line is an error.
  public func tokens() throws(DiagnosticsError) -> TokenList {
    guard let data = FileManager.default.contents(atPath: tokensPath) else { return TokenList() }
    let (list, problems) = TokenList.parse(String(decoding: data, as: UTF8.self), file: tokensPath)
    if !problems.isEmpty { throw DiagnosticsError(problems) }
    return list
  }

  /// Makes a token and returns its secret, which is stored only as a hash.
  public func addToken(named name: String, readOnly: Bool) throws(DiagnosticsError) -> String {
    guard AccessToken.isValidName(name) else {
      throw DiagnosticsError(Diagnostic(TokenProblem.badName(name)))
    }
    var list = try tokens()
    guard list.token(named: name) == nil else {
      throw DiagnosticsError(Diagnostic(TokenProblem.nameTaken(name)))
    }
    let secret = AccessToken.newSecret()
    list.tokens.append(
      AccessToken(
        name: name, readOnly: readOnly, created: today.description,
        hash: AccessToken.hash(ofSecret: secret)))
    try saveTokens(list)
    ignoreTokensInGit()
    return secret
  }

  /// Removes a token: its secret opens nothing from the next request on.
  public func revokeToken(named name: String) throws(DiagnosticsError) {
    var list = try tokens()
    guard list.token(named: name) != nil else {
      throw DiagnosticsError(
        Diagnostic(TokenProblem.unknown(name, known: list.tokens.map(\.name))))
    }
    list.tokens.removeAll { $0.name == name }
    try saveTokens(list)
  }

  /// Writes the file through a temporary one made with mode 0600, renamed over it.
  func saveTokens(_ list: TokenList) throws(DiagnosticsError) {
    let temporary = tokensPath + ".\(getpid()).tmp"
    let bytes = Array(list.text.utf8)
    #if canImport(Glibc)
      let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    #else
      let fd = Darwin.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    #endif
    var ok = fd >= 0
    if ok {
      ok = fchmod(fd, 0o600) == 0
      ok = ok && bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
      ok = fsync(fd) == 0 && ok
      close(fd)
    }
    guard ok, rename(temporary, tokensPath) == 0 else {
      unlink(temporary)
      throw DiagnosticsError(Diagnostic(file: tokensPath, TokenFileProblem.cannotWrite))
    }
  }

  /// Adds `*.tokens` to the `.gitignore` beside the plan unless a line there says so.
  func ignoreTokensInGit() {
    let folder = (tokensPath as NSString).deletingLastPathComponent
    let path =
      folder.isEmpty ? ".gitignore" : (folder as NSString).appendingPathComponent(".gitignore")
    let existing =
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    let lines = existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let name = (tokensPath as NSString).lastPathComponent
    guard !lines.contains("*.tokens"), !lines.contains(name) else { return }
    let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + "*.tokens\n"
    try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }
}

/// The tokens file cannot be written.
enum TokenFileProblem: Worded {
  case cannotWrite

  func message(in l: Language) -> String {
    l.say(
      en: "the tokens file cannot be written", fi: "pääsyavaintiedostoa ei voi kirjoittaa",
      nl: "het tokenbestand kan niet worden geschreven")
  }

  func fix(in l: Language) -> String? {
    l.say(
      en: "check that you may write in the plan's folder",
      fi: "tarkista, että saat kirjoittaa suunnitelman kansioon",
      nl: "controleer of je in de map van het plan mag schrijven")
  }
}
