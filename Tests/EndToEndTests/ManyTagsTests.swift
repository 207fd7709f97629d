import Foundation
import Testing

/// `rollout note` with many `--tag` options: the argument parser took time quadratic in
/// their number (20,000 tags took a minute); they are gathered before parsing, so the time
/// grows with the number of tags, not with its square.
@Suite struct ManyTagsTests {
  func workspace(_ name: String) throws -> URL {
    let folder = try makeScratchFolder(name)
    try FileManager.default.copyItem(
      at: fixture("journal/plan.yaml"), to: folder.appendingPathComponent("plan.yaml"))
    return folder
  }

  func journal(_ folder: URL) throws -> String {
    try String(
      contentsOf: folder.appendingPathComponent("plan.journal.yaml"), encoding: .utf8)
  }

  /// Logs a note with `count` tags in a fresh folder; returns the seconds it took.
  func logNote(tags count: Int, run: Int) throws -> Double {
    let folder = try workspace("ManyTags-\(count)-\(run)")
    let options = (1...count).flatMap { ["--tag", "t\($0)"] }
    let started = Date()
    let result = try runRollout(
      ["note", "Many tags", "--plan", "plan.yaml"] + options, in: folder, timeout: 300)
    let seconds = Date().timeIntervalSince(started)
    #expect(result.status == 0, "\(result.stderr.prefix(300))")
    let line = try journal(folder)
    let logged = line.split(separator: "tags: [").last?.split(separator: "]").first ?? ""
    #expect(logged.split(separator: ", ") == (1...count).map { "t\($0)"[...] })
    return seconds
  }

  @Test func twentyThousandTagsAreLoggedInTimeLinearInTheirNumber() throws {
    // The fastest of two runs of each size, so that a busy machine's pause counts less.
    let small = try (0..<2).map { try logNote(tags: 5_000, run: $0) }.min()!
    let large = try (0..<2).map { try logNote(tags: 20_000, run: $0) }.min()!
    // Four times the tags: linear is at most about 4 times the time (less, as starting
    // the program costs the same); quadratic would be 16 times.
    #expect(large / small < 8, "5,000 tags: \(small) s, 20,000 tags: \(large) s")
  }

  @Test func everyWayOfWritingATagIsKept() throws {
    let folder = try workspace(#function)
    let result = try runRollout(
      [
        "note", "--tag=a=b", "--tag", "c,d", "--plan", "plan.yaml", "--tag", "ääkkö set",
        "--", "--tag",
      ], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try journal(folder).contains(#"tags: ["a=b", "c,d", "ääkkö set"]"#))
    #expect(try journal(folder).contains(#"text: "--tag""#))
  }

  @Test(arguments: [
    ["--tag"], ["--tag="], ["--tag", "-x"], ["--tag", "a", "--tag"], ["--tag", "a", "--tag="],
  ])
  func aTagWithoutAValueIsStillAUsageError(_ tags: [String]) throws {
    let folder = try workspace(#function)
    let result = try runRollout(["note", "x", "--plan", "plan.yaml"] + tags, in: folder)
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: Missing value for '--tag <tag>'"), "\(result.stderr)")
    #expect(!result.stderr.contains("--tag-list"))
  }

  @Test func anEmptyTagAmongOthersIsRefused() throws {
    let folder = try workspace(#function)
    let result = try runRollout(
      ["note", "x", "--plan", "plan.yaml", "--tag", "a", "--tag", "", "--tag", "b"], in: folder)
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: --tag is empty."), "\(result.stderr)")
  }
}
