extension PendingReason {
  /// Why the goal is pending, as `status` says it; the English is `description`, which
  /// `status --json` carries. (Reports word it in `ReportWords.swift`, for their readers.)
  public func words(in l: Language) -> String {
    switch self {
    case .phaseLocked:
      return l.say(en: description, fi: "vaihe lukittu", nl: "fase op slot")
    case .weeksOfData(let have, let need):
      return l.say(
        en: description, fi: "dataa \(have)/\(need) viikolta",
        nl: "gegevens over \(have) van \(need) \(need == 1 ? "week" : "weken")")
    case .stale(let week):
      return l.say(
        en: description, fi: "ei tuoretta dataa (viimeisin arvo \(week))",
        nl: "verouderd: laatste waarde \(week)")
    case .notAssessed:
      return l.say(en: description, fi: "ei arvioitu", nl: "niet beoordeeld")
    case .evidence(let have, let need):
      return l.say(
        en: description, fi: "tukevia havaintoja \(have)/\(need)",
        nl: "\(have) van \(need) ondersteunende notities")
    }
  }
}
