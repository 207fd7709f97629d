extension DueList.Item {
  /// The item as `rollout due` says it; the English is `description`.
  public func words(in l: Language) -> String {
    switch self {
    case .metricValue(_, let metric, let channel, let goals):
      let of = channel.map { " (\($0))" } ?? ""
      let list = goals.map { "'\($0)'" }.joined(separator: ", ")
      return l.say(
        en: description,
        fi: "kirjaa mittarin '\(metric)'\(of) arvo tälle viikolle — "
          + (goals.count == 1
            ? "tavoite \(list) tarvitsee sen" : "tavoitteet \(list) tarvitsevat sen"),
        nl: "log een waarde van '\(metric)'\(of) voor deze week — nodig voor \(list)")
    case .assessment(_, let goal):
      return l.say(
        en: description, fi: "arvioi '\(goal)': sitä ei ole vielä arvioitu tässä vaiheessa",
        nl: "beoordeel '\(goal)': het is in deze fase nog niet beoordeeld")
    case .evidence(_, let goal, let have, let need):
      let more = need - have
      return l.say(
        en: description,
        fi:
          "liitä tavoitteeseen '\(goal)' vielä \(more) \(more == 1 ? "tukeva havainto" : "tukevaa havaintoa") (\(have)/\(need))",
        nl:
          "koppel nog \(more) ondersteunende \(more == 1 ? "notitie" : "notities") aan '\(goal)' (\(have) van \(need))"
      )
    case .goDecision(let phase):
      return l.say(
        en: description,
        fi:
          "tee päätös vaiheesta '\(phase)': kaikki pakolliset tavoitteet on saavutettu ja se odottaa go-päätöstä",
        nl:
          "neem een besluit over '\(phase)': alle verplichte doelen zijn gehaald en de fase wacht op een go"
      )
    case .onHold(let phase, let since):
      return l.say(
        en: description,
        fi:
          "'\(phase)' on ollut pidossa viikosta \(since): päätä go tai recycle, kun olette valmiita",
        nl: "'\(phase)' is aangehouden sinds \(since): besluit go of recycle zodra het zover is")
    case .overdue(let phase, let weeks, let end):
      return l.say(
        en: description,
        fi:
          "'\(phase)' on myöhässä \(weeks == 1 ? "1 viikon" : "\(weeks) viikkoa") (suunniteltu päättymään viikolla \(end))",
        nl: "'\(phase)' loopt \(weeks) \(weeks == 1 ? "week" : "weken") uit (gepland tot \(end))")
    }
  }
}
