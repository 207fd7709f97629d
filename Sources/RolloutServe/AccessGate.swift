import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import RolloutKit

/// Every request passes here (docs/serve.md): the plan is read as it is now, the token is
/// looked up (401 without a valid one, before anything else is read), the response gets
/// headers that keep the page and its link private, and one line is logged.
struct AccessGate: RouterMiddleware {
  typealias Context = ServeContext
  let settings: ServeSettings

  func handle(
    _ request: Request, context: ServeContext,
    next: (Request, ServeContext) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    var context = context
    var response: Response
    do {
      response = try await admit(request, &context, next)
    } catch let error as HTTPResponseError {
      response = Response(status: error.status)
    }
    response.headers.append(contentsOf: Responses.privateHeaders)
    RequestLog.line(
      request, status: response.status.code, remote: context.remote,
      token: context.token?.name, elapsed: ContinuousClock.now - start)
    return response
  }

  private func admit(
    _ request: Request, _ context: inout ServeContext,
    _ next: (Request, ServeContext) async throws -> Response
  ) async throws -> Response {
    let settings = self.settings
    let opened: Result<(Workspace, TokenList), DiagnosticsError> =
      try await NIOThreadPool.singleton.runIfActive {
        do throws(DiagnosticsError) {
          let workspace = try settings.workspace()
          return .success((workspace, try workspace.tokens()))
        } catch {
          return .failure(error)
        }
      }
    let workspace: Workspace
    let tokens: TokenList
    switch opened {
    case .success(let pair): (workspace, tokens) = pair
    case .failure(let error):
      return Responses.problems(
        error.diagnostics, status: .internalServerError, request, language: settings.language)
    }
    let secret = Self.secret(of: request)
    guard let secret, let token = tokens.token(matching: secret) else {
      return Responses.problems(
        [Diagnostic(WebProblem.noToken)], status: .unauthorized, request,
        language: workspace.plan.language)
    }
    context.workspace = workspace
    context.token = token
    context.secret = secret
    return try await next(request, context)
  }

  /// `Authorization: Bearer SECRET` (scripts), else `?t=SECRET` (a person's link).
  static func secret(of request: Request) -> String? {
    if let header = request.headers[.authorization] {
      let parts = header.split(separator: " ", maxSplits: 1)
      if parts.count == 2, parts[0].lowercased() == "bearer" {
        return parts[1].trimmingCharacters(in: .whitespaces)
      }
    }
    return FormFields(urlEncoded: request.uri.query ?? "")["t"]
  }
}

/// One line per request on standard output: time, client, method, path (never the query,
/// which holds the secret), status, milliseconds, token name.
enum RequestLog {
  static func line(
    _ request: Request, status: Int, remote: String, token: String?, elapsed: Duration
  ) {
    let ms =
      elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    let stamp = ISO8601DateFormatter().string(from: Date())
    let path = printable(request.uri.path)
    Console.say("\(stamp) \(remote) \(request.method) \(path) \(status) \(ms)ms \(token ?? "-")")
  }

  /// A path as one log word: control characters and spaces as `?`, at most 200 characters.
  static func printable(_ path: String) -> String {
    String(
      path.unicodeScalars.prefix(200).map {
        $0.value < 0x21 || $0.value == 0x7F ? "?" : Character($0)
      })
  }
}

/// Lines on standard output, written at once (a pipe or systemd's journal sees each line
/// as it happens).
enum Console {
  static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
