// swift-tools-version: 6.1
import PackageDescription

// Dependency rule (docs/ARCHITECTURE.md): dependencies point down only, and each target lists exactly the modules
// its files import (system modules aside):
//   clinicdesk → ClinicDeskApp, TerminalKit, ClinicStore, ClinicDemo, ClinicDomain, ClinicX12, ClinicInterop,
//                CHeapStats, ArgumentParser
//   ClinicDeskApp → TerminalKit, ClinicStore, ClinicDomain, ClinicX12 (`:import era`), ClinicInterop (`:export`),
//                   TOMLKit (the keys file)
//   TerminalKit → CNcurses, CNcursesShim, TOMLKit     ClinicStore → ClinicDomain, DequeModule, Crypto,
//                                                                    _CryptoExtras (PIN hashing: scrypt)
//   ClinicDemo → ClinicDomain                         ClinicDomain → HashTreeCollections
//   ClinicX12 → ClinicDomain                          ClinicInterop → ClinicDomain
//   ClinicDeskFuzz → ClinicDeskApp, ClinicDemo, ClinicDomain, ClinicStore, ClinicX12, TerminalKit (scripts/fuzz.sh)
// Only TerminalKit imports CNcurses (its tests too, for ncurses' key codes); nothing imports upward.
//
// Linux only, so no `platforms:` entry: ClinicStore and clinicdesk call Glibc directly, CHeapStats reads glibc's
// mallinfo2, the ncurses shim includes <ncursesw/ncurses.h> and links libncursesw (Linux names), and the
// Synchronization module's Mutex would need macOS 15 anyway. Claiming macOS here would promise a build that fails.
let package = Package(
    name: "ClinicDesk",
    products: [
        .executable(name: "clinicdesk", targets: ["clinicdesk"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // TreeDictionary for the per-day indexes, Deque for the store's pending events.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // Tests only: generated inputs with shrinking, for the round-trip property of accepted commands.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "CHeapStats", path: "Sources/CHeapStats"),
        // C: includes the system's ncurses header itself (no import of CNcurses), and links it.
        .target(
            name: "CNcursesShim",
            path: "Sources/CNcursesShim",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(
            name: "ClinicDomain",
            dependencies: [.product(name: "HashTreeCollections", package: "swift-collections")],
            // The ICD-10-CM code set (scripts/extract-icd10cm.py): read-only data, loaded once on the first lookup.
            resources: [.copy("Resources/icd10cm.tsv")]
        ),
        .target(name: "ClinicDemo", dependencies: ["ClinicDomain"]),
        // ASC X12: reading 835 remittances, writing 837P claims. Pure, like the domain it maps to.
        .target(name: "ClinicX12", dependencies: ["ClinicDomain"]),
        // iCalendar, CSV and FHIR R4: exports streamed from the state, CSV imports turned into one command.
        .target(name: "ClinicInterop", dependencies: ["ClinicDomain"]),
        .target(
            name: "ClinicStore",
            dependencies: [
                "ClinicDomain", .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "TerminalKit",
            dependencies: ["CNcurses", "CNcursesShim", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "ClinicDeskApp",
            dependencies: [
                "TerminalKit", "ClinicStore", "ClinicDomain", "ClinicX12", "ClinicInterop",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // libFuzzer targets for every parser and decoder of outside bytes (scripts/fuzz.sh builds it with
        // -sanitize=fuzzer); the ordinary build replays inputs through the same code.
        .executableTarget(
            name: "ClinicDeskFuzz",
            dependencies: ["ClinicDeskApp", "ClinicDemo", "ClinicDomain", "ClinicStore", "ClinicX12", "TerminalKit"]
        ),
        .executableTarget(
            name: "clinicdesk",
            dependencies: [
                "ClinicDeskApp", "TerminalKit", "ClinicStore", "ClinicDomain", "ClinicDemo", "ClinicX12",
                "ClinicInterop", "CHeapStats", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the fixed-clock practice fixture, golden screens, the tmux and CLI harnesses.
        .target(
            name: "TestSupport",
            dependencies: ["ClinicDomain", "ClinicDemo", "TerminalKit"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "ClinicDomainTests", dependencies: ["ClinicDomain", "TestSupport"]),
        .testTarget(
            name: "ClinicX12Tests",
            dependencies: ["ClinicX12", "ClinicDomain", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ClinicInteropTests", dependencies: ["ClinicInterop", "ClinicDomain", "ClinicDemo", "TestSupport"]),
        .testTarget(name: "ClinicDemoTests", dependencies: ["ClinicDemo", "ClinicDomain", "TestSupport"]),
        .testTarget(
            name: "ClinicStoreTests",
            dependencies: [
                "ClinicStore", "ClinicDomain", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TerminalKitTests",
            dependencies: ["TerminalKit", "CNcurses", "TestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "ClinicDeskAppTests",
            dependencies: [
                "ClinicDeskApp", "TerminalKit", "ClinicDomain", "ClinicStore", "ClinicInterop", "TestSupport",
            ],
            // Fixtures/835: remittances for `:import era` (copies of two of ClinicX12Tests' fixtures).
            resources: [.copy("Golden"), .copy("Fixtures")]
        ),
        // Starts the real binary (in tmux, or as child processes) and imports none of ours but TestSupport: the edge
        // to clinicdesk (and ClinicDeskFuzz, whose replayer runs the fuzz corpus) is there so `swift test` builds them.
        .testTarget(name: "EndToEndTests", dependencies: ["clinicdesk", "ClinicDeskFuzz", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
