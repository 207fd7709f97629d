import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import RolloutKit

/// `rollout serve` (docs/serve.md): the note form, this week's report and `status.json`, each
/// behind a token, until SIGTERM or SIGINT stops it.
public enum RolloutServer {
  /// Serves until stopped; throws when it cannot listen.
  public static func run(_ settings: ServeSettings) async throws {
    let writer = NIOThreadPool(numberOfThreads: 1)
    writer.start()
    var logger = Logger(label: "rollout-serve")
    logger.logLevel = .warning
    let app = Application(
      router: router(settings, writer: writer),
      configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? settings.port
        Console.say(
          ServeText.listening(host: settings.host, port: port, language: settings.language))
      },
      logger: logger)
    try await app.runService()
    try? await writer.shutdownGracefully()
    Console.say(ServeText.stopped(language: settings.language))
  }

  static func router(_ settings: ServeSettings, writer: NIOThreadPool) -> Router<ServeContext> {
    let router = Router(context: ServeContext.self)
    router.add(middleware: AccessGate(settings: settings))
    router.get("/") { request, context in try await form(request, context) }
    router.get("/report") { request, context in try await report(request, context) }
    router.get("/status.json") { request, context in try await status(request, context) }
    let notes = NoteRoute(writer: writer)
    router.post("/notes") { request, context in try await notes.post(request, context: context) }
    return router
  }

  static func form(_ request: Request, _ context: ServeContext) async throws -> Response {
    guard let workspace = context.workspace, let token = context.token else {
      return Response(status: .unauthorized)
    }
    let state = Pages.FormState(
      plan: workspace.plan, week: workspace.thisWeek, token: token, secret: context.secret)
    return Responses.html(Pages.form(state))
  }

  /// This week's report as HTML, in the plan's language.
  static func report(_ request: Request, _ context: ServeContext) async throws -> Response {
    guard let workspace = context.workspace else { return Response(status: .unauthorized) }
    let result: Result<String, DiagnosticsError> = try await NIOThreadPool.singleton.runIfActive {
      do throws(DiagnosticsError) {
        return .success(
          try workspace.report(
            week: workspace.thisWeek, asOf: nil, phase: nil, language: nil, templatePath: nil,
            format: .html))
      } catch {
        return .failure(error)
      }
    }
    switch result {
    case .success(let html): return Responses.html(html)
    case .failure(let error):
      return Responses.problems(
        error.diagnostics, status: .internalServerError, request, language: workspace.plan.language)
    }
  }

  /// `status --json` for this week.
  static func status(_ request: Request, _ context: ServeContext) async throws -> Response {
    guard let workspace = context.workspace else { return Response(status: .unauthorized) }
    let result: Result<String, DiagnosticsError> = try await NIOThreadPool.singleton.runIfActive {
      do throws(DiagnosticsError) {
        return .success(
          StatusJSON.render(try workspace.evaluation(week: workspace.thisWeek, asOf: nil)))
      } catch {
        return .failure(error)
      }
    }
    switch result {
    case .success(let json): return Responses.json(json)
    case .failure(let error):
      return Responses.json(
        Responses.jsonError(error.diagnostics, language: workspace.plan.language),
        status: .internalServerError)
    }
  }
}
