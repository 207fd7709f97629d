import Foundation
import Testing

@testable import RolloutKit

/// A sentence for the printer's tests, the same in every language: what it says does not
/// matter there, only where it goes.
struct Said: Worded, Hashable {
  var text: String
  var fixText: String?

  init(_ text: String, fix: String? = nil) {
    self.text = text
    self.fixText = fix
  }

  func message(in language: Language) -> String { text }
  func fix(in language: Language) -> String? { fixText }
}

/// A diagnostic is made only from a `Worded` outcome, so no English-only sentence can
/// reach a Finnish or Dutch reader: the library has no initializer that takes a bare
/// message (the compiler refuses one), and no English-only `Worded` type.
@Suite struct WordedOnlyTests {
  static let library = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/RolloutKit")

  @Test func noDiagnosticTakesABareMessage() throws {
    let files = try FileManager.default.subpathsOfDirectory(atPath: Self.library.path)
      .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 50)
    for file in files {
      let text = try String(
        contentsOf: Self.library.appendingPathComponent(file), encoding: .utf8)
      #expect(!text.contains("EnglishOnly"), "\(file)")
      #expect(!text.contains("message: String, suggestion"), "\(file)")
    }
  }
}
