import Foundation

/// docs/gates.md: a stop is final. The writing commands refuse a decision after it; a journal
/// edited by hand, or merged by git, may hold one anyway. The gate engine ignores it, and
/// `check` names it so that a person sees the record does not say what it seems to.
enum StopCheck {
  /// A later line's decision about a stopped phase, for the stop's week or after.
  struct Conflict: Sendable, Hashable {
    var decision: Entry
    var stop: Entry
  }

  /// Every decision that comes after a stop in force in the journal, in journal order.
  static func conflicts(_ entries: EntryStore) -> [Conflict] {
    let withdrawals = Withdrawals(entries)
    var stops: [String: Entry] = [:]  // phase → the first stop in force
    var found: [Conflict] = []
    // Only decisions matter: the others are not made into entries.
    for k in entries.indices where entries.kind(k) == .decide {
      let entry = entries[k]
      guard let d = entry.decisionBody, withdrawals.withdrawal(of: entry.id) == nil else {
        continue
      }
      if let stop = stops[d.phase], entry.week >= stop.week {
        found.append(Conflict(decision: entry, stop: stop))
      } else if d.decision == .stop, stops[d.phase] == nil {
        stops[d.phase] = entry
      }
    }
    return found
  }

  /// The conflicts as errors at the decision's `decision` field; `lines` gives a line's
  /// bytes by its number, to find the column.
  static func diagnostics(_ entries: EntryStore, file: String, lines: (Int) -> [UInt8]?)
    -> [Diagnostic]
  {
    conflicts(entries).map { c in
      let bytes = lines(c.decision.line) ?? []
      let column = bytes.withUnsafeBufferPointer {
        JournalReader.column(of: "decision", $0, 0..<bytes.count)
      }
      let kind = c.decision.decisionBody?.decision.rawValue ?? "decision"
      return Diagnostic(
        file: file, line: c.decision.line, column: column,
        JournalProblem.afterStop(
          decision: kind, phase: c.decision.decisionBody?.phase ?? "", week: c.decision.week,
          stopWeek: c.stop.week, stopLine: c.stop.line))
    }
  }
}
