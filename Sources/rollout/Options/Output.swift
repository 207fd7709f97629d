import ArgumentParser
import Foundation
import RolloutKit

/// Terminal output: diagnostics to stderr, colour only on a terminal without NO_COLOR.
enum Output {
  static func colourEnabled(fd: Int32) -> Bool {
    isatty(fd) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// The width of the terminal on `fd`, 80 when it does not say; `nil` when `fd` is not a
  /// terminal (a pipe or a file gets whole lines).
  static func terminalWidth(fd: Int32) -> Int? {
    guard isatty(fd) == 1 else { return nil }
    var size = winsize()
    guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  static func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints the problems, at most `DiagnosticLimit.defaultPerKind` of each kind.
  static func print(diagnostics: [Diagnostic]) {
    let printer = DiagnosticPrinter(colour: colourEnabled(fd: 2), language: Shell.language)
    printError(printer.format(DiagnosticLimit.apply(diagnostics)))
  }
}

/// Runs a command body; diagnostics go to stderr and the process exits 1 (docs/journal.md).
func reporting<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as DiagnosticsError {
    Output.print(diagnostics: error.diagnostics)
    throw ExitCode(1)
  }
}
