import Foundation

/// What the drafts of one command are checked against: the plan, the journal, and the
/// drafts before them (an imported file's earlier rows).
struct CaptureContext {
  let plan: Plan
  let existing: EntryStore
  let thisWeek: ISOWeek
  let recording: Recording
  /// The shell's answer to "is this entry's phase open?": the refusal, or `nil`.
  let phaseLock: (Entry) -> Diagnostic?
  let withdrawals: Withdrawals
  var ids: Set<String>
  var values: LoggedValues
  var channels: KnownChannels

  /// What the drafts will be checked for. A single note is the common case, and it
  /// needs none of the journal-wide tables a CSV import of metric values does; building
  /// them for every note would cost more than reading the journal.
  struct Needs {
    var ids = false
    var values = false
    var channels = false

    init(_ drafts: [EntryDraft], _ partial: [PartialDraft] = []) {
      ids = drafts.count > 4 || drafts.contains { $0.body.isRetraction }
      values = drafts.contains { if case .metric = $0.body { return true } else { return false } }
      channels =
        drafts.contains { $0.body.channel != nil } || partial.contains { $0.channel != nil }
    }

    /// Everything, for callers that check without knowing the drafts up front.
    static let all: Needs = {
      var needs = Needs([])
      needs.ids = true
      needs.values = true
      needs.channels = true
      return needs
    }()
  }

  init(
    plan: Plan, existing: EntryStore, thisWeek: ISOWeek, recording: Recording,
    phaseLock: @escaping (Entry) -> Diagnostic?, needs: Needs = .all
  ) {
    self.plan = plan
    self.phaseLock = phaseLock
    self.existing = existing
    self.thisWeek = thisWeek
    self.recording = recording
    withdrawals = Withdrawals(
      needs.ids || needs.values || needs.channels ? existing : EntryStore())
    ids = needs.ids ? Set(existing.map(\.id)) : []
    idsComplete = needs.ids
    values = LoggedValues(needs.values ? existing : EntryStore(), withdrawals: withdrawals)
    channels = KnownChannels(
      plan: plan, entries: needs.channels ? existing : EntryStore(), withdrawals: withdrawals)
  }

  /// `ids` holds every id of the journal (else only those made by this command).
  let idsComplete: Bool

  /// A new id that no entry of the journal, nor of this command, has.
  mutating func freshID() -> String {
    let id = EntryID.make { [ids, idsComplete, existing] candidate in
      ids.contains(candidate) || (!idsComplete && existing.contains { $0.id == candidate })
    }
    ids.insert(id)
    return id
  }

  /// Every reason to refuse one entry.
  func refusals(_ entry: Entry) -> [Diagnostic] {
    var out = references(entry) + weekAndChannel(week: entry.week, channel: entry.channel)
    guard out.isEmpty else { return out }
    if let refusal = implausible(entry) { out.append(refusal) }
    if case .retract(let r) = entry.body, let by = withdrawals.withdrawal(of: r.target) {
      out.append(Diagnostic(CaptureRefusal.alreadyWithdrawn(r.target, by: by.id, line: by.line)))
    }
    if !recording.again, let repeated = values.repeated(entry) ?? repeatedNote(entry) {
      out.append(repeated)
    }
    if let refusal = phaseLock(entry) { out.append(refusal) }
    return out
  }

  /// The same note by the same person about the same phase and week, already in the
  /// journal and not withdrawn: a form sent twice, a command run twice.
  func repeatedNote(_ entry: Entry) -> Diagnostic? {
    guard case .note(let note) = entry.body else { return nil }
    let text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
    let earlier = existing.last { e in
      guard case .note(let n) = e.body else { return false }
      return e.week == entry.week && e.author == entry.author && n.phase == note.phase
        && n.goal == note.goal && n.text.trimmingCharacters(in: .whitespacesAndNewlines) == text
    }
    guard let earlier, Withdrawals(existing).withdrawal(of: earlier.id) == nil else { return nil }
    return Diagnostic(
      CaptureRefusal.repeatedNote(week: entry.week, id: earlier.id, line: earlier.line))
  }

  /// The problems of what could be read of a row that is refused anyway.
  func refusals(_ partial: PartialDraft) -> [Diagnostic] {
    var out: [Diagnostic] = []
    if let metric = partial.metric {
      let probe = Entry(
        id: "", at: "", week: partial.week ?? thisWeek, author: "",
        body: .metric(MetricValue(metric: metric, value: 0)))
      out += references(probe)
    }
    return out + weekAndChannel(week: partial.week, channel: partial.channel)
  }

  /// The names the entry refers to that the plan (or the journal) does not have.
  func references(_ entry: Entry) -> [Diagnostic] {
    EntryReferences.problems(of: entry, plan: plan, knownIDs: ids).map {
      Diagnostic(ReferenceDiagnosis($0, .command))
    }
  }

  /// Typo guards that `--force` lifts: a week still to come, a channel name close to a
  /// known one.
  func weekAndChannel(week: ISOWeek?, channel: String?) -> [Diagnostic] {
    guard !recording.force else { return [] }
    var out: [Diagnostic] = []
    if let week, week > thisWeek {
      out.append(Diagnostic(CaptureRefusal.futureWeek(week, thisWeek: thisWeek)))
    }
    if let channel, let refusal = channels.refusal(of: channel) { out.append(refusal) }
    return out
  }

  /// docs/plan.md `range:`: a value outside its metric's plausible values is a probable
  /// typo (`45` for `4.5`), refused unless `--force`.
  func implausible(_ entry: Entry) -> Diagnostic? {
    guard !recording.force, case .metric(let m) = entry.body,
      let range = plan.metrics.first(where: { $0.id == m.metric })?.range,
      !range.contains(m.value)
    else { return nil }
    return Diagnostic(CaptureRefusal.outsideRange(metric: m.metric, value: m.value, range: range))
  }

  /// Lets the drafts after this one see it, as if it were already in the journal.
  mutating func remember(_ entry: Entry, from draft: EntryDraft) {
    values.add(entry, file: draft.file, line: draft.line)
    if let channel = entry.channel { channels.add(channel) }
  }
}
