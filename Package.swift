// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "rollout",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rollout", targets: ["rollout"]),
    .executable(name: "rollout-serve", targets: ["rollout-serve"]),
    .library(name: "RolloutKit", targets: ["RolloutKit"]),
    .library(name: "YAML", targets: ["YAML"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/CoreOffice/XMLCoder", exact: "0.18.2"),
    // Only for rollout-serve; without its default traits (swift-configuration, full Foundation).
    .package(
      url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
  ],
  targets: [
    // Debian's libyaml, found through pkg-config.
    .systemLibrary(
      name: "CYaml",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // A small YAML layer that knows nothing about rollouts.
    .target(name: "YAML", dependencies: ["CYaml"]),
    .target(
      name: "RolloutKit",
      dependencies: [
        "YAML",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "XMLCoder", package: "XMLCoder"),
      ]
    ),
    .executableTarget(
      name: "rollout",
      dependencies: [
        "RolloutKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `rollout serve`: the web server, in its own library and program, so that the other
    // commands never load NIO (docs/serve.md, "Why a second program").
    .target(
      name: "RolloutServe",
      dependencies: ["RolloutKit", .product(name: "Hummingbird", package: "hummingbird")]
    ),
    .executableTarget(
      name: "rollout-serve",
      dependencies: [
        "RolloutServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The tests' one snapshot helper (recording fails the run, so a recording is looked at).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "YAMLTests",
      dependencies: [
        "YAML", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "RolloutKitTests",
      dependencies: [
        "RolloutKit", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(name: "RolloutServeTests", dependencies: ["RolloutServe", "RolloutKit"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["rollout", "rollout-serve", "RolloutKit", "TestSupport"]),
  ]
)
