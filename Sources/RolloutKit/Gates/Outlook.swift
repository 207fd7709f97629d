/// What the record says about a goal's coming weeks (docs/gates.md "Looking ahead"): the trend,
/// the week it would be met at this pace, and — for `weeks-met` goals — the earliest week
/// it could be met at all.
public struct Outlook: Sendable, Hashable {
  /// The fitted line's change per week (rounded to 9 decimals); `nil` with fewer than 3
  /// weeks of values.
  public var trend: Double?
  /// The first week within 26 non-break weeks after the report week in which the goal
  /// would be met if the line continued.
  public var forecast: ISOWeek?
  /// Why there is no forecast; `nil` when there is one.
  public var reason: NoForecast?
  /// `weeks-met` goals only: the first week in which the goal could be met if every week
  /// from the next one on met the target.
  public var earliest: ISOWeek?
  /// How many non-break weeks from the next week up to `earliest`, both included: "needs
  /// the next 2 weeks on target".
  public var weeksNeeded: Int?
}

/// Why a goal has no forecast, as a value; `description` is the English wording that
/// `status --json` carries as `forecastReason`.
public enum NoForecast: Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Fewer than 3 weeks with a value in the phase: no line to continue.
  case tooFewWeeks
  /// The line is flat or heads away from the target.
  case movingAway
  /// The line heads for the target but does not reach it within 26 weeks.
  case notWithinHorizon

  public var description: String {
    switch self {
    case .tooFewWeeks: return "3 weeks of data needed for a trend"
    case .movingAway: return "moving away from the target"
    case .notWithinHorizon: return "not within 26 weeks at this pace"
    }
  }
}

extension NoForecast {
  /// The reason in a person's language, for `status` (the JSON keeps `description`).
  public func words(in language: Language) -> String {
    switch self {
    case .tooFewWeeks:
      return language.say(
        en: description, fi: "trendiin tarvitaan 3 viikon tiedot",
        nl: "voor een trend zijn 3 weken gegevens nodig")
    case .movingAway:
      return language.say(
        en: description, fi: "loittonee tavoitteesta", nl: "beweegt van het doel af")
    case .notWithinHorizon:
      return language.say(
        en: description, fi: "ei 26 viikon kuluessa tällä tahdilla",
        nl: "niet binnen 26 weken in dit tempo")
    }
  }
}
