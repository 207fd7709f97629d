import ArgumentParser
import Foundation
import RolloutKit

extension Rollout {
  /// `rollout serve`: starts `rollout-serve`, the web server kept in a program of its own so
  /// that no other command loads its libraries (docs/serve.md).
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: "Open the plan to the team in a browser: a note form, the report, status.json.",
      discussion: """
        Every request needs a token ('rollout token add NAME'): people open a link with \
        ?t=SECRET, scripts send 'Authorization: Bearer SECRET'. Each note records the \
        token's name as 'via'. Stop it with Ctrl-C or SIGTERM.
        """)

    @Option(help: "The address to listen on; 127.0.0.1 is this computer only.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
      let program = ServeProgram.path()
      var arguments = [program, "--host", host, "--port", String(port)]
      if let plan = planOptions.plan { arguments += ["--plan", plan] }
      let argv = arguments.map { strdup($0) } + [nil]
      execv(program, argv)
      // Only reached when the program could not be started.
      Output.print(diagnostics: [Diagnostic(ServeProblem.programMissing(program))])
      throw ExitCode(1)
    }
  }
}

/// Where `rollout-serve` is: beside this program.
enum ServeProgram {
  static func path() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let me =
      n > 0
      ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : (Bundle.main.executablePath ?? CommandLine.arguments[0])
    return ((me as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent("rollout-serve")
  }
}
