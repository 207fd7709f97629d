/// A week in which a metric under `combine: last` had values from more than one channel,
/// for a goal that names no channel: only the value logged last counted, and the others
/// were left out (docs/gates.md). The report and `status` say so, so that a goal about
/// "every channel" never reads as if every channel had been measured.
public struct SeveralChannels: Sendable, Hashable {
  public var week: ISOWeek
  /// The channels with a value that week, sorted.
  public var channels: [String]

  public init(week: ISOWeek, channels: [String]) {
    self.week = week
    self.channels = channels
  }
}

extension JournalIndex {
  /// The weeks in which `metric` has values from two or more channels, and those channels.
  func weeksOfSeveralChannels(metric: String) -> [ISOWeek: [String]] {
    var channels: [ISOWeek: [String]] = [:]
    for (key, weeks) in weeksByMetricChannel where key.metric == metric {
      for week in weeks.keys { channels[week, default: []].append(key.channel) }
    }
    return channels.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
  }
}

extension [SeveralChannels] {
  /// One sentence for the report and `status`, the weeks written by `week`: "values from
  /// several channels (chat, some) in W47, W48; under combine: last only the value logged
  /// last counted".
  public func words(in l: Language, week: (ISOWeek) -> String) -> String {
    let channels = Set(flatMap(\.channels)).sorted().joined(separator: ", ")
    let weeks = map { week($0.week) }.joined(separator: ", ")
    return l.say(
      en: "values from several channels (\(channels)) in \(weeks); under combine: last only "
        + "the value logged last counted",
      fi: "arvoja usealta kanavalta (\(channels)): \(weeks); combine: last -säännön vuoksi "
        + "vain viimeksi kirjattu arvo laskettiin",
      nl: "waarden uit meerdere kanalen (\(channels)) in \(weeks); door combine: last telde "
        + "alleen de laatst gelogde waarde")
  }
}
