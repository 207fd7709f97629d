import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A running `rollout serve` on a free loopback port (`--port 0`), started through the
/// `rollout` binary as a user would, and stopped with SIGTERM.
final class RunningServer: @unchecked Sendable {
  let process = Process()
  let folder: URL
  private(set) var port = 0
  private let out = Pipe()
  private let lock = NSLock()
  private var output = ""

  init(in folder: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
    self.folder = folder
    process.executableURL = URL(fileURLWithPath: rolloutBinary)
    process.arguments = ["serve", "--port", "0"] + arguments
    process.currentDirectoryURL = folder
    var env: [String: String] = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": NSTemporaryDirectory(), "NO_COLOR": "1", "ROLLOUT_TODAY": "2026-11-25",
      "TZ": "Europe/Helsinki",
    ]
    env.merge(environment) { _, new in new }
    process.environment = env
    process.standardOutput = out
    process.standardError = out
    out.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self, !data.isEmpty else { return }
      self.lock.withLock { self.output += String(decoding: data, as: UTF8.self) }
    }
    try launch(process)
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      if let port = lock.withLock({ Self.port(in: output) }) {
        self.port = port
        return
      }
      guard process.isRunning else { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    process.terminate()
    throw ServeFailure("the server did not start: \(log)")
  }

  /// Everything it printed so far.
  var log: String { lock.withLock { output } }

  static func port(in text: String) -> Int? {
    guard let range = text.range(of: "http://127.0.0.1:") else { return nil }
    return Int(text[range.upperBound...].prefix { $0.isNumber })
  }

  /// Stops it as systemd would, and returns its exit status.
  @discardableResult
  func stop() -> Int32 {
    if process.isRunning { kill(process.processIdentifier, SIGTERM) }
    process.waitUntilExit()
    return process.terminationStatus
  }

  deinit { if process.isRunning { process.terminate() } }

  var base: String { "http://127.0.0.1:\(port)" }

  /// One request; the status, the body and the headers.
  func request(
    _ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]
  ) async throws -> (status: Int, body: String, headers: [AnyHashable: Any]) {
    var request = URLRequest(url: URL(string: base + path)!)
    request.httpMethod = method
    request.httpBody = body
    for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
    let (data, response) = try await URLSession.shared.data(for: request)
    let http = response as! HTTPURLResponse
    return (http.statusCode, String(decoding: data, as: UTF8.self), http.allHeaderFields)
  }

  /// A form post as the page sends it.
  func postForm(_ fields: [String: String], secret: String, headers: [String: String] = [:])
    async throws -> (status: Int, body: String, headers: [AnyHashable: Any])
  {
    let body = fields.map { "\(formEncode($0.key))=\(formEncode($0.value))" }.joined(separator: "&")
    var all = ["Content-Type": "application/x-www-form-urlencoded"]
    all.merge(headers) { _, new in new }
    return try await request("POST", "/notes?t=\(secret)", body: Data(body.utf8), headers: all)
  }

  /// A JSON post as a script sends it, with the bearer token.
  func postJSON(_ object: [String: Any], secret: String) async throws -> (
    status: Int, body: String, headers: [AnyHashable: Any]
  ) {
    try await request(
      "POST", "/notes", body: try JSONSerialization.data(withJSONObject: object),
      headers: ["Content-Type": "application/json", "Authorization": "Bearer \(secret)"])
  }
}

func formEncode(_ s: String) -> String {
  var allowed = CharacterSet.alphanumerics
  allowed.insert(charactersIn: "-._~")
  return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
}

/// A scratch folder with the journal test plan and a token; its secret.
func serveWorkspace(
  _ name: String = #function, token: String = "helpdesk", readOnly: Bool = false
) throws -> (folder: URL, journal: String, secret: String) {
  let (folder, journal) = try workspace(name)
  let added = try runRollout(
    ["token", "add", token] + (readOnly ? ["--read-only"] : []), in: folder)
  guard added.status == 0 else { throw ServeFailure("token add: \(added.stderr)") }
  guard let secret = secretIn(added.stdout) else {
    throw ServeFailure("no secret in \(added.stdout)")
  }
  return (folder, journal, secret)
}

/// The secret printed by `rollout token add`: the line after the first blank one.
func secretIn(_ output: String) -> String? {
  output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    .first { $0.count == 43 && !$0.contains(" ") }
}

struct ServeFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
