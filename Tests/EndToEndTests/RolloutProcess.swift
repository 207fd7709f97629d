import Foundation
import TestSupport

/// What one run of the built `rollout` binary printed and returned.
struct RolloutResult {
  var stdout: String
  var stderr: String
  var status: Int32
}

/// The package root, from this file's place in `Tests/EndToEndTests/`.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Tests of size (a million journal lines, a hundred thousand CSV rows) run only with
/// `ROLLOUT_SCALE_TESTS=1` (`Scripts/scale-tests`), so that the default run stays short.
let scaleTestsEnabled = ProcessInfo.processInfo.environment["ROLLOUT_SCALE_TESTS"] == "1"

/// The built binary: beside the test bundle, else in `.build/debug`; `ROLLOUT_BIN` overrides.
let rolloutBinary: String = {
  if let explicit = ProcessInfo.processInfo.environment["ROLLOUT_BIN"] { return explicit }
  let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for folder in [runner, runner.deletingLastPathComponent()] {
    let candidate = folder.appendingPathComponent("rollout").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  return packageRoot.appendingPathComponent(".build/debug/rollout").path
}()

/// Runs `rollout` (or `executable`, a shell that starts it) with `arguments` in `directory`,
/// with a controlled environment: no colour, a fixed today, and nothing inherited that could
/// change its answers.
func runRollout(
  _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
  stdin: String? = nil, today: String = "2026-11-25", timeout: Double = 120,
  executable: String = rolloutBinary
) throws -> RolloutResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  var env: [String: String] = [
    "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    "HOME": NSTemporaryDirectory(),
    "NO_COLOR": "1",
    "ROLLOUT_TODAY": today,
    "ROLLOUT_AUTHOR": "Tester",
    "TZ": "Europe/Helsinki",
  ]
  env.merge(environment) { _, new in new }
  process.environment = env.filter { !$0.value.isEmpty }
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try launch(process)
  // A hang is a failure too: stop the child after `timeout` seconds.
  let watchdog = stopAfter(timeout, process)
  defer { watchdog.cancel() }
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  // Read both pipes to the end before waiting, so a large output cannot block the child.
  let group = DispatchGroup()
  nonisolated(unsafe) var errData = Data()
  group.enter()
  DispatchQueue.global().async {
    errData = err.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()
  try out.fileHandleForReading.close()
  try err.fileHandleForReading.close()
  return RolloutResult(
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self),
    status: process.terminationStatus)
}

/// A fresh temporary folder for one test.
func makeScratchFolder(_ name: String = #function) throws -> URL {
  let safe = name.filter { $0.isLetter || $0.isNumber }
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("rollout-e2e-\(safe)-\(UUID().uuidString.prefix(8))")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// A file under `Tests/Fixtures/`.
func fixture(_ path: String) -> URL {
  packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(path)
}

/// A scratch folder with the journal test plan in `Plans/` ('pilot' open, 'scale' locked
/// in 2026-W48), and where its journal will be.
func workspace(_ name: String = #function) throws -> (folder: URL, journal: String) {
  let folder = try makeScratchFolder(name)
  let plans = folder.appendingPathComponent("Plans")
  try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
  try FileManager.default.copyItem(
    at: fixture("journal/plan.yaml"), to: plans.appendingPathComponent("plan.yaml"))
  return (folder, plans.appendingPathComponent("plan.journal.yaml").path)
}

/// A file's bytes, or none when it does not exist.
func contents(_ path: String) -> [UInt8] {
  FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
}
