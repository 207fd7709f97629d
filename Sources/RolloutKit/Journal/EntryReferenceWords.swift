/// A reference problem as a command or the journal reader says it: the fix differs,
/// since a command's user can change the command, and a journal line is the record.
public struct ReferenceDiagnosis: Worded, Hashable {
  public enum Place: Sendable, Hashable {
    /// A writing command; `notePhase` is the phase the refused note was for.
    case command
    /// A line already in the journal.
    case journal
  }

  public var problem: ReferenceProblem
  public var place: Place

  public init(_ problem: ReferenceProblem, _ place: Place) {
    self.problem = problem
    self.place = place
  }

  public func message(in l: Language) -> String {
    switch problem {
    case .noSuch(let kind, let name, _, _):
      switch kind {
      case .phase:
        return l.say(
          en: "the plan has no phase '\(name)'", fi: "suunnitelmassa ei ole vaihetta '\(name)'",
          nl: "het plan heeft geen fase '\(name)'")
      case .goal:
        return l.say(
          en: "the plan has no goal '\(name)'", fi: "suunnitelmassa ei ole tavoitetta '\(name)'",
          nl: "het plan heeft geen doel '\(name)'")
      case .metric:
        return l.say(
          en: "the plan has no metric '\(name)'", fi: "suunnitelmassa ei ole mittaria '\(name)'",
          nl: "het plan heeft geen meetwaarde '\(name)'")
      }
    case .goalOfOtherPhase(let goal, let owner, let phase):
      return l.say(
        en: "the goal '\(goal)' belongs to phase '\(owner)', not to '\(phase)'",
        fi: "tavoite '\(goal)' kuuluu vaiheeseen '\(owner)', ei vaiheeseen '\(phase)'",
        nl: "het doel '\(goal)' hoort bij fase '\(owner)', niet bij '\(phase)'")
    case .measuredGoal(let goal):
      return l.say(
        en: "the goal '\(goal)' is measured by a metric, so it cannot be assessed",
        fi: "tavoitetta '\(goal)' mitataan mittarilla, joten sitä ei arvioida sanallisesti",
        nl:
          "het doel '\(goal)' wordt gemeten met een meetwaarde, dus het kan niet beoordeeld worden")
    case .noEntry(let id, _):
      return l.say(
        en: "there is no entry '\(id)' to withdraw",
        fi: "merkintää '\(id)' ei ole, joten sitä ei voi perua",
        nl: "er is geen vermelding '\(id)' om in te trekken")
    }
  }

  public func fix(in l: Language) -> String? {
    switch (problem, place) {
    case (.noSuch(_, _, let nearest?, _), .journal):
      // A near name is most often a slip in a hand-written line: that comes first.
      return l.say(
        en: "did you mean '\(nearest)'? Correct it in this journal line; if the name was "
          + "changed in the plan instead, change it back there (the journal keeps names as "
          + "they were logged)",
        fi: "tarkoititko '\(nearest)'? Korjaa se tälle päiväkirjan riville; jos nimeä "
          + "muutettiin suunnitelmassa, palauta vanha nimi sinne (päiväkirja säilyttää nimet "
          + "sellaisina kuin ne kirjattiin)",
        nl: "bedoelde je '\(nearest)'? Verbeter het in deze regel van het logboek; is de naam "
          + "in het plan veranderd, zet hem daar dan terug (het logboek bewaart namen zoals ze "
          + "gelogd zijn)")
    case (.noSuch, .journal):
      return l.say(
        en: "if the name was changed in the plan, change it back there: "
          + "the journal keeps names as they were logged",
        fi: "jos nimeä muutettiin suunnitelmassa, palauta se sinne: "
          + "päiväkirja säilyttää nimet sellaisina kuin ne kirjattiin",
        nl: "als de naam in het plan is veranderd, zet hem daar terug: "
          + "het logboek bewaart namen zoals ze gelogd zijn")
    case (.noSuch(let kind, _, let nearest, let known), .command):
      if let nearest { return didYouMean(nearest, l) }
      return Self.listing(kind, known, l)
    case (.goalOfOtherPhase(_, let owner, let phase), .command):
      return l.say(
        en: "use --phase \(owner) (or leave --phase out: a note takes its goal's phase), "
          + "or link a goal of '\(phase)'",
        fi:
          "käytä valitsinta --phase \(owner) (tai jätä --phase pois: merkintä kuuluu tavoitteensa "
          + "vaiheeseen), tai liitä vaiheen '\(phase)' tavoite",
        nl: "gebruik --phase \(owner) (of laat --phase weg: een notitie hoort bij de fase van haar "
          + "doel), of koppel een doel van '\(phase)'")
    case (.goalOfOtherPhase(_, let owner, let phase), .journal):
      return l.say(
        en: "log the note for phase '\(owner)', or link a goal of '\(phase)'",
        fi: "kirjaa merkintä vaiheeseen '\(owner)' tai liitä vaiheen '\(phase)' tavoite",
        nl: "log de notitie voor fase '\(owner)', of koppel een doel van '\(phase)'")
    case (.measuredGoal, _):
      return l.say(
        en: "log its metric with 'rollout metric'; assess only qualitative goals",
        fi:
          "kirjaa sen mittarin arvo komennolla 'rollout metric'; arvioi vain laadullisia tavoitteita",
        nl: "log de meetwaarde met 'rollout metric'; beoordeel alleen kwalitatieve doelen")
    case (.noEntry(_, let nearest), _):
      return nearest.map { didYouMean($0, l) }
        ?? l.say(
          en: "see the ids with 'rollout log'", fi: "katso tunnukset komennolla 'rollout log'",
          nl: "bekijk de id's met 'rollout log'")
    }
  }

  /// At the web form (docs/serve.md), which offers the plan's goals and phases as lists and
  /// a phase left automatic: a name is chosen again there. The form logs notes only, so it
  /// never meets a metric, an assessment or a retraction, nor a journal line.
  public func fix(in l: Language, at fixPlace: FixPlace) -> String? {
    guard fixPlace == .webForm else { return fix(in: l) }
    switch (problem, place) {
    case (.noSuch(.goal, _, let nearest, _), .command):
      return (nearest.map { didYouMean($0, l) + " " } ?? "")
        + l.say(
          en: "Choose the goal in the form's list, or no particular goal",
          fi: "Valitse tavoite lomakkeen listasta, tai ei tiettyä tavoitetta",
          nl: "Kies het doel in de lijst van het formulier, of geen bepaald doel")
    case (.noSuch(.phase, _, let nearest, _), .command):
      return (nearest.map { didYouMean($0, l) + " " } ?? "")
        + l.say(
          en: "Choose the phase in the form's list, or 'automatic'",
          fi: "Valitse vaihe lomakkeen listasta, tai 'automaattinen'",
          nl: "Kies de fase in de lijst van het formulier, of 'automatisch'")
    case (.goalOfOtherPhase(_, let owner, let phase), .command):
      return l.say(
        en: "leave the phase on 'automatic' (a note goes to its goal's phase, '\(owner)'), "
          + "or choose a goal of '\(phase)'",
        fi: "jätä vaiheeksi 'automaattinen' (havainto kuuluu tavoitteensa vaiheeseen "
          + "'\(owner)'), tai valitse vaiheen '\(phase)' tavoite",
        nl: "laat de fase op 'automatisch' staan (een notitie hoort bij de fase van haar doel, "
          + "'\(owner)'), of kies een doel van '\(phase)'")
    case (.noSuch(.metric, _, _, _), _), (.noSuch, .journal), (.goalOfOtherPhase, .journal),
      (.measuredGoal, _), (.noEntry, _):
      return nil
    }
  }

  static func listing(_ kind: ReferenceProblem.NameKind, _ ids: [String], _ l: Language) -> String {
    let list = ids.joined(separator: ", ")
    switch kind {
    case .phase:
      return ids.isEmpty
        ? l.say(
          en: "the plan has no phases", fi: "suunnitelmassa ei ole vaiheita",
          nl: "het plan heeft geen fasen")
        : l.say(
          en: "the plan's phases are: \(list)", fi: "suunnitelman vaiheet: \(list)",
          nl: "de fasen van het plan: \(list)")
    case .goal:
      return ids.isEmpty
        ? l.say(
          en: "the plan has no goals", fi: "suunnitelmassa ei ole tavoitteita",
          nl: "het plan heeft geen doelen")
        : l.say(
          en: "the plan's goals are: \(list)", fi: "suunnitelman tavoitteet: \(list)",
          nl: "de doelen van het plan: \(list)")
    case .metric:
      return ids.isEmpty
        ? l.say(
          en: "the plan has no metrics", fi: "suunnitelmassa ei ole mittareita",
          nl: "het plan heeft geen meetwaarden")
        : l.say(
          en: "the plan's metrics are: \(list)", fi: "suunnitelman mittarit: \(list)",
          nl: "de meetwaarden van het plan: \(list)")
    }
  }
}
