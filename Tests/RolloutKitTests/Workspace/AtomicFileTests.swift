import Foundation
import Testing

@testable import RolloutKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary file of an atomic write is created afresh: a file or a symlink planted at
/// its name is never followed or written.
@Suite struct AtomicFileTests {
  func scratch(_ function: String = #function) throws -> String {
    let path = NSTemporaryDirectory() + "rollout-atomic-\(function.prefix(30))-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aSymlinkPlantedAtTheTemporaryNameIsNotFollowed() throws {
    let dir = try scratch()
    let victim = dir + "/victim.txt"
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/.report.md.planted.tmp", withDestinationPath: victim)
    var names = [".report.md.planted.tmp", ".report.md.fresh.tmp"].makeIterator()
    try AtomicFile.write(Array("new\n".utf8), to: dir + "/report.md") { _ in names.next()! }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    #expect(try String(contentsOfFile: dir + "/report.md", encoding: .utf8) == "new\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/.report.md.planted.tmp")
        == victim)
    #expect(!FileManager.default.fileExists(atPath: dir + "/.report.md.fresh.tmp"))
  }

  @Test func whenEveryNameIsTakenNothingIsWrittenAndTheSystemsReasonIsGiven() throws {
    let dir = try scratch()
    let victim = dir + "/victim.txt"
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/.taken.tmp", withDestinationPath: victim)
    #expect {
      try AtomicFile.write(Array("new\n".utf8), to: dir + "/report.md") { _ in ".taken.tmp" }
    } throws: { error in
      (error as? DiagnosticsError)?.diagnostics.first?.message
        == "the report cannot be written: File exists"
    }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    #expect(!FileManager.default.fileExists(atPath: dir + "/report.md"))
  }

  @Test func aChainOfLinksEndsAtItsFileAndADanglingLinkNamesTheFileToCreate() throws {
    let dir = try scratch()
    try FileManager.default.createDirectory(
      atPath: dir + "/meeting", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/meeting/w45.md", withDestinationPath: "../reports/w45.md")
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/latest.md", withDestinationPath: "meeting/w45.md")
    #expect(AtomicFile.followingLinks(dir + "/latest.md") == dir + "/meeting/../reports/w45.md")
    try FileManager.default.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: "loop")
    #expect(AtomicFile.followingLinks(dir + "/loop") == dir + "/loop")
  }
}
