import Foundation
import RolloutKit
import YAML

// libFuzzer's driver, called from our own main because SwiftPM renames an executable's
// entry point and libFuzzer's main would not be found.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The plan every fuzzed journal is read against: both kinds of goal, two phases, metrics
/// with and without a channel, so that the reference checks have something to find.
let journalPlan: Plan = {
  let text = """
    plan: Fuzz plan
    starts: 2026-11-02
    metrics:
      response_time_h: {title: Response time, unit: h, better: lower}
      csat: {title: Satisfaction}
    phases:
      - id: pilot
        title: Pilot
        weeks: 4
        goals:
          - {id: personas, title: Personas, evidence: 1}
          - {id: first-response, title: First answer, metric: response_time_h, target: "<= 24"}
      - id: scale
        title: Scale
        weeks: 4
        goals:
          - {id: tone, title: Tone}
          - {id: satisfaction, title: Satisfied, metric: csat, target: ">= 4", channel: chat}

    """
  guard let plan = PlanLoader.decode(Array(text.utf8), file: "plan.yaml").0 else {
    fatalError("the fuzz driver's own plan does not load")
  }
  return plan
}()

/// Reads `line` as a one-line journal and returns its only entry, or `nil`.
func readBack(_ line: String) -> Entry? {
  let contents = JournalReader.read(Array((line + "\n").utf8), file: "j", plan: journalPlan)
  guard contents.entries.count == 1 else { return nil }
  return contents.entries[0]
}

/// Properties of the journal reader beyond "does not crash": every entry it accepts is
/// written back by `EntryCodec.line` to a line that reads as the same entry, through the
/// fast path (canonical) and through the YAML parser (the same line with one more space
/// after the dash, which the fast path refuses).
func checkRoundTrip(_ entry: Entry) {
  var expected = entry
  expected.line = 1
  let line = EntryCodec.line(entry)
  guard let fast = readBack(line), fast == expected else {
    fatalError("round trip changed the entry:\n\(line)\n\(String(describing: readBack(line)))")
  }
  let slowLine = "-  " + line.dropFirst(2)
  guard let slow = readBack(slowLine), slow == expected else {
    fatalError(
      "the YAML path disagrees:\n\(slowLine)\n\(String(describing: readBack(slowLine)))")
  }
}

/// Every way a number is written for a person or a script, in each language; `plain`
/// keeps every digit, so it must read back as the same number.
func formatNumbers(_ bytes: [UInt8]) {
  var values: [Double] = [0, -0.0, .infinity, -.infinity, .nan, .greatestFiniteMagnitude]
  var k = 0
  while k + 8 <= bytes.count {
    var bits: UInt64 = 0
    for b in bytes[k..<(k + 8)] { bits = bits << 8 | UInt64(b) }
    values.append(Double(bitPattern: bits))
    k += 8
  }
  for value in values {
    let plain = NumberText.plain(value)
    if value.isFinite, Double(plain) != value {
      fatalError("NumberText.plain(\(value.bitPattern)) = \(plain) does not read back")
    }
    _ = NumberText.twoDecimals(value)
    for language in Language.allCases {
      _ = language.number(value)
      _ = language.exact(value)
    }
  }
}

/// The entries the input holds as a journal, evaluated and built into a report in each
/// language, rendered through the shipped templates and through the input itself as a
/// Mustache template (Markdown and HTML): no crash, no hang, whatever the values or the
/// template.
func renderReports(_ bytes: [UInt8], entries: EntryStore) {
  let week = ISOWeek(year: 2026, week: 48)!
  let evaluation = GateEngine.evaluate(plan: journalPlan, entries: entries, week: week)
  let template = String(decoding: bytes, as: UTF8.self)
  for language in Language.allCases {
    for (format, markup) in [(ReportFormat.markdown, ReportMarkup.markdown), (.html, .html)] {
      let report = ReportBuilder.build(
        evaluation: evaluation, entries: entries, phase: "pilot", language: language,
        markup: markup)
      let shipped = ReportRenderer.defaultTemplate(for: language, format: format)
      for text in language == .en ? [shipped, template] : [shipped] {
        _ =
          format == .html
          ? try? ReportRenderer.html(report, template: text, file: "fuzz.mustache")
          : try? ReportRenderer.markdown(report, template: text, file: "fuzz.mustache")
      }
    }
  }
}

/// One input, fed to every reader of user files, to the number formatting and to the
/// report renderer; none of them may crash or hang.
let fuzzOne: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? Parser().parse(bytes)
  _ = PlanLoader.decode(bytes, file: "fuzz.yaml")
  let journal = JournalReader.read(bytes, file: "fuzz.journal.yaml", plan: journalPlan)
  for entry in journal.entries { checkRoundTrip(entry) }
  formatNumbers(bytes)
  renderReports(bytes, entries: journal.entries)
  return 0
}

_ = journalPlan
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzOne))
