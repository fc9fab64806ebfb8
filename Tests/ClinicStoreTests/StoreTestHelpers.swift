import Foundation
import Glibc
@testable import ClinicStore

/// A fresh temporary folder per test, removed at deinit.
final class TempFolder {
    let path: String
    init(_ name: String = "store") {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/clinicstore-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
    func bytes(_ name: String) -> [UInt8] { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: file(name))))) ?? [] }
    func write(_ name: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(bytes))
    }
}

func mode(of path: String) -> mode_t {
    var st = stat()
    _ = stat(path, &st)
    return st.st_mode & 0o777
}

import ClinicDomain
import TestSupport

/// The one place store tests build a starting practice: empty, in the fixture's zone.
func initialPractice() -> Practice {
    Practice(settings: PracticeSettings(name: "Test Practice", timeZoneID: Fixture.zoneID))
}

/// The store tests' instant: 2026-11-24 09:00:00.75 UTC (the fraction checks that stamps round down), not on the
/// fixture's minute on purpose.
let testNow = Date(timeIntervalSince1970: 1_795_510_800.75)

func command(_ line: String) -> Command {
    do { return try CommandLanguage.parse(line) } catch { fatalError("test command does not parse: \(line): \(error)") }
}

/// Options for deterministic tests: no background tailing, no automatic snapshots.
func quietOptions() -> Store.Options {
    var o = Store.Options()
    o.tail = false
    o.snapshotOnClose = false
    o.snapshotEveryEvents = .max
    o.snapshotInterval = .infinity
    return o
}

func makeStore(_ dir: TempFolder, options: Store.Options = quietOptions()) throws -> Store {
    try Store.create(folder: dir.path, initial: initialPractice())
    return try Store.open(folder: dir.path, options: options)
}

extension TempFolder {
    func segmentNames() -> [String] {
        ((try? FileSystem.list(path)) ?? []).filter { $0.hasPrefix("journal-") }.sorted()
    }
    func snapshotNames() -> [String] {
        ((try? FileSystem.list(path)) ?? []).filter { $0.hasPrefix("snapshot-") }.sorted()
    }
}
