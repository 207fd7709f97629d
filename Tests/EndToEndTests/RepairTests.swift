import Foundation
import Testing

/// `check --repair` moves a damaged tail aside whole, and never through a symlink.
@Suite struct RepairTests {
  /// A journal with one good entry and a cut-short last line.
  func tornJournal(_ name: String = #function) throws -> (folder: URL, journal: String) {
    let (folder, journal) = try workspace(name)
    #expect(try runRollout(["metric", "csat", "4"], in: folder).status == 0)
    let handle = try #require(FileHandle(forWritingAtPath: journal))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("- {id: cafe0001, at: \"2026-11-25T10:0".utf8))
    try handle.close()
    return (folder, journal)
  }

  @Test(arguments: [
    ("en", "is a symbolic link; the damaged lines are never written through one"),
    ("fi", "on symbolinen linkki; vioittuneita rivejä ei koskaan kirjoiteta linkin kautta"),
  ])
  func aSymlinkAtRejectedIsNotFollowed(language: String, words: String) throws {
    let (folder, journal) = try tornJournal()
    let victim = folder.appendingPathComponent("victim.txt").path
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.createSymbolicLink(
      atPath: journal + ".rejected", withDestinationPath: victim)
    let before = contents(journal)
    let run = try runRollout(
      ["check", "--repair"], in: folder, environment: ["ROLLOUT_LANG": language])
    #expect(run.status == 1)
    #expect(run.stderr.contains("plan.journal.yaml.rejected: error: "), "\(run.stderr)")
    #expect(run.stderr.contains(words), "\(run.stderr)")
    #expect(contents(victim) == Array("precious\n".utf8))
    #expect(contents(journal) == before)
  }
}
