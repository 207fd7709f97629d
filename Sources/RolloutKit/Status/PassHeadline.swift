/// What `status` and `due` say when no phase is active because phases have passed. A pass
/// by an override is never worded as a plain pass: it says so, with the required goals
/// that were met when the go passed the phase.
enum PassHeadline: Worded, Hashable {
  /// Every phase has passed; `overrides` are those passed by an override.
  case allPassed(overrides: [Override])
  /// `phase` passed this week and `next` (or the next phase) unlocks next week.
  case passedThisWeek(phase: String, next: String?, override: Override?)

  /// A phase passed by an override, with its required goals met at the pass.
  struct Override: Hashable, Sendable {
    var phase: String
    var met: Int
    var of: Int

    init?(_ p: PhaseEvaluation) {
      guard p.state == .passed, p.override else { return nil }
      (phase, met, of) = (p.phase.id, p.requiredMetAtPass.met, p.requiredMetAtPass.of)
    }

    func words(_ l: Language) -> String {
      l.say(
        en: "'\(phase)' by override (\(met) of \(of) required goals met)",
        fi: "'\(phase)' poikkeuksena (\(met)/\(of) pakollisesta tavoitteesta saavutettu)",
        nl: "'\(phase)' bij uitzondering (\(met) van \(of) verplichte doelen gehaald)")
    }
  }

  /// The headline of an evaluation in which no phase is active, the plan has started and
  /// has not stopped; `current` is the phase that passed last.
  static func of(_ e: Evaluation, current: String) -> PassHeadline {
    if e.phases.allSatisfy({ $0.state == .passed }) {
      return .allPassed(overrides: e.phases.compactMap(Override.init))
    }
    let next = e.plan.phaseIndex(current).flatMap { i in
      e.plan.phases.indices.contains(i + 1) ? e.plan.phases[i + 1].id : nil
    }
    return .passedThisWeek(
      phase: current, next: next, override: e.phase(current).flatMap(Override.init))
  }

  func message(in l: Language) -> String {
    switch self {
    case .allPassed(let overrides):
      let all = l.say(
        en: "every phase has passed", fi: "kaikki vaiheet on läpäisty",
        nl: "alle fasen zijn afgerond")
      guard !overrides.isEmpty else { return all }
      return all + ", " + overrides.map { $0.words(l) }.joined(separator: ", ")
    case .passedThisWeek(let phase, let next, let override):
      let opens =
        next.map { n in
          l.say(
            en: "'\(n)' unlocks next week", fi: "'\(n)' avautuu ensi viikolla",
            nl: "'\(n)' gaat volgende week open")
        }
        ?? l.say(
          en: "the next phase unlocks next week", fi: "seuraava vaihe avautuu ensi viikolla",
          nl: "de volgende fase gaat volgende week open")
      guard let o = override else {
        return l.say(
          en: "'\(phase)' passed this week", fi: "'\(phase)' läpäistiin tällä viikolla",
          nl: "'\(phase)' is deze week afgerond") + "; " + opens
      }
      return l.say(
        en: "'\(phase)' passed by override this week (\(o.met) of \(o.of) required goals met)",
        fi: "'\(phase)' läpäistiin tällä viikolla poikkeuksena (\(o.met)/\(o.of) pakollisesta "
          + "tavoitteesta saavutettu)",
        nl: "'\(phase)' is deze week bij uitzondering afgerond (\(o.met) van \(o.of) verplichte "
          + "doelen gehaald)") + "; " + opens
    }
  }
}
