/// What `rollout token` prints, in the reader's language.
public enum TokenText {
  /// The new secret, said to be shown only once, and a link to hand on.
  public static func added(name: String, readOnly: Bool, secret: String, language l: Language)
    -> String
  {
    let may =
      readOnly
      ? l.say(
        en: "may read the report and status, not log notes",
        fi: "saa lukea raportin ja tilan, ei kirjata havaintoja",
        nl: "mag het rapport en de status lezen, geen notities loggen")
      : l.say(
        en: "may log notes and read the report", fi: "saa kirjata havaintoja ja lukea raportin",
        nl: "mag notities loggen en het rapport lezen")
    return l.say(
      en: "Token '\(name)' made (\(may)). Its secret, shown only this once:",
      fi:
        "Pääsyavain '\(name)' luotu (\(may)). Sen salainen merkkijono näytetään vain tämän kerran:",
      nl: "Token '\(name)' gemaakt (\(may)). Het geheim, alleen nu getoond:")
      + "\n\n  \(secret)\n\n"
      + l.say(
        en: "A link for a colleague (put your server's address in place of 127.0.0.1:8080):",
        fi: "Linkki kollegalle (vaihda 127.0.0.1:8080 palvelimesi osoitteeksi):",
        nl: "Een link voor een collega (zet het adres van je server in plaats van 127.0.0.1:8080):")
      + "\n\n  http://127.0.0.1:8080/?t=\(secret)\n\n"
      + l.say(
        en: "Scripts send it as a header: Authorization: Bearer \(secret)",
        fi: "Skriptit lähettävät sen otsakkeessa: Authorization: Bearer \(secret)",
        nl: "Scripts sturen het als header: Authorization: Bearer \(secret)")
  }

  /// One line per token, or a line that says there are none.
  public static func list(_ list: TokenList, language l: Language) -> String {
    guard !list.tokens.isEmpty else {
      return l.say(
        en: "No tokens yet: 'rollout token add NAME' makes one.",
        fi: "Ei vielä pääsyavaimia: 'rollout token add NIMI' luo sellaisen.",
        nl: "Nog geen tokens: 'rollout token add NAAM' maakt er een.") + "\n"
    }
    let width = list.tokens.map(\.name.count).max() ?? 0
    return list.tokens.map { token in
      let access =
        token.readOnly
        ? l.say(en: "read-only", fi: "vain luku", nl: "alleen lezen")
        : l.say(en: "may write", fi: "saa kirjoittaa", nl: "mag schrijven")
      let made = l.say(en: "made", fi: "luotu", nl: "gemaakt")
      let name = token.name + String(repeating: " ", count: width - token.name.count)
      return "\(name)  \(access), \(made) \(token.created)\n"
    }.joined()
  }

  public static func revoked(_ name: String, language l: Language) -> String {
    l.say(
      en: "Token '\(name)' revoked: its links no longer work.",
      fi: "Pääsyavain '\(name)' peruttu: sen linkit eivät enää toimi.",
      nl: "Token '\(name)' ingetrokken: de links ermee werken niet meer.")
  }
}

/// Why `rollout serve` cannot start, worded once per language.
public enum ServeProblem: Worded, Hashable {
  /// `rollout-serve` is not beside `rollout`.
  case programMissing(String)
  /// The address cannot be listened on (in use, not this machine's, no permission).
  case cannotListen(host: String, port: Int, reason: String)

  public func message(in l: Language) -> String {
    switch self {
    case .programMissing(let path):
      return l.say(
        en:
          "'rollout serve' needs the program rollout-serve beside rollout, and \(path) cannot be started",
        fi:
          "'rollout serve' tarvitsee ohjelman rollout-serve rolloutin viereen, eikä \(path) käynnisty",
        nl:
          "'rollout serve' heeft het programma rollout-serve naast rollout nodig, en \(path) start niet"
      )
    case .cannotListen(let host, let port, let reason):
      return l.say(
        en: "cannot listen on \(host):\(port) (\(reason))",
        fi: "osoitetta \(host):\(port) ei voi kuunnella (\(reason))",
        nl: "kan niet luisteren op \(host):\(port) (\(reason))")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .programMissing:
      return l.say(
        en: "install both programs from the release tarball into the same folder",
        fi: "asenna julkaisupaketin molemmat ohjelmat samaan kansioon",
        nl: "installeer beide programma's uit het release-archief in dezelfde map")
    case .cannotListen:
      return l.say(
        en: "choose another --port, or check --host",
        fi: "valitse toinen --port tai tarkista --host",
        nl: "kies een andere --port, of controleer --host")
    }
  }
}
