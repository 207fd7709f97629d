/// The plan's keys, one table per kind of mapping: which keys exist, what each holds,
/// which are required, and a description for people. The loader's unknown-key check and
/// required-key messages read these tables, and `rollout schema` is generated from them,
/// so the two cannot drift: a new plan key is added here (and read in `PlanLoader`).
public enum PlanShape {
  /// The top level of a plan.
  public static let plan = PlanMapping(
    name: "plan", what: "the plan",
    help: "A rollout plan: phases in rollout order, each with the goals that open its gate.",
    keys: [
      PlanKey(
        "plan", .text, required: true, example: "Web strategy rollout",
        help: "The plan's title, shown at the top of every report."),
      PlanKey("owner", .text, help: "Who owns the rollout, shown in reports."),
      PlanKey(
        "starts", .date, required: true, example: "2026-08-31",
        help: "The first phase starts in this date's week. Write the date as 2026-08-31."),
      PlanKey(
        "language", .choice(Language.allCases.map(\.rawValue)), default: "en",
        help: "The language of the reports: en (English), fi (Finnish) or nl (Dutch)."),
      PlanKey(
        "unlock", .choice(UnlockMode.allCases.map(\.rawValue)), default: "automatic",
        help: """
          automatic: a phase passes its gate when all its required goals are met. \
          decision: a phase passes only when management records a 'go' decision.
          """),
      PlanKey(
        "journal", .text,
        help: "Where the journal is, relative to the plan. Default: beside the plan, "
          + "named after it (plan.journal.yaml)."),
      PlanKey(
        "objectives", .list(.mapping(objective)),
        help: "The organisation's goals that this plan serves. Goals name them in 'serves'."),
      PlanKey(
        "metrics", .named(metric),
        help: "The numbers the team measures, each under its own name. Quantitative goals "
          + "name one in 'metric'."),
      PlanKey(
        "breaks", .list(.mapping(breakItem)),
        help: "Weeks in which no metric counts, such as holidays. They do not make a phase "
          + "late: its planned end moves one week later for each break week."),
      PlanKey(
        "phases", .list(.mapping(phase), atLeast: 1), required: true,
        example: "a list of phases, each with id, title, weeks, goals",
        help: "The phases, in the order they are rolled out. Each phase unlocks when the one "
          + "before it passes its gate."),
    ])

  /// One item of `objectives:`.
  public static let objective = PlanMapping(
    name: "objective", what: "an objective",
    help: "A goal of the organisation that the plan serves.",
    keys: [
      .id(of: "objective", example: "fast-service"),
      .title(of: "objective"),
    ])

  /// One metric under `metrics:`, named by its key.
  public static let metric = PlanMapping(
    name: "metric", what: "a metric",
    help: "Something the team measures and logs with 'rollout metric', such as a response "
      + "time or a satisfaction score.",
    keys: [
      PlanKey("title", .text, help: "How reports name the metric. Default: its name."),
      PlanKey("unit", .text, help: "Shown after every value, such as h, \"%\" or \"/5\"."),
      PlanKey(
        "better", .choice(Direction.allCases.map(\.rawValue)), default: "higher",
        help: "Which way is better: higher (more is better) or lower (less is better)."),
      PlanKey(
        "combine", .choice(Combine.allCases.map(\.rawValue)), default: "last",
        help: "How several values logged in one week make that week's value: last, sum, "
          + "mean, max or min."),
      PlanKey(
        "range", .span, example: "[1, 5]",
        help: "The plausible values, lowest and highest, such as [1, 5]. A value outside is "
          + "refused as a probable typo unless the command is given --force."),
      PlanKey(
        "import", .oneOrList(.text), example: "[Sessions, Istunnot]",
        help: "The column names that give this metric when 'rollout import' reads an "
          + "export with one column per metric (GA4, Matomo, Search Console, Meta, "
          + "LinkedIn, Excel). Case and surrounding spaces do not matter."),
    ])

  /// One item of `breaks:`.
  public static let breakItem = PlanMapping(
    name: "break", what: "a break",
    help: "Weeks in which no metric counts.",
    keys: [
      PlanKey(
        "weeks", .weekRange, required: true, example: "2026-W52..2027-W01",
        help: "One week such as 2026-W52, or FROM..TO such as 2026-W52..2027-W01."),
      PlanKey(
        "reason", .text, required: true, example: "Christmas and New Year",
        help: "Why there is a break, shown in reports."),
    ])

  /// One item of `phases:`.
  public static let phase = PlanMapping(
    name: "phase", what: "a phase",
    help: "A step of the rollout, with the goals that must be met before the next one starts.",
    keys: [
      .id(of: "phase", example: "listen"),
      .title(of: "phase"),
      PlanKey(
        "weeks", .whole(1...520), required: true, example: "6",
        help: "How many weeks the phase is planned to take."),
      PlanKey("summary", .text, help: "A few words about the phase, shown in reports."),
      PlanKey(
        "goals", .list(.mapping(goal), atLeast: 1), required: true, example: "a list of goals",
        help: "The phase's goals. Without 'metric' a goal is qualitative: people judge it. "
          + "With 'metric' it is quantitative: measured."),
    ])

  /// One item of a phase's `goals:`.
  public static let goal = PlanMapping(
    name: "goal", what: "a goal",
    help: "What must be true before the phase's gate passes.",
    keys: [
      .id(of: "goal", example: "first-response", unique: ", unique in the whole plan"),
      .title(of: "goal"),
      PlanKey("description", .text, help: "What \"met\" looks like, in words."),
      PlanKey(
        "evidence", .whole(0...1000), default: "0", conflicts: "metric",
        help: "Qualitative goals: how many supporting notes must be linked to the goal before "
          + "it can be met."),
      PlanKey(
        "serves", .oneOrList(.id), help: "The ids of the objectives this goal serves."),
      PlanKey(
        "required", .flag, default: "true",
        help: "false: the goal is followed in reports but never holds the gate back."),
      PlanKey(
        "metric", .id,
        help: "Makes the goal quantitative: the name of the metric, under 'metrics', that "
          + "measures it."),
      PlanKey(
        "target", .target, example: "\"<= 24\"", needs: "metric", requiredWith: "metric",
        help: "The value to reach: a comparison and a number, in quotes, such as \"<= 24\" "
          + "or \">= 4.5\"."),
      PlanKey(
        "window", .whole(1...520), default: "1", needs: "metric",
        help: "How many of the latest weeks with a value count."),
      PlanKey(
        "aggregate", .choice(Aggregate.allCases.map(\.rawValue)), default: "latest",
        needs: "metric",
        help: "How the window's weekly values become the goal's value: latest, mean, "
          + "median, min, max or sum."),
      PlanKey(
        "weeks-met", .whole(1...520), needs: "metric", conflicts: "aggregate",
        help: "Instead of 'aggregate': at least this many of the window's weeks must meet "
          + "the target."),
      PlanKey(
        "baseline", .number, needs: "metric",
        help: "The starting value, for the progress shown in reports."),
      PlanKey(
        "channel", .text, needs: "metric",
        help: "Only values logged for this channel count, such as chat or phone."),
    ])
}

/// The keys of one kind of mapping in a plan.
public struct PlanMapping: Sendable {
  /// The mapping's name in the schema: `goal`.
  public let name: String
  /// How messages name such a mapping: "a goal".
  public let what: String
  public let help: String
  public let keys: [PlanKey]

  public var names: [String] { keys.map(\.name) }

  /// The key called `name`; a name missing from the table is a programming error.
  public subscript(name: String) -> PlanKey {
    guard let key = keys.first(where: { $0.name == name }) else {
      preconditionFailure("'\(name)' is not in the table of \(what)")
    }
    return key
  }
}

/// One key of a plan mapping.
public struct PlanKey: Sendable {
  public let name: String
  public let value: PlanValue
  public let required: Bool
  /// The value shown when the key is left out, as YAML writes it.
  public let defaultValue: String?
  /// What the "add 'key: …'" fix suggests.
  public let example: String
  /// The key may only be given together with this one.
  public let needs: String?
  /// The key is required whenever this one is given.
  public let requiredWith: String?
  /// The key may not be given together with this one.
  public let conflicts: String?
  /// What the key means, for a person writing the plan.
  public let help: String

  init(
    _ name: String, _ value: PlanValue, required: Bool = false, default defaultValue: String? = nil,
    example: String = "", needs: String? = nil, requiredWith: String? = nil,
    conflicts: String? = nil, help: String
  ) {
    self.name = name
    self.value = value
    self.required = required
    self.defaultValue = defaultValue
    self.example = example
    self.needs = needs
    self.requiredWith = requiredWith
    self.conflicts = conflicts
    self.help = help
  }

  /// The `id` of the mappings that other parts of the plan and the journal name (objective,
  /// phase, goal): the id rule is worded here once.
  static func id(of what: String, example: String, unique: String = "") -> PlanKey {
    PlanKey(
      "id", .id, required: true, example: example,
      help: "A short name for the \(what)\(unique): lowercase letters, digits, - and _.")
  }

  /// The `title` of an objective, a phase or a goal.
  static func title(of what: String) -> PlanKey {
    PlanKey("title", .text, required: true, help: "The \(what), in words.")
  }

  /// The allowed range of a whole-number key.
  public var range: ClosedRange<Int> {
    guard case .whole(let range) = value else {
      preconditionFailure("'\(name)' is not a whole number")
    }
    return range
  }
}

/// What a plan key's value must be.
public indirect enum PlanValue: Sendable {
  /// Any text (numbers and booleans keep their written form).
  case text
  /// An id: lowercase letters, digits, `-` and `_`.
  case id
  /// A calendar date.
  case date
  /// An ISO week (`2026-W52`) or a range of them (`2026-W52..2027-W01`).
  case weekRange
  /// A whole number within the range.
  case whole(ClosedRange<Int>)
  /// A finite number; a decimal comma is accepted.
  case number
  /// Two finite numbers, the lowest and the highest: `[1, 5]`.
  case span
  /// true or false.
  case flag
  /// One of these words.
  case choice([String])
  /// A comparison and a number, such as `<= 24`.
  case target
  /// A list of values, with at least this many items.
  case list(PlanValue, atLeast: Int = 0)
  /// One value, or a list of them.
  case oneOrList(PlanValue)
  /// A mapping with its own keys.
  case mapping(PlanMapping)
  /// A mapping from ids to mappings of one kind (a bare `name:` takes every default).
  case named(PlanMapping)
}
