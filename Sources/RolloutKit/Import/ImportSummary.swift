/// What `rollout import` says when it is done: the columns it left out, and for a dry run
/// a table of what would be logged, one line per metric, week and channel.
public enum ImportSummary {
  /// `ignored: Engagement rate, Bounce rate`, said once per file.
  public static func ignored(_ columns: [String], language l: Language = .en) -> String {
    let list = columns.joined(separator: ", ")
    return l.say(
      en:
        "ignored: \(list) (no metric; map one with --map 'COLUMN=METRIC' or the plan's 'import:')",
      fi:
        "ohitettu: \(list) (ei mittaria; yhdistä valitsimella --map 'SARAKE=MITTARI' tai suunnitelman 'import:'-kohdassa)",
      nl:
        "overgeslagen: \(list) (geen meetwaarde; koppel er een met --map 'KOLOM=MEETWAARDE' of met 'import:' in het plan)"
    )
  }

  /// One line per metric, week and channel: how many values, and the week's value they
  /// make by the metric's `combine` (the same rule the gates use), aligned as plain text.
  public static func table(_ entries: [Entry], plan: Plan, language l: Language = .en) -> String {
    struct Key: Hashable, Comparable {
      var metric: String
      var week: ISOWeek
      var channel: String
      static func < (a: Key, b: Key) -> Bool {
        (a.metric, a.week, a.channel) < (b.metric, b.week, b.channel)
      }
    }
    var weeks: [Key: (count: Int, values: WeekAccumulator)] = [:]
    for entry in entries {
      guard case .metric(let m) = entry.body else { continue }
      let key = Key(metric: m.metric, week: entry.week, channel: m.channel ?? "")
      weeks[key, default: (0, WeekAccumulator())].count += 1
      weeks[key]!.values.add(m.value)
    }
    guard !weeks.isEmpty else { return "" }
    let withChannel = weeks.keys.contains { !$0.channel.isEmpty }
    var lines: [[String]] = [
      [
        l.say(en: "metric", fi: "mittari", nl: "meetwaarde"),
        l.say(en: "week", fi: "viikko", nl: "week"),
      ]
        + (withChannel ? [l.say(en: "channel", fi: "kanava", nl: "kanaal")] : [])
        + [
          l.say(en: "values", fi: "arvoja", nl: "waarden"),
          l.say(en: "week's value", fi: "viikon arvo", nl: "weekwaarde"),
        ]
    ]
    for key in weeks.keys.sorted() {
      let (count, values) = weeks[key]!
      let combine = plan.metric(key.metric)?.combine ?? .last
      // Two decimals are enough to check a week at a glance (a mean of 12.025 → 12.03).
      let value = l.number(values.value(combine)) + (count > 1 ? " (\(combine.words(in: l)))" : "")
      lines.append(
        [key.metric, key.week.description] + (withChannel ? [key.channel] : [])
          + [String(count), value])
    }
    return align(lines, rightAligned: withChannel ? [3] : [2])
  }

  /// Columns padded to their widest cell, two spaces apart; numbers right-aligned.
  static func align(_ lines: [[String]], rightAligned: Set<Int>) -> String {
    let widths = lines[0].indices.map { i in lines.map { $0[i].count }.max() ?? 0 }
    return lines.map { cells in
      cells.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        if i == cells.count - 1 { return rightAligned.contains(i) ? pad + cell : cell }
        return rightAligned.contains(i) ? pad + cell : cell + pad
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  public static func dryRun(count: Int, language l: Language = .en) -> String {
    l.say(
      en:
        "\(count) \(count == 1 ? "value is" : "values are") valid; nothing was logged (--dry-run).",
      fi:
        "\(count) \(count == 1 ? "arvo on" : "arvoa on") kunnossa; mitään ei kirjattu (--dry-run).",
      nl:
        "\(count) \(count == 1 ? "waarde is" : "waarden zijn") in orde; er is niets gelogd (--dry-run)."
    )
  }

  public static func logged(count: Int, file: String, language l: Language = .en) -> String {
    l.say(
      en: "\(count) metric \(count == 1 ? "value" : "values") logged from \(file).",
      fi: "\(count) \(count == 1 ? "mittariarvo" : "mittariarvoa") kirjattu tiedostosta \(file).",
      nl: "\(count) \(count == 1 ? "meetwaarde" : "meetwaarden") gelogd uit \(file).")
  }
}
