import Foundation
import Testing

/// The repository's documentation stands alone: every relative link in a Markdown file
/// resolves (to a file, and to a heading when it names one), and nothing points outside.
struct DocsTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .standardizedFileURL

  /// Every `*.md` file of the repository, as paths relative to its root.
  static func markdownFiles() -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var files: [String] = []
    for case let relative as String in walker {
      let parts = relative.split(separator: "/")
      if parts.contains(where: { $0.hasPrefix(".") || $0 == "Snapshots" }) { continue }
      if relative.hasSuffix(".md") { files.append(relative) }
    }
    return files.sorted()
  }

  /// The targets of `[text](target)` links outside code blocks and code spans.
  static func links(in text: String) -> [String] {
    var targets: [String] = []
    var inFence = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
        inFence.toggle()
        continue
      }
      if inFence { continue }
      // Drop code spans, whose brackets are not links.
      let plain = line.split(separator: "`", omittingEmptySubsequences: false)
        .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
      var rest = Substring(plain)
      while let open = rest.range(of: "](") {
        let after = rest[open.upperBound...]
        guard let close = after.firstIndex(of: ")") else { break }
        targets.append(String(after[..<close]))
        rest = after[close...]
      }
    }
    return targets
  }

  /// GitHub's anchors for a Markdown file's headings.
  static func anchors(in text: String) -> Set<String> {
    var result: Set<String> = []
    var inFence = false
    for line in text.split(separator: "\n") {
      if line.hasPrefix("```") { inFence.toggle() }
      guard !inFence, line.hasPrefix("#") else { continue }
      let title = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
      let slug = title.lowercased().unicodeScalars.filter {
        CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == " " || $0 == "_"
      }
      result.insert(String(String.UnicodeScalarView(slug)).replacingOccurrences(of: " ", with: "-"))
    }
    return result
  }

  @Test func theDocsFolderHasItsPages() {
    let pages = [
      "plan", "journal", "import", "gates", "reports", "languages", "install", "decisions",
      "code-map",
    ]
    for page in pages {
      #expect(
        FileManager.default.fileExists(atPath: Self.root.path + "/docs/\(page).md"), "\(page)")
    }
  }

  @Test func everyRelativeLinkResolves() throws {
    let files = Self.markdownFiles()
    #expect(files.contains("README.md"))
    for file in files {
      let url = Self.root.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      for target in Self.links(in: text) {
        if target.contains("://") || target.hasPrefix("mailto:") { continue }
        #expect(!target.hasPrefix("/"), "\(file): '\(target)' is not relative")
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let resolved =
          path.isEmpty ? url : url.deletingLastPathComponent().appendingPathComponent(path)
        let exists = FileManager.default.fileExists(atPath: resolved.standardizedFileURL.path)
        #expect(exists, "\(file): the link '\(target)' leads nowhere")
        if exists, parts.count == 2, resolved.pathExtension == "md" {
          let anchors = Self.anchors(in: try String(contentsOf: resolved, encoding: .utf8))
          #expect(anchors.contains(String(parts[1])), "\(file): no heading for '\(target)'")
        }
      }
    }
  }

  @Test func theDocsPointAtNothingOutsideTheRepository() throws {
    for file in Self.markdownFiles() {
      let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
      for forbidden in ["../shared", "SPEC", "STYLE.md"] {
        #expect(!text.contains(forbidden), "\(file) mentions '\(forbidden)'")
      }
    }
  }

  @Test func theReadmeStaysShortAndStartsWithTheTwoCommands() throws {
    let text = try String(
      contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count <= 200)
    let commands = text.components(separatedBy: "```sh\n").dropFirst().first?
      .split(separator: "\n").prefix(2).map(String.init)
    #expect(
      commands == [
        "swift run rollout report --plan Plans/verkkostrategia.yaml --week 2026-W48", "swift test",
      ])
  }
}

/// The examples in the docs are what rollout prints: the report's opening in docs/reports.md
/// is the start of the snapshot it names.
struct DocsExampleTests {
  @Test func theReportsOpeningInTheDocsIsTheSnapshotsOpening() throws {
    let docs = try String(
      contentsOf: DocsTests.root.appendingPathComponent("docs/reports.md"), encoding: .utf8)
    let start = try #require(docs.range(of: "```markdown\n")).upperBound
    let end = try #require(docs[start...].range(of: "```")).lowerBound
    let snapshot = try String(
      contentsOf: DocsTests.root.appendingPathComponent(
        "Tests/RolloutKitTests/Snapshots/scale-w46.en.md"), encoding: .utf8)
    #expect(snapshot.hasPrefix(docs[start..<end]), "docs/reports.md shows an old report")
  }
}
