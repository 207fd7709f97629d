import Foundation
import TestSupport
import Testing

/// docs/journal.md: `rollout note` without text opens the editor with its instructions in
/// the user's language, and they never reach the journal.
extension TruthfulReportTests {
  @Test(arguments: [
    ("fi_FI.UTF-8", "# Älä muuta tai poista yllä olevaa riviä"),
    ("nl_NL.UTF-8", "# Verander of verwijder de regel hierboven niet"),
    ("C", "# Do not change or delete the line above"),
  ])
  func theEditorsInstructionsAreInTheUsersLanguage(locale: String, first: String) throws {
    let folder = try planFolder("editor-\(locale)")
    let editor = folder.appendingPathComponent("editor.sh")
    let seen = folder.appendingPathComponent("seen.txt")
    try """
    #!/bin/sh
    cp "$1" '\(seen.path)'
    { printf 'Palaute kanavalta\\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"

    """.write(to: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
    try ok(
      ["note", "--phase", "pilot"], in: folder,
      environment: ["EDITOR": editor.path, "LANG": locale])
    let shown = try String(contentsOf: seen, encoding: .utf8)
    #expect(shown.contains(first), "\(shown)")
    let journal = try String(
      contentsOf: folder.appendingPathComponent("Plans/plan.journal.yaml"), encoding: .utf8)
    #expect(journal.contains("text: \"Palaute kanavalta\"}"), "\(journal)")
    #expect(!journal.contains(String(first.dropFirst(2).prefix(12))))
  }
}
