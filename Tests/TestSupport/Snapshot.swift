import Foundation
import Testing

/// Compares `actual` with the committed snapshot file at `path`, byte for byte.
///
/// With `ROLLOUT_RECORD=1` in the environment, the file is written instead and the test
/// fails all the same ("recorded …"), so that a recorded snapshot is always looked at
/// (`git diff`) before the run that passes. A missing snapshot fails the same way: run
/// once with `ROLLOUT_RECORD=1`, read the file, run again.
public func assertSnapshot(
  _ actual: String, at path: URL, sourceLocation: SourceLocation = #_sourceLocation
) {
  let record = ProcessInfo.processInfo.environment["ROLLOUT_RECORD"] == "1"
  let name = path.lastPathComponent
  guard !record, let expected = try? String(contentsOf: path, encoding: .utf8) else {
    do {
      try FileManager.default.createDirectory(
        at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: path, options: .atomic)
    } catch {
      Issue.record(
        "\(name): the snapshot cannot be written: \(error)", sourceLocation: sourceLocation)
      return
    }
    Issue.record(
      Comment(
        rawValue: (record ? "recorded " : "there was no snapshot; recorded ") + path.path
          + ": look at it (git diff), then run the test again without ROLLOUT_RECORD"),
      sourceLocation: sourceLocation)
    return
  }
  guard actual != expected else { return }
  Issue.record(
    Comment(
      rawValue: "\(name) differs from the snapshot\n" + lineDiff(expected: expected, actual: actual)
        + "\nif the change is intended, record it with ROLLOUT_RECORD=1 and look at the diff"),
    sourceLocation: sourceLocation)
}

/// The first lines that differ, each as `-expected` / `+actual` with its line number.
func lineDiff(expected: String, actual: String, most: Int = 8) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for k in 0..<max(old.count, new.count) where out.count < most * 2 {
    let a = k < old.count ? old[k] : nil
    let b = k < new.count ? new[k] : nil
    guard a != b else { continue }
    if let a { out.append("\(k + 1): -\(a)") }
    if let b { out.append("\(k + 1): +\(b)") }
  }
  return out.joined(separator: "\n")
}
