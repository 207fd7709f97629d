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

/// Stops `process` with SIGTERM if it still runs after `seconds`; cancel the returned item
/// once it has ended.
///
/// Dispatch keeps a cancelled item until its deadline, so the item holds the process
/// weakly: held strongly, every child of the last two minutes kept its pipes open, the test
/// run reached 1,900 open descriptors, and `Process.run()` crashed in CI.
public func stopAfter(_ seconds: Double, _ process: Process) -> DispatchWorkItem {
  let watchdog = DispatchWorkItem { [weak process] in
    if let process, process.isRunning { process.terminate() }
  }
  DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
  return watchdog
}
