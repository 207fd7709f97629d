// swift-tools-version:6.1
// A libFuzzer target over rollout's readers; built only by Scripts/fuzz/run, never by CI's
// `swift build`, because it has no `main` of its own (libFuzzer provides it).
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
      ],
      swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])],
      linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
    )
  ]
)
