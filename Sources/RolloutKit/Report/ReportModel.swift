/// The management report's data (docs/reports.md), built by `ReportBuilder` from an evaluation and
/// the entries, filled into a Mustache template by `ReportRenderer`, and written as-is by
/// `--format json`. Every text is already escaped for Markdown and worded in the report's
/// language; text meant for a Mermaid chart is escaped for Mermaid instead. Optional text
/// is an empty string with a `has…` flag, so that a template never picks up a same-named
/// value from an enclosing section. `Templates/README.md` documents every field.
public struct Report: Sendable, Hashable, Codable {
  public var language: String
  /// `2026-W48`.
  public var week: String
  /// `week 48 (23–29 Nov 2026)`.
  public var weekLabel: String
  public var plan: String
  public var owner: String
  public var hasOwner: Bool
  public var phase: PhaseRow
  public var phaseCount: Int
  public var verdict: GateVerdict
  public var phases: [PhaseRow]
  /// Since last week: what changed since W−1.
  public var changes: SinceLastWeek
  public var qualitative: [QualitativeGoal]
  public var hasQualitative: Bool
  public var quantitative: [QuantitativeGoal]
  public var hasQuantitative: Bool
  public var feedback: Feedback
  public var decisions: [DecisionRow]
  public var hasDecisions: Bool
  public var due: [DueItem]
  public var hasDue: Bool
  public var objectives: [ObjectiveItem]
  public var hasObjectives: Bool
  public var next: NextPhase?
  public var hasNext: Bool
  /// HTML only (else empty): plan, phase and week for the printed page's footer, escaped
  /// as the inside of a CSS string, for `content: "{{{printFooter}}}"` in a `<style>`.
  public var printFooter: String
  /// The plan's breaks that touch the reported phase: its planned span, the weeks it has
  /// run, and the weeks up to its forecast pass.
  public var breaks: [BreakRow] = []
  public var hasBreaks: Bool = false
}

/// A break of the plan, as the report lists it (docs/gates.md "Breaks").
public struct BreakRow: Sendable, Hashable, Codable {
  /// `W52 – W1/2027`.
  public var weeks: String
  public var reason: String
}

/// The gate verdict line: a status word and what it rests on.
public struct GateVerdict: Sendable, Hashable, Codable {
  /// `passed` · `ready` · `not-yet` · `on-hold` · `stopped` · `not-started`.
  public var state: String
  /// The status word in capitals: `NOT YET`.
  public var word: String
  /// `2 of 4 required goals met`.
  public var detail: String
  public var overdue: String
  public var isOverdue: Bool
  public var overdueWeeks: Int
  /// For a passed phase whose goals slipped since: a warning.
  public var warning: String
  public var hasWarning: Bool
  /// docs/gates.md: `at this pace passes in W3/2027` — every required goal met or forecast.
  public var forecastPass: String = ""
  public var hasForecastPass: Bool = false
  /// Passed by a go with a required goal unmet: a different badge, never the pass's green.
  public var isOverride: Bool = false
}

/// Since last week (docs/reports.md, item 1): the goals whose status changed since W−1 and the
/// values that moved.
public struct SinceLastWeek: Sendable, Hashable, Codable {
  /// The week before the report week: `W47`.
  public var previousWeek: String
  public var items: [Change]
  public var hasChanges: Bool
  /// The one line a report shows when nothing changed.
  public var nothingChanged: String
}

/// One goal's change since last week.
public struct Change: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  public var status: String
  public var previousStatus: String
  public var statusChanged: Bool
  /// `open → met; 18.5 h ↓ from 20 h`.
  public var text: String
}

/// One phase in the summary table (and the reported phase itself).
public struct PhaseRow: Sendable, Hashable, Codable {
  public var id: String
  public var number: Int
  public var title: String
  public var summary: String
  public var hasSummary: Bool
  /// `locked` · `active` · `passed` · `stopped`.
  public var state: String
  public var stateLabel: String
  /// Planned weeks: `W36–W41 (6 weeks)`.
  public var planned: String
  /// Actual weeks: `W36–W40 (5 weeks)`, `since W42 (7 weeks)` or `—`.
  public var actual: String
  public var overdue: String
  public var isOverdue: Bool
  /// The phase this report is about.
  public var isReported: Bool
  /// `2 of 4`.
  public var goalsMet: String
  /// A passed phase whose go was an override: a required goal was unmet in its week.
  public var isOverride: Bool = false
}

public struct QualitativeGoal: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  public var description: String
  public var hasDescription: Bool
  public var required: Bool
  public var requiredLabel: String
  /// `met` · `not-met` · `pending`.
  public var status: String
  public var statusLabel: String
  public var reason: String
  public var hasReason: Bool
  public var assessment: AssessmentInfo?
  public var hasAssessment: Bool
  public var evidence: Int
  public var evidenceRequired: Int
  public var evidenceLabel: String
  /// Up to three, newest first.
  public var quotes: [Quote]
  public var hasQuotes: Bool
  /// Linked notes with sentiment negative: counted and shown apart, never as support.
  public var counterEvidence: Int
  /// `1 note against`.
  public var counterEvidenceLabel: String
  public var hasCounterEvidence: Bool
  /// Up to three, newest first.
  public var counterQuotes: [Quote]
}

public struct AssessmentInfo: Sendable, Hashable, Codable {
  public var verdict: String
  public var verdictLabel: String
  public var author: String
  public var week: String
  public var text: String
  public var hasText: Bool
}

public struct Quote: Sendable, Hashable, Codable {
  public var id: String
  /// The note on one line, for a table cell or a list item.
  public var text: String
  /// The note for a `> ` blockquote line, its line breaks kept (see `MarkdownEscape`).
  public var block: String
  public var author: String
  public var week: String
  public var sentiment: String
  public var hasSentiment: Bool
  public var channel: String
  public var hasChannel: Bool
  /// A note from `rollout serve`'s form, with the token's name: `via web form (helpdesk)`.
  public var via: String = ""
  public var hasVia: Bool = false
}

public struct QuantitativeGoal: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  public var description: String
  public var hasDescription: Bool
  public var required: Bool
  public var requiredLabel: String
  public var metricID: String
  public var metric: String
  public var unit: String
  public var channel: String
  public var hasChannel: Bool
  /// `18.5 h`, or `—` with no value yet.
  public var value: String
  public var hasValue: Bool
  /// `≤ 24 h`.
  public var target: String
  /// `median of the last 4 weeks`.
  public var window: String
  /// The window as the value was taken: `window` while it is full, else what the value is
  /// made of so far (`median of 2 weeks so far (3 needed)`).
  public var measured: String
  /// `3 of 4 weeks with data`.
  public var dataWeeks: String
  public var weeksMet: String
  public var hasWeeksMet: Bool
  public var status: String
  public var statusLabel: String
  public var reason: String
  public var hasReason: Bool
  /// `75%` or `—`; for a `weeks-met` goal, `2 of 3 weeks met`. Only a met goal shows 100%.
  public var progress: String
  /// The baseline of the progress grade (not for `weeks-met` goals, counted in weeks).
  public var baseline: String
  public var hasBaseline: Bool
  /// `▇▆·▂`, one character per week from the first value to the last; `·` for a week
  /// without a value.
  public var sparkline: String
  /// Some week in the trend has no value (a `·` in the sparkline, a week left out of the
  /// chart).
  public var hasGaps: Bool
  public var hasTrend: Bool
  /// The weeks the trend covers: `W44–W48`.
  public var trendWeeks: String
  public var chart: Chart?
  public var hasChart: Bool
  /// docs/gates.md "Looking ahead": `at this pace met in W3/2027`, `needs the next 2 weeks on
  /// target`, `moving away from the target`; given for goals not met in an active phase.
  public var forecast: String = ""
  public var hasForecast: Bool = false
  /// For a goal without a channel on a `combine: last` metric: the window's weeks whose
  /// values came from several channels, of which only the last counted (docs/gates.md).
  public var severalChannels: String = ""
  public var hasSeveralChannels: Bool = false
}

/// A Mermaid `xychart-beta`: texts escaped for Mermaid, numbers with a decimal point.
public struct Chart: Sendable, Hashable, Codable {
  public var title: String
  /// `"W44", "W45", "W46"`.
  public var xAxis: String
  public var yAxis: String
  /// `30, 26, 18.5`.
  public var values: String
  /// The target repeated for every week: `24, 24, 24`.
  public var target: String
  /// Weeks without a value between the first and the last were left out of the x-axis.
  public var hasGaps: Bool
  /// HTML only (else empty): the chart as an inline `<svg>` element, every text in it
  /// escaped, for `{{{svg}}}`.
  public var svg: String
  /// Break weeks lie between the first week and the last: the week after each is labelled
  /// with a `‖` in front.
  public var hasBreaks: Bool = false
}

public struct Feedback: Sendable, Hashable, Codable {
  public var count: Int
  public var countLabel: String
  /// `7 positive · 3 neutral · 2 negative`.
  public var tally: String
  public var groups: [FeedbackGroup]
  public var hasNotes: Bool
}

public struct FeedbackGroup: Sendable, Hashable, Codable {
  /// `tag` · `channel` · `other`.
  public var kind: String
  public var name: String
  public var isTag: Bool
  public var isChannel: Bool
  public var isOther: Bool
  public var countLabel: String
  public var tally: String
  public var notes: [Quote]
}

public struct DecisionRow: Sendable, Hashable, Codable {
  public var id: String
  public var week: String
  public var decision: String
  public var decisionLabel: String
  public var author: String
  public var reason: String
  /// The `go` that passed the phase with a required goal unmet in its week.
  public var isOverride: Bool
  /// The `go` of the pass week with every required goal met: it confirmed the pass.
  public var isConfirmation: Bool
}

public struct DueItem: Sendable, Hashable, Codable {
  public var text: String
}

public struct ObjectiveItem: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  public var goals: [ObjectiveGoal]
}

public struct ObjectiveGoal: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  public var phase: String
  public var status: String
  public var statusLabel: String
}

public struct NextPhase: Sendable, Hashable, Codable {
  public var id: String
  public var number: Int
  public var title: String
  public var summary: String
  public var hasSummary: Bool
  public var stateLabel: String
  public var planned: String
  /// When or how it unlocks, in a sentence.
  public var unlock: String
  public var goals: [NextGoal]
}

public struct NextGoal: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  /// `qualitative` · `quantitative`.
  public var kind: String
  /// `≤ 24 h (median of the last 4 weeks)` or `assessed, with 2 supporting notes`.
  public var measure: String
  public var requiredLabel: String
}
