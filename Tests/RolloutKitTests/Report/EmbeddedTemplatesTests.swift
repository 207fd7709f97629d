import Foundation
import Testing

@testable import RolloutKit

/// The templates compiled into the binary are exactly the files under `Templates/`
/// (run `Scripts/embed-templates` after editing one).
struct EmbeddedTemplatesTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Templates")

  static func filesOnDisk() -> [String: String] {
    var files: [String: String] = [:]
    let root = folder.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
    for case let relative as String in walker {
      let path = root + "/" + relative
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      let name = (relative as NSString).lastPathComponent
      guard !isFolder.boolValue, relative != "README.md", !name.hasPrefix(".") else { continue }
      files[relative] = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
    return files
  }

  @Test func theEmbeddedCopyMatchesTemplatesFolder() {
    let disk = Self.filesOnDisk()
    #expect(disk.keys.sorted() == EmbeddedTemplates.files.keys.sorted())
    for (name, text) in disk {
      #expect(EmbeddedTemplates.files[name] == text, "\(name) differs: run Scripts/embed-templates")
    }
  }

  @Test func reportTemplatesShipInEveryLanguage() {
    for language in Language.allCases {
      #expect(EmbeddedTemplates.files["report.\(language.rawValue).mustache"] != nil)
    }
  }

  /// The stylesheet lives once, in `report.css`; every shipped HTML template names the
  /// place it goes, and the template rollout uses (and prints) has it in that place.
  @Test func everyHTMLTemplateGetsTheSharedStylesheet() throws {
    let css = try #require(EmbeddedTemplates.files[ReportRenderer.stylesheetName])
    #expect(css.contains(".verdict"))
    for language in Language.allCases {
      let name = ReportRenderer.templateName(for: language, format: .html)
      let file = try #require(EmbeddedTemplates.files[name])
      #expect(file.contains(ReportRenderer.stylesheetMarker), "\(name) has no stylesheet marker")
      #expect(!file.contains(".verdict {"), "\(name) repeats the shared stylesheet")
      let whole = ReportRenderer.defaultTemplate(for: language, format: .html)
      #expect(!whole.contains(ReportRenderer.stylesheetMarker))
      #expect(whole.contains("<style>\n" + css.prefix(40)))
      #expect(whole.contains("@page {\n  @bottom-left"))
    }
    #expect(!ReportRenderer.defaultTemplate(for: .en).contains("<style>"))
  }
}
