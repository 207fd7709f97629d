import Foundation
import RolloutKit
import YAML

// libFuzzer's driver, called from our own main because SwiftPM renames an executable's
// entry point and libFuzzer's main would not be found.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// One input, fed to every reader of user files; none of them may crash or hang.
let fuzzOne: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? Parser().parse(bytes)
  _ = PlanLoader.decode(bytes, file: "fuzz.yaml")
  return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzOne))
