import Foundation

/// Who is logging and when: the author default and the `at` time stamp (docs/languages.md, §5).
public enum Recorder {
  /// `--author`, else `ROLLOUT_AUTHOR`, else `git config user.name`, else `$USER`, else
  /// "unknown".
  public static func author(option: String?, environment: [String: String]) -> String {
    for candidate in [option, environment["ROLLOUT_AUTHOR"]] {
      if let name = candidate?.trimmingSpaces, !name.isEmpty { return name }
    }
    if let name = gitUserName(), !name.isEmpty { return name }
    if let user = environment["USER"]?.trimmingSpaces, !user.isEmpty { return user }
    return "unknown"
  }

  static func gitUserName() -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "config", "user.name"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The local time now with its offset, `2026-11-25T10:02:11+02:00`. With
  /// `ROLLOUT_TODAY` set, the date part is that day and the time is the current time.
  public static func timestamp(
    now: Date = Date(), today: CalendarDate, timeZone: TimeZone = .current
  ) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.hour, .minute, .second], from: now)
    let offset = timeZone.secondsFromGMT(for: now)
    let sign = offset < 0 ? "-" : "+"
    let minutes = abs(offset) / 60
    return "\(today)T\(pad(c.hour ?? 0, 2)):\(pad(c.minute ?? 0, 2)):\(pad(c.second ?? 0, 2))"
      + "\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
  }
}
