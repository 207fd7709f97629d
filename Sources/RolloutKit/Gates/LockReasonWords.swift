extension LockReason {
  /// The reason as a clause: "'pilot' has 2 of 4 required goals met".
  public func words(in l: Language) -> String {
    switch self {
    case .planStopped(let week):
      return l.say(
        en: "the plan was stopped in \(week)", fi: "suunnitelma pysäytettiin viikolla \(week)",
        nl: "het plan is gestopt in \(week)")
    case .planStarts(let week):
      return l.say(
        en: "the plan starts in \(week)", fi: "suunnitelma alkaa viikolla \(week)",
        nl: "het plan begint in \(week)")
    case .passed(let phase, let week, let next):
      let unlocks = next.map { n in
        l.say(
          en: "; '\(n)' unlocks in \(week + 1)", fi: "; '\(n)' avautuu viikolla \(week + 1)",
          nl: "; '\(n)' gaat open in \(week + 1)")
      }
      return l.say(
        en: "'\(phase)' passed in \(week)", fi: "'\(phase)' läpäistiin viikolla \(week)",
        nl: "'\(phase)' is gehaald in \(week)") + (unlocks ?? "")
    case .onHold(let phase):
      return l.say(
        en: "'\(phase)' is on hold", fi: "'\(phase)' on pidossa", nl: "'\(phase)' is aangehouden")
    case .waitsForGo(let phase):
      return l.say(
        en: "'\(phase)' waits for a go decision", fi: "'\(phase)' odottaa go-päätöstä",
        nl: "'\(phase)' wacht op een go-besluit")
    case .goals(let phase, let met, let of):
      return l.say(
        en: "'\(phase)' has \(met) of \(of) required \(of == 1 ? "goal" : "goals") met",
        fi: "vaiheessa '\(phase)' on saavutettu \(met)/\(of) pakollisesta tavoitteesta",
        nl:
          "bij '\(phase)' \(met == 1 ? "is" : "zijn") \(met) van de \(of) verplichte doelen gehaald"
      )
    }
  }
}
