import Foundation
import Testing
import TestSupport

/// The binary's test clock (docs/ARCHITECTURE.md, testing): `CLINICDESK_NOW` sets where "now" starts for `exec`,
/// `day` and the dashboard, `CLINICDESK_CLOCK_RATE` how fast it then runs.
@Suite struct TestClockTests {
    typealias JSON = [String: Any]

    static func instant(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }

    /// When each task titled `titles` was created, from the export.
    static func createdAt(_ titles: [String], in folder: Folder) throws -> [Date] {
        let export = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? JSON)
        let tasks = root["tasks"] as? [JSON] ?? []
        return try titles.map { title in
            let task = try #require(tasks.first { $0["title"] as? String == title }, "no task \(title)")
            return try #require((task["createdAt"] as? String).flatMap(instant), "no createdAt on \(title)")
        }
    }

    @Test func aStoppedClockStampsEveryCommandAtItsStart() throws {
        let folder = Folder("clock-stopped")
        try DemoClinic.create(in: folder)
        let result = try CLI.run(
            ["exec", "--data", folder.path], stdin: "task add \"one\"\ntask add \"two\"\n",
            environment: [CLI.nowVariable: CLI.now, CLI.clockRateVariable: "0"])
        #expect(result.status == 0, "\(result.err)")
        let start = try #require(Self.instant(CLI.now))
        #expect(try Self.createdAt(["one", "two"], in: folder) == [start, start])
    }

    @Test func aFastClockRunsAheadOfTheWall() throws {
        let folder = Folder("clock-fast")
        try DemoClinic.create(in: folder)
        let rate = 86_400.0 // a day a second: the millisecond between two commands is more than a minute
        let wall = Date()
        let result = try CLI.run(
            ["exec", "--data", folder.path], stdin: "task add \"first\"\ntask add \"second\"\n",
            environment: [CLI.nowVariable: CLI.now, CLI.clockRateVariable: "\(rate)"])
        let elapsed = Date().timeIntervalSince(wall)
        #expect(result.status == 0, "\(result.err)")
        let start = try #require(Self.instant(CLI.now))
        let stamps = try Self.createdAt(["first", "second"], in: folder)
        #expect(stamps[0] >= start && stamps[1] > stamps[0], "\(stamps) from \(start)")
        #expect(stamps[1].timeIntervalSince(start) <= elapsed * rate + 1, "\(stamps[1]) after \(elapsed) s")
    }

    @Test func dayShowsTheTestClocksToday() throws {
        let folder = Folder("clock-day")
        try DemoClinic.create(in: folder)
        let tuesday = try CLI.run(["day", "--data", folder.path, "--date", "2026-11-24"])
        let monday = try CLI.run(["day", "--data", folder.path, "--date", "2026-11-23"])
        #expect(tuesday.out != monday.out && !tuesday.lines.isEmpty)
        let clocked = try CLI.run(["day", "--data", folder.path], environment: [CLI.nowVariable: CLI.now])
        #expect(clocked.status == 0, "\(clocked.err)")
        #expect(clocked.out == tuesday.out)
    }

    @Test func aClockThatDoesNotParseIsRefused() throws {
        let folder = Folder("clock-bad")
        try DemoClinic.create(in: folder)
        let badRate = try CLI.run(["day", "--data", folder.path], environment: [CLI.clockRateVariable: "fast"])
        #expect(badRate.status != 0 && badRate.err.contains("CLINICDESK_CLOCK_RATE wants a number"), "\(badRate.err)")
        let badNow = try CLI.run(["day", "--data", folder.path], environment: [CLI.nowVariable: "tomorrow"])
        #expect(badNow.status != 0 && badNow.err.contains("CLINICDESK_NOW wants an ISO-8601 instant"), "\(badNow.err)")
    }
}
