import Foundation

/// Starts a child process, one launch at a time across the whole test run.
///
/// swift-corelibs-foundation's `Process.run()` crashed once (a bad pointer in its memmove)
/// while several tests launched children at the same moment; the tests run in parallel, so
/// every launch goes through this lock. Only the launch is serialised: the children still
/// run side by side, and waiting for them is not locked.
public func launch(_ process: Process) throws {
  launchLock.lock()
  defer { launchLock.unlock() }
  try process.run()
}

private let launchLock = NSLock()
