import Foundation
import Testing

/// Data flows one way (files → plan and entries → evaluation → report), and the folders
/// of `RolloutKit` show it: a folder's code names no type declared in a folder it may not
/// use. The table is the one in docs/code-map.md.
struct LayeringTests {
  static let sources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/RolloutKit")

  /// What each folder may use besides itself. `Workspace/` (the shell) may use everything.
  static let mayUse: [String: Set<String>] = [
    "Generated": [],
    "Time": ["Support"],
    "Support": [],
    "Diagnostics": ["Support"],
    "Plan": ["Time", "Support", "Diagnostics", "Generated"],
    "Journal": ["Plan", "Time", "Support", "Diagnostics"],
    "Import": ["Journal", "Plan", "Time", "Support", "Diagnostics"],
    "Gates": ["Journal", "Plan", "Time", "Support", "Diagnostics"],
    "Status": ["Gates", "Journal", "Plan", "Time", "Support", "Diagnostics"],
    "Report": ["Gates", "Journal", "Plan", "Time", "Support", "Diagnostics", "Generated"],
    "Access": ["Support", "Diagnostics"],
  ]

  /// The folder's Swift files, those in its subfolders (`Report/HTML/`) included.
  static func swiftFiles(in folder: String) -> [URL] {
    let url = sources.appendingPathComponent(folder)
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".swift") }.sorted().map(url.appendingPathComponent)
  }

  /// The code of a file without its comments (a type named in a comment is no use of it).
  static func code(_ url: URL) -> String {
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard let slashes = line.range(of: "//") else { return Substring(line) }
      return line[..<slashes.lowerBound]
    }.joined(separator: "\n")
  }

  /// The types declared at the top level of a folder's files.
  static func declaredTypes(in folder: String) -> Set<String> {
    let declaration =
      #/
      ^ (?:public\ |private\ |fileprivate\ )? (?:final\ )?
      (?:struct|enum|class|protocol|typealias|actor) \  ([A-Z][A-Za-z0-9]*)
      /#.anchorsMatchLineEndings()
    var names: Set<String> = []
    for file in swiftFiles(in: folder) {
      for match in code(file).matches(of: declaration) { names.insert(String(match.1)) }
    }
    return names
  }

  static func identifiers(_ text: String) -> Set<String> {
    Set(text.matches(of: /[A-Za-z_][A-Za-z0-9_]*/).map { String($0.0) })
  }

  @Test func everyFolderIsInTheTable() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
      .filter { !$0.hasPrefix(".") }
    #expect(Set(folders) == Set(Self.mayUse.keys).union(["Workspace"]))
  }

  /// `Generated/` holds data (the templates' text), not code to check.
  @Test(arguments: mayUse.keys.sorted().filter { $0 != "Generated" })
  func aFolderUsesOnlyTheFoldersItMay(_ folder: String) {
    let allowed = Self.mayUse[folder, default: []].union([folder])
    let forbidden = (Array(Self.mayUse.keys) + ["Workspace"]).filter { !allowed.contains($0) }
    for other in forbidden {
      let types = Self.declaredTypes(in: other)
      for file in Self.swiftFiles(in: folder) {
        let used = Self.identifiers(Self.code(file)).intersection(types)
        #expect(
          used.isEmpty,
          "\(folder)/\(file.lastPathComponent) uses \(used.sorted()) of \(other)/")
      }
    }
  }

  @Test func theJournalAsksNothingOfTheGates() {
    let gates = Self.declaredTypes(in: "Gates")
    #expect(gates.contains("GateEngine") && gates.contains("Evaluation"))
    for file in Self.swiftFiles(in: "Journal") {
      let used = Self.identifiers(Self.code(file)).intersection(gates)
      #expect(used.isEmpty, "Journal/\(file.lastPathComponent) uses \(used.sorted())")
    }
  }
}
