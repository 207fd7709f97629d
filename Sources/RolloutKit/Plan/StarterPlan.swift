import Foundation

/// The starter plans `rollout init` writes, from `Templates/plans/` (compiled in).
public enum StarterPlan {
  /// Template names, e.g. `basic`, `basic-fi`.
  public static var names: [String] {
    EmbeddedTemplates.files.keys
      .filter { $0.hasPrefix("plans/") && $0.hasSuffix(".yaml") }
      .map { String($0.dropFirst("plans/".count).dropLast(".yaml".count)) }
      .sorted()
  }

  /// The template's text with `{{starts}}` set to the Monday of `today`'s week, after
  /// the hint that leads an editor's YAML language server to the schema beside the plan.
  public static func text(named name: String, today: CalendarDate) -> String? {
    guard let template = EmbeddedTemplates.files["plans/\(name).yaml"] else { return nil }
    let monday = ISOWeek(today).monday
    return PlanSchema.editorHint + "\n"
      + template.replacingOccurrences(of: "{{starts}}", with: monday.description)
  }

  /// Where `write` puts the schema for a plan at `path`: beside it.
  public static func schemaPath(besidePlan path: String) -> String {
    ((path as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent(PlanSchema.fileName)
  }

  /// The starter plan in the user's language: `basic`, `basic-fi` or `basic-nl`.
  public static func basic(for language: Language) -> String {
    language == .en ? "basic" : "basic-\(language.rawValue)"
  }

  /// Writes a starter plan to `path`, creating its folder, and the plan's JSON Schema
  /// beside it (always the current one); refuses to overwrite the plan unless `force`.
  public static func write(
    named name: String, to path: String, today: CalendarDate, force: Bool
  ) throws(DiagnosticsError) {
    guard let text = text(named: name, today: today) else {
      throw DiagnosticsError(Diagnostic(StarterPlanProblem.unknown(name, names: names)))
    }
    let fm = FileManager.default
    var isFolder: ObjCBool = false
    if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw DiagnosticsError(
        Diagnostic(
          .error, file: path, line: nil, column: nil,
          StarterPlanProblem.folder(
            example: (path as NSString).appendingPathComponent("plan.yaml"))))
    }
    if fm.fileExists(atPath: path) && !force {
      throw DiagnosticsError(
        Diagnostic(.error, file: path, line: nil, column: nil, StarterPlanProblem.exists))
    }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      if !folder.isEmpty {
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      try Data(PlanSchema.text.utf8).write(
        to: URL(fileURLWithPath: schemaPath(besidePlan: path)), options: .atomic)
    } catch {
      throw DiagnosticsError(
        Diagnostic(
          .error, file: path, line: nil, column: nil,
          StarterPlanProblem.notWritten(reason: error.localizedDescription)))
    }
  }
}

/// Why `rollout init` wrote no plan, and what it says once it has (docs/plan.md).
public enum StarterPlanProblem: Error, Hashable, Worded {
  case unknown(String, names: [String])
  /// The path is a folder.
  case folder(example: String)
  case exists
  case notWritten(reason: String)

  public func message(in l: Language) -> String {
    switch self {
    case .unknown(let name, _):
      return l.say(
        en: "there is no starter plan called '\(name)'",
        fi: "aloitussuunnitelmaa '\(name)' ei ole", nl: "er is geen startplan met de naam '\(name)'"
      )
    case .folder:
      return l.say(
        en: "this is a folder; rollout init needs the path of the plan file",
        fi: "tämä on kansio; rollout init tarvitsee suunnitelmatiedoston polun",
        nl: "dit is een map; rollout init heeft het pad van het planbestand nodig")
    case .exists:
      return l.say(
        en: "a file already exists here; rollout never overwrites it unasked",
        fi: "tässä on jo tiedosto; rollout ei kirjoita sen päälle kysymättä",
        nl: "hier staat al een bestand; rollout overschrijft het nooit ongevraagd")
    case .notWritten(let reason):
      return l.say(
        en: "the plan cannot be written: \(reason)",
        fi: "suunnitelmaa ei voi kirjoittaa: \(reason)",
        nl: "het plan kan niet worden geschreven: \(reason)")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .unknown(let name, let names):
      let choose = l.say(en: "choose one of", fi: "valitse jokin näistä", nl: "kies uit")
      return didYouMean(
        closest(to: name, among: names), l, then: "\(choose): \(names.joined(separator: ", "))")
    case .folder(let example):
      return l.say(
        en: "name the file, for example \(example)",
        fi: "anna tiedoston nimi, esimerkiksi \(example)",
        nl: "geef de naam van het bestand, bijvoorbeeld \(example)")
    case .exists:
      return l.say(
        en: "choose another path, or add --force to replace it",
        fi: "valitse toinen polku tai lisää --force korvataksesi sen",
        nl: "kies een ander pad, of voeg --force toe om het te vervangen")
    case .notWritten:
      return l.say(
        en: "check that the folder exists and that you may write to it",
        fi: "tarkista, että kansio on olemassa ja että sinulla on kirjoitusoikeus siihen",
        nl: "controleer of de map bestaat en of je erin mag schrijven")
    }
  }

  /// The lines `rollout init` prints after writing `path` from `starter`, with the schema at
  /// `schema`.
  public static func written(path: String, starter: String, schema: String, in l: Language)
    -> [String]
  {
    [
      l.say(
        en: "Wrote \(path) from the '\(starter)' starter plan.",
        fi: "Luotiin \(path) pohjasta '\(starter)'.",
        nl: "\(path) aangemaakt op basis van het startplan '\(starter)'."),
      l.say(
        en: "Wrote \(schema) for editors that check YAML.",
        fi: "Kirjoitettiin \(schema) editoreille, jotka tarkistavat YAMLin.",
        nl: "\(schema) geschreven voor editors die YAML controleren."),
      l.say(
        en: "Next: edit it, then run 'rollout check --plan \(path)'.",
        fi: "Seuraavaksi: muokkaa sitä ja aja sitten 'rollout check --plan \(path)'.",
        nl: "Volgende stap: pas het aan en voer dan 'rollout check --plan \(path)' uit."),
    ]
  }
}
