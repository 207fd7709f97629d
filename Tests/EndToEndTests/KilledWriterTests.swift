import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `rollout` child started with `posix_spawn` and reaped only here, so that a SIGKILL
/// sent before `wait` can never reach another process that reused its pid.
struct SpawnedRollout {
  let pid: pid_t

  /// How the child ended.
  enum End: Equatable {
    case exited(Int32)
    case killed
  }

  /// Starts `rollout arguments` with standard input read from `stdin` and standard
  /// output and error written to files (no pipes that a killed child could leave open).
  init?(
    _ arguments: [String], environment: [String: String], stdin: String, stdout: String,
    stderr: String
  ) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([rolloutBinary] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, rolloutBinary, &actions, nil, argv, envp) == 0 else { return nil }
    self.pid = pid
  }

  /// Waits for the child; if it is still running after `killAfter` seconds, or once
  /// `killWhen` says so, kills it with SIGKILL first.
  func wait(killAfter: Double?, killWhen: () -> Bool = { false }) -> End {
    let start = Date()
    var status: Int32 = 0
    while true {
      let done = waitpid(pid, &status, killAfter == nil ? 0 : WNOHANG)
      if done == pid { break }
      if done < 0 && errno != EINTR { return .killed }
      if let killAfter, Date().timeIntervalSince(start) >= killAfter || killWhen() {
        kill(pid, SIGKILL)  // not yet reaped: the pid is still this child's
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        break
      }
      usleep(50)
    }
    // WIFEXITED / WEXITSTATUS, which Swift does not import.
    return status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .killed
  }
}

/// docs/journal.md: concurrent writers never interleave or lose an entry, and a write cut short
/// by a crash is reported and repaired without losing anything that was acknowledged.
@Suite struct KilledWriterTests {
  /// What the writers saw.
  struct Tally {
    var acknowledged: [String] = []
    var killed = 0
    var refusedTornTail = 0
    var repairs = 0
  }

  static func size(of path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  @Test func killedWritersNeverLoseAnAcknowledgedEntry() throws {
    let folder = try makeScratchFolder()
    let plan = folder.appendingPathComponent("plan.yaml").path
    try FileManager.default.copyItem(atPath: fixture("journal/plan.yaml").path, toPath: plan)
    let journal = folder.appendingPathComponent("plan.journal.yaml").path
    // Large notes make one write long enough that a kill can land inside it.
    let bigNote = folder.appendingPathComponent("big-note.txt").path
    try Data(String(repeating: "Long feedback. ", count: 140_000).utf8)
      .write(to: URL(fileURLWithPath: bigNote))
    let environment = [
      "PATH": "/usr/bin:/bin", "HOME": folder.path, "NO_COLOR": "1",
      "ROLLOUT_TODAY": "2026-11-25", "ROLLOUT_AUTHOR": "Writer", "TZ": "Europe/Helsinki",
    ]

    // At least 15 s, and on a busy machine longer, until enough writes were both
    // acknowledged and killed to mean something (at most 90 s).
    let deadline = Date().addingTimeInterval(15)
    let hardDeadline = Date().addingTimeInterval(90)
    let lock = NSLock()
    nonisolated(unsafe) var tally = Tally()
    DispatchQueue.concurrentPerform(iterations: 4) { writer in
      var round = 0
      while Date() < hardDeadline {
        lock.lock()
        let enough = tally.acknowledged.count >= 10 && tally.killed >= 10
        lock.unlock()
        if enough && Date() >= deadline { break }
        round += 1
        let big = round % 3 == 0
        let out = folder.appendingPathComponent("out-\(writer)").path
        let err = folder.appendingPathComponent("err-\(writer)").path
        guard
          let child = SpawnedRollout(
            ["note", big ? "-" : "note \(writer)-\(round)", "--plan", plan],
            environment: environment, stdin: big ? bigNote : "/dev/null", stdout: out,
            stderr: err)
        else { continue }
        // Kill two runs in three: a small note at a random moment of its life, a large one
        // as soon as the journal grows, that is, most likely in the middle of its write.
        let killAfter: Double? = round % 3 == 1 ? nil : Double.random(in: 0...(big ? 3 : 0.5))
        let sizeBefore = Self.size(of: journal)
        let end = child.wait(killAfter: killAfter) {
          big && Self.size(of: journal) > sizeBefore + 65_536
        }
        let printed = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        let complaint = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        lock.lock()
        defer { lock.unlock() }
        switch end {
        case .killed:
          tally.killed += 1
        case .exited(0):
          // Acknowledged: the id is the first word printed.
          tally.acknowledged.append(String(printed.prefix(8)))
        case .exited:
          if complaint.contains("cut short") {
            tally.refusedTornTail += 1
            // What a user does when told: repair, then carry on.
            if (try? runRollout(["check", "--repair", "--plan", plan], in: folder))?.status == 0 {
              tally.repairs += 1
            }
          }
        }
      }
    }

    print(
      "killed writers: \(tally.acknowledged.count) acknowledged, \(tally.killed) killed, "
        + "\(tally.refusedTornTail) refused after a cut-short write, \(tally.repairs) repairs")
    #expect(tally.acknowledged.count >= 10)
    #expect(tally.killed >= 10)
    #expect(tally.acknowledged.allSatisfy { $0.count == 8 && $0.allSatisfy(\.isHexDigit) })

    // The journal is valid, or its only problem is a cut-short last line…
    let check = try runRollout(["check", "--plan", plan], in: folder)
    if check.status != 0 {
      let errors = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
      #expect(errors.count == 1 && errors[0].contains("the last line is cut short"), "\(errors)")
    }
    // …which `check --repair` moves aside, leaving a valid journal.
    let repair = try runRollout(["check", "--repair", "--plan", plan], in: folder)
    #expect(repair.status == 0, "\(repair.stderr)")

    // Every acknowledged entry is in the journal exactly once, and none was moved aside.
    let text = try String(contentsOfFile: journal, encoding: .utf8)
    var counts: [Substring: Int] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("- {id: ") {
      counts[line.dropFirst(7).prefix(8), default: 0] += 1
    }
    for id in tally.acknowledged {
      #expect(counts[Substring(id)] == 1, "acknowledged entry \(id)")
    }
    let rejected = (try? String(contentsOfFile: journal + ".rejected", encoding: .utf8)) ?? ""
    for id in tally.acknowledged {
      #expect(!rejected.contains("{id: \(id),"), "acknowledged entry \(id) was moved aside")
    }
  }
}
