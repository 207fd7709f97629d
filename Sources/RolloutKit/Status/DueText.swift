/// `rollout due` for people: the week's to-do list, one item a line, wrapped to 80 columns.
public struct DueText: Sendable {
  public var width: Int
  public var language: Language

  public init(width: Int = 80, language: Language = .en) {
    self.width = width
    self.language = language
  }

  public func render(_ due: DueList, evaluation: Evaluation) -> String {
    let week = due.week
    let dated = language.weekWithDates(week)
    let pause = due.inBreak.map { breakLine($0, week: week) } ?? []
    guard !due.items.isEmpty else {
      return language.say(
        en: "Nothing is missing for \(dated).",
        fi: "Viikolta \(dated) ei puutu mitään.",
        nl: "Er ontbreekt niets voor \(dated).") + "\n"
        + pause.map { $0 + "\n" }.joined() + noteWhenNothingActive(evaluation)
    }
    var lines =
      [
        language.say(
          en: "Still missing for \(dated):",
          fi: "Viikolta \(dated) puuttuu vielä:",
          nl: "Nog te doen voor \(dated):")
      ] + pause
    var phase: String?
    for item in due.items {
      if item.phase != phase {
        phase = item.phase
        lines.append("")
        lines.append(language.say(en: "Phase", fi: "Vaihe", nl: "Fase") + " \(item.phase):")
      }
      lines += wrapWords(item.words(in: language), first: "  - ", rest: "    ")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// docs/gates.md: nothing is due for metrics in a break week.
  private func breakLine(_ pause: Break, week: ISOWeek) -> [String] {
    let reason = StatusText(colour: false).flat(pause.reason)
    return wrapWords(
      language.say(
        en: "\(week) is a break (\(reason)): no metric values are due this week.",
        fi: "\(week) on tauko (\(reason)): tällä viikolla ei tarvita mittariarvoja.",
        nl: "\(week) is een pauze (\(reason)): deze week zijn er geen meetwaarden nodig."),
      first: "", rest: "")
  }

  private func noteWhenNothingActive(_ e: Evaluation) -> String {
    guard e.activePhase == nil else { return "" }
    if let stopped = e.stoppedWeek {
      return sentence(LockReason.planStopped(stopped).words(in: language))
    }
    guard let current = e.currentPhase else {
      return sentence(LockReason.planStarts(e.plan.startWeek).words(in: language))
    }
    // A phase that passed this week has its own line here: `due` lists what is missing.
    let headline = PassHeadline.of(e, current: current)
    if case .allPassed = headline { return sentence(headline.message(in: language)) }
    return language.say(
      en: "No phase is active this week: the next one unlocks next week.",
      fi: "Yksikään vaihe ei ole käynnissä tällä viikolla: seuraava avautuu ensi viikolla.",
      nl: "Deze week is geen fase actief: de volgende gaat volgende week open.") + "\n"
  }

  private func sentence(_ clause: String) -> String { clause.asSentence + "\n" }

  private func wrapWords(_ text: String, first: String, rest: String) -> [String] {
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if lineHasWord, line.count + 1 + word.count > width {
        lines.append(line)
        line = rest + word
      } else {
        line += (lineHasWord ? " " : "") + word
      }
      lineHasWord = true
    }
    lines.append(line)
    return lines
  }
}
