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
}
