import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `report --out` writes what the path names and leaves it what it is: a symlink stays a
/// link, a device or a FIFO is written to, a file keeps its mode, and a failed write
/// leaves nothing behind.
@Suite struct ReportOutTargetTests {
  func fileType(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  func permissions(_ path: String) -> mode_t {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  func listing(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test func aSymlinkStaysALinkAndItsTargetGetsTheReportKeepingItsMode() throws {
    let (folder, _) = try workspace()
    let meeting = folder.appendingPathComponent("meeting")
    try FileManager.default.createDirectory(at: meeting, withIntermediateDirectories: true)
    let target = meeting.appendingPathComponent("w48.md").path
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
    chmod(target, 0o640)
    let link = folder.appendingPathComponent("latest.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "meeting/w48.md")
    let run = try runRollout(["report", "--out", "latest.md"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(fileType(link) == S_IFLNK)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "meeting/w48.md")
    #expect(String(decoding: contents(target), as: UTF8.self).hasPrefix("# "))
    #expect(permissions(target) == 0o640)
    #expect(listing(meeting) == ["w48.md"])
  }

  @Test func aDanglingSymlinkGetsItsTargetCreated() throws {
    let (folder, _) = try workspace()
    let link = folder.appendingPathComponent("latest.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "w48.md")
    let run = try runRollout(["report", "--out", "latest.md"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(fileType(link) == S_IFLNK)
    #expect(fileType(folder.appendingPathComponent("w48.md").path) == S_IFREG)
  }

  @Test func aFileKeepsItsMode() throws {
    let (folder, _) = try workspace()
    let out = folder.appendingPathComponent("private.md").path
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: out))
    chmod(out, 0o600)
    let run = try runRollout(["report", "--out", "private.md"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(permissions(out) == 0o600)
    #expect(String(decoding: contents(out), as: UTF8.self).hasPrefix("# "))
  }

  @Test func aDeviceIsWrittenToAndStaysADevice() throws {
    let (folder, _) = try workspace()
    // A null device of the test's own (as root): the machine's /dev/null is never at risk.
    let null = folder.appendingPathComponent("null").path
    var system = stat()
    guard stat("/dev/null", &system) == 0, mknod(null, S_IFCHR | 0o666, system.st_rdev) == 0
    else { return }
    let run = try runRollout(["report", "--out", "null"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(fileType(null) == S_IFCHR)
    #expect(listing(folder) == ["Plans", "null"])
  }

  @Test func aFIFOIsWrittenToAndStaysAFIFO() throws {
    let (folder, _) = try workspace()
    let fifo = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o644) == 0)
    // Opened for reading first, without blocking, so that a run that replaced the FIFO
    // with a file fails the test instead of hanging it.
    let fd = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(fd >= 0)
    defer { close(fd) }
    nonisolated(unsafe) var run: RolloutResult?
    let runner = Thread { run = try? runRollout(["report", "--out", "pipe"], in: folder) }
    runner.start()
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let finished = runner.isFinished
      let n = read(fd, &buffer, buffer.count)
      if n > 0 {
        received += buffer[0..<n]
      } else if finished {
        break
      } else {
        usleep(2000)
      }
    }
    #expect(run?.status == 0, "\(run?.stderr ?? "")")
    #expect(fileType(fifo) == S_IFIFO)
    #expect(String(decoding: received, as: UTF8.self).hasPrefix("# "))
  }

  @Test func aFolderIsRefusedWithTheSystemsReason() throws {
    let (folder, _) = try workspace()
    let run = try runRollout(["report", "--out", "Plans"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("Plans: error: the report cannot be written: Is a directory"))
  }

  /// A write that fails half-way (the file size limit, as a full disk would) leaves the old
  /// file as it was and no temporary file.
  @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
    let (folder, _) = try workspace()
    let out = folder.appendingPathComponent("w48.md").path
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: out))
    let run = try runRollout(
      ["-c", "trap '' XFSZ; exec prlimit --fsize=100 \"$0\" report --out w48.md", rolloutBinary],
      in: folder, executable: "/bin/sh")
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("w48.md: error: the report cannot be written: File too large"))
    #expect(contents(out) == Array("old\n".utf8))
    #expect(listing(folder) == ["Plans", "w48.md"])
  }

  /// The same on a full disk: a tmpfs of two pages, made full (as root; skipped where
  /// mounting is not allowed).
  @Test func aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws {
    let (folder, _) = try workspace()
    let disk = folder.appendingPathComponent("disk")
    try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
    guard mount("tmpfs", disk.path, "tmpfs", 0, "size=8k") == 0 else { return }
    defer { umount(disk.path) }
    let out = disk.appendingPathComponent("w48.md").path
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: out))
    let filler = disk.appendingPathComponent("filler").path
    FileManager.default.createFile(atPath: filler, contents: Data(count: 4096))
    let run = try runRollout(["report", "--out", "disk/w48.md"], in: folder)
    #expect(run.status == 1)
    #expect(
      run.stderr.hasPrefix(
        "disk/w48.md: error: the report cannot be written: No space left on device"),
      "\(run.stderr)")
    #expect(contents(out) == Array("old\n".utf8))
    #expect(listing(disk) == ["filler", "w48.md"])
  }
}
