import ArgumentParser
import Foundation
import RolloutKit
import RolloutServe

/// `rollout-serve`: the program `rollout serve` runs (docs/serve.md), kept apart so that the
/// other commands never load the web server's libraries.
@main
struct RolloutServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rollout-serve",
    abstract: "The web server of 'rollout serve': a note form, the report, status.json.",
    version: RolloutVersion.current)

  @Option(help: "The address to listen on; 127.0.0.1 is this computer only.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0: any free port, printed at start).")
  var port = 8080

  @Option(help: "The plan file. Default: $ROLLOUT_PLAN, else the single plan in ./Plans/.")
  var plan: String?

  func run() async throws {
    let settings = ServeSettings(planOption: plan, host: host, port: port)
    let language = settings.language
    let printer = DiagnosticPrinter(colour: false, language: language)
    do {
      let workspace = try Workspace.open(planOption: plan)
      if try workspace.tokens().tokens.isEmpty { print(ServeText.noTokens(language: language)) }
    } catch {
      FileHandle.standardError.write(Data(printer.format(error.diagnostics).utf8))
      throw ExitCode(1)
    }
    if !["127.0.0.1", "localhost", "::1"].contains(host) {
      print(ServeText.notLoopback(language: language))
    }
    do {
      try await RolloutServer.run(settings)
    } catch {
      let problem = Diagnostic(
        ServeProblem.cannotListen(host: host, port: port, reason: String(describing: error)))
      FileHandle.standardError.write(Data(printer.format([problem]).utf8))
      throw ExitCode(1)
    }
  }
}
