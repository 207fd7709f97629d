import Foundation
import RolloutKit

/// The plan of `Tests/Fixtures/journal/plan.yaml`, built in code: 'pilot' opens in
/// 2026-W45 and 'scale' is locked behind it.
let journalTestPlan = Plan(
  title: "Journal test plan", starts: CalendarDate(year: 2026, month: 11, day: 2)!,
  metrics: [
    Metric(id: "response_time_h", title: "Median first-response time", better: .lower),
    Metric(id: "csat", title: "Customer satisfaction"),
  ],
  phases: [
    Phase(
      id: "pilot", title: "Pilot", weeks: 4,
      goals: [
        Goal(id: "personas", title: "Personas", kind: .qualitative(evidence: 1)),
        Goal(
          id: "first-response", title: "First answer",
          kind: .quantitative(Measure(metric: "response_time_h", target: Target(.lessOrEqual, 24)))),
      ]),
    Phase(
      id: "scale", title: "Scale", weeks: 4,
      goals: [
        Goal(id: "tone", title: "Tone", kind: .qualitative(evidence: 0)),
        Goal(
          id: "satisfaction", title: "Satisfaction",
          kind: .quantitative(Measure(metric: "csat", target: Target(.greaterOrEqual, 4)))),
      ]),
  ])

let w48 = ISOWeek(year: 2026, week: 48)!

/// An entry of each kind, as the tool would write them.
func sampleEntry(_ kind: Entry.Kind, text: String = "Customers thanked us", id: String = "c0ffee01")
  -> Entry
{
  let body: Entry.Body
  switch kind {
  case .note:
    body = .note(
      Note(
        phase: "pilot", goal: "personas", tags: ["chat", "faq"], channel: "chat",
        sentiment: .positive, text: text))
  case .metric:
    body = .metric(MetricValue(metric: "response_time_h", value: 18.5, channel: "chat", text: text))
  case .assess: body = .assess(Assessment(goal: "personas", verdict: .notMet, text: text))
  case .decide: body = .decide(Decision(phase: "pilot", decision: .hold, text: text))
  case .retract: body = .retract(Retraction(target: "c0ffee01", text: text))
  }
  return Entry(
    id: kind == .retract ? "d0ffee02" : id, at: "2026-11-25T10:02:11+02:00", week: w48,
    author: "Aino", body: body)
}

/// Reads journal text against the test plan.
func readJournal(_ text: String, plan: Plan = journalTestPlan) -> JournalContents {
  JournalReader.read(Array(text.utf8), file: "j.yaml", plan: plan)
}

/// A fresh temporary file path (the file does not exist yet).
func scratchPath(_ name: String = "journal.yaml") -> String {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("rollout-journal-\(UUID().uuidString.prefix(8))")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder.appendingPathComponent(name).path
}

func bytes(at path: String) -> [UInt8] {
  FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
}
