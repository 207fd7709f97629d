extension Aggregate {
  /// The word for how values became one: `status` names a goal's aggregate with it
  /// (`mediaani, 4 viikkoa`), and `Combine` borrows it for the import's dry run.
  public func words(in l: Language) -> String {
    switch self {
    case .latest: return l.say(en: "latest", fi: "viimeisin", nl: "laatste")
    case .mean: return l.say(en: "mean", fi: "keskiarvo", nl: "gemiddelde")
    case .median: return l.say(en: "median", fi: "mediaani", nl: "mediaan")
    case .min: return l.say(en: "min", fi: "pienin", nl: "laagste")
    case .max: return l.say(en: "max", fi: "suurin", nl: "hoogste")
    case .sum: return l.say(en: "sum", fi: "summa", nl: "som")
    }
  }
}

extension Combine {
  /// How a week's values became one, as the dry run's table names it: the aggregate's word
  /// of the same name; only `last` is said apart (English "last", not "latest").
  public func words(in l: Language) -> String {
    switch self {
    case .last: return l == .en ? "last" : Aggregate.latest.words(in: l)
    case .sum: return Aggregate.sum.words(in: l)
    case .mean: return Aggregate.mean.words(in: l)
    case .max: return Aggregate.max.words(in: l)
    case .min: return Aggregate.min.words(in: l)
    }
  }
}
