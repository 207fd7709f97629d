import RolloutKit

/// What the server says on its standard output besides the request lines.
public enum ServeText {
  static func listening(host: String, port: Int, language l: Language) -> String {
    let shown = host.contains(":") ? "[\(host)]" : host
    return l.say(
      en: "rollout serve: listening on http://\(shown):\(port)/ (Ctrl-C or SIGTERM stops it)",
      fi:
        "rollout serve: kuuntelee osoitteessa http://\(shown):\(port)/ (Ctrl-C tai SIGTERM pysäyttää)",
      nl: "rollout serve: luistert op http://\(shown):\(port)/ (Ctrl-C of SIGTERM stopt het)")
  }

  static func stopped(language l: Language) -> String {
    l.say(
      en: "rollout serve: stopped", fi: "rollout serve: pysäytetty", nl: "rollout serve: gestopt")
  }

  /// Said at start when nobody could get in yet.
  public static func noTokens(language l: Language) -> String {
    l.say(
      en: "note: no tokens yet, so every request is refused; 'rollout token add NAME' makes one",
      fi:
        "huom: tunnuksia ei vielä ole, joten kaikki pyynnöt hylätään; 'rollout token add NIMI' luo sellaisen",
      nl:
        "let op: nog geen tokens, dus elk verzoek wordt geweigerd; 'rollout token add NAAM' maakt er een"
    )
  }

  /// Said at start when it listens beyond this computer.
  public static func notLoopback(language l: Language) -> String {
    l.say(
      en: "note: listening beyond this computer; put HTTPS in front of it (docs/serve.md)",
      fi: "huom: kuuntelee myös muilta koneilta; laita HTTPS sen eteen (docs/serve.md)",
      nl: "let op: luistert ook buiten deze computer; zet er HTTPS voor (docs/serve.md)")
  }
}
