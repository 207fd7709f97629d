// swift-tools-version:6.1
// A libFuzzer target over rollout's readers; built only by Scripts/fuzz/run, which passes
// -sanitize=fuzzer,address to every module so that libFuzzer sees their coverage.
import PackageDescription

let package = Package(
  name: "rollout-fuzz",
  dependencies: [.package(name: "rollout", path: "../..")],
  targets: [
    .executableTarget(
      name: "rollout-fuzz",
      dependencies: [
        .product(name: "RolloutKit", package: "rollout"),
        .product(name: "YAML", package: "rollout"),
      ]
    )
  ]
)
