extension Language {
  /// The language of the messages (docs/languages.md): `ROLLOUT_LANG` (en, fi, nl) if set, else the
  /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set: `fi_FI.UTF-8` → fi, `nl_NL` or
  /// `nl_BE` → nl, anything else → en. The shell resolves it and passes it in.
  public init(messagesFor environment: [String: String]) {
    if let chosen = environment["ROLLOUT_LANG"], !chosen.isEmpty {
      self = Language.named(chosen) ?? .en
      return
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
      .compactMap { environment[$0] }.first { !$0.isEmpty }
    self = locale.flatMap(Language.ofLocale) ?? .en
  }

  /// `fi`, `fi_FI.UTF-8`, `nl-BE` → the language; others → `nil`.
  static func ofLocale(_ locale: String) -> Language? {
    let code = locale.prefix { $0.isLetter }.lowercased()
    return Language(rawValue: code)
  }

  /// A language by its code or locale, `FI` and `fi_FI` included.
  static func named(_ text: String) -> Language? {
    Language(rawValue: text.lowercased()) ?? ofLocale(text)
  }
}
