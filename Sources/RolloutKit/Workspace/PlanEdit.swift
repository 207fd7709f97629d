import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `rollout edit`, like `crontab -e` and `visudo`: the plan is edited as a copy beside it,
/// checked together with the journal when the editor exits, and replaced only by a copy
/// that checks clean (or that the person chooses to keep). The plan file is never
/// half-written: the copy takes its mode and is renamed over it.
public struct PlanEdit {
  /// The plan being edited.
  public let planPath: String
  /// The copy the editor opens: hidden, beside the plan, so that the plan's relative
  /// paths (journal, schema hint) hold and the rename stays on one file system.
  public let copyPath: String
  /// The plan's bytes when the edit began, to notice a change made meanwhile.
  let original: [UInt8]

  /// Where an edited copy that was not installed is kept: `Plans/x.yaml.edited`.
  public var keptPath: String { planPath + ".edited" }

  /// Whether the edit goes on from a version kept by an earlier edit.
  public let resumed: Bool

  /// Copies the plan for editing; a version kept by an earlier edit (`keptPath`) is
  /// taken up again, so that its work is not lost.
  public static func begin(planPath: String) throws(DiagnosticsError) -> PlanEdit {
    guard let plan = FileManager.default.contents(atPath: planPath) else {
      throw DiagnosticsError(Diagnostic(file: planPath, PlanEditProblem.unreadable))
    }
    let kept = FileManager.default.contents(atPath: planPath + ".edited")
    let data = kept ?? plan
    let folder = (planPath as NSString).deletingLastPathComponent
    let name = (planPath as NSString).lastPathComponent
    let suffix = String(UUID().uuidString.prefix(8)).lowercased()
    let copy = (folder.isEmpty ? "" : folder + "/") + ".\(name).edit-\(suffix).yaml"
    guard FileManager.default.createFile(atPath: copy, contents: data) else {
      throw DiagnosticsError(Diagnostic(file: copy, PlanEditProblem.copyNotWritten))
    }
    return PlanEdit(
      planPath: planPath, copyPath: copy, original: Array(plan), resumed: kept != nil)
  }

  /// The copy's text now.
  public var edited: [UInt8] { Array(FileManager.default.contents(atPath: copyPath) ?? Data()) }

  /// Whether the copy still equals the plan as it was.
  public var isUnchanged: Bool { edited == original }

  /// Every problem of the edited copy, read as the plan at `file` (the plan's path while
  /// the person edits, the kept file's path once it is kept), with the plan's journal.
  public func problems(namingFile file: String) -> [Diagnostic] {
    let (plan, diagnostics) = PlanLoader.decode(edited, file: file)
    guard let plan, !diagnostics.contains(where: { $0.severity == .error }) else {
      return diagnostics
    }
    let journal = PlanLocator.journalPath(planPath: planPath, journalKey: plan.journal)
    guard FileManager.default.fileExists(atPath: journal) else { return diagnostics }
    do {
      return try diagnostics + JournalReader.read(path: journal, plan: plan).diagnostics
    } catch {
      return diagnostics + error.diagnostics
    }
  }

  /// Replaces the plan with the copy: the plan's mode kept, flushed, then renamed over it.
  /// Refused when the plan changed on disk since the edit began.
  public func install() throws(DiagnosticsError) {
    let now = FileManager.default.contents(atPath: planPath).map(Array.init)
    guard now == original else {
      let kept = try keep()
      throw DiagnosticsError(
        Diagnostic(file: planPath, PlanEditProblem.changedMeanwhile(kept: kept)))
    }
    var info = stat()
    if stat(planPath, &info) == 0 { chmod(copyPath, info.st_mode & 0o7777) }
    let fd = open(copyPath, O_RDONLY | O_CLOEXEC)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
    guard rename(copyPath, planPath) == 0 else {
      throw DiagnosticsError(
        Diagnostic(file: planPath, PlanEditProblem.notReplaced(copy: copyPath)))
    }
    forgetKept()
  }

  /// Keeps the edited copy beside the plan as `keptPath`; returns that path.
  @discardableResult
  public func keep() throws(DiagnosticsError) -> String {
    guard rename(copyPath, keptPath) == 0 else {
      throw DiagnosticsError(
        Diagnostic(file: keptPath, PlanEditProblem.notReplaced(copy: copyPath)))
    }
    return keptPath
  }

  /// Removes the copy.
  public func discard() {
    try? FileManager.default.removeItem(atPath: copyPath)
  }

  /// Removes a kept version once the edit is settled (saved, or back to the plan).
  public func forgetKept() {
    try? FileManager.default.removeItem(atPath: keptPath)
  }
}

/// What can go wrong around an edit, worded once.
public enum PlanEditProblem: Sendable, Hashable {
  case unreadable
  case copyNotWritten
  case changedMeanwhile(kept: String)
  case notReplaced(copy: String)
  /// The editor could not start or failed: the plan is left as it was.
  case editorFailed(EditorFailure)
}
