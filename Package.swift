// swift-tools-version: 6.1
import PackageDescription

// Dependency rule (docs/ARCHITECTURE.md): clinicdesk → ClinicDeskApp → {TerminalKit, ClinicStore, ClinicDemo} → ClinicDomain.
// Only TerminalKit imports CNcurses; nothing imports upward.
let package = Package(
    name: "ClinicDesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clinicdesk", targets: ["clinicdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // TreeDictionary: persistent tables, so a command changes O(log n) nodes instead of copying a table.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "CHeapStats", path: "Sources/CHeapStats"),
        .target(
            name: "CNcursesShim",
            dependencies: ["CNcurses"],
            path: "Sources/CNcursesShim",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(
            name: "ClinicDomain",
            dependencies: [.product(name: "HashTreeCollections", package: "swift-collections")]
        ),
        .target(name: "ClinicDemo", dependencies: ["ClinicDomain"]),
        .target(
            name: "ClinicStore",
            dependencies: ["ClinicDomain", .product(name: "DequeModule", package: "swift-collections")]
        ),
        .target(
            name: "TerminalKit",
            dependencies: ["CNcurses", "CNcursesShim", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "ClinicDeskApp",
            dependencies: ["TerminalKit", "ClinicStore", "ClinicDomain", "ClinicDemo"]
        ),
        .executableTarget(
            name: "clinicdesk",
            dependencies: [
                "ClinicDeskApp", "ClinicStore", "ClinicDomain", "ClinicDemo", "CHeapStats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the fixed-clock practice fixture, golden screens, the tmux and CLI harnesses.
        .target(
            name: "TestSupport",
            dependencies: ["ClinicDomain", "ClinicDemo", "TerminalKit"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "ClinicDomainTests", dependencies: ["ClinicDomain", "TestSupport"]),
        .testTarget(name: "ClinicDemoTests", dependencies: ["ClinicDemo", "ClinicDomain", "TestSupport"]),
        .testTarget(
            name: "ClinicStoreTests",
            dependencies: ["ClinicStore", "ClinicDomain", "TestSupport"]
        ),
        .testTarget(
            name: "TerminalKitTests",
            dependencies: ["TerminalKit", "TestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "ClinicDeskAppTests",
            dependencies: [
                "ClinicDeskApp", "TerminalKit", "ClinicDomain", "ClinicDemo", "ClinicStore", "TestSupport",
            ],
            resources: [.copy("Golden")]
        ),
        // Starts the real binary (in tmux, or as child processes); depends on it so `swift test` builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["clinicdesk", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
