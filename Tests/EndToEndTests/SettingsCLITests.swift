import Foundation
import Testing
import TestSupport

/// `set NAME VALUE` through `clinicdesk exec`: journaled, shown by the export, the `settings` listing and the
/// log; refused for a receptionist; a bad config.toml stops the dashboard before it opens, naming the line.
@Suite("Settings through the CLI")
struct SettingsCLITests {
    static func settings(_ folder: Folder) throws -> [String: Any] {
        let export = try CLI.run(["export", "--data", folder.path, "--now", DemoClinic.now])
        #expect(export.status == 0, "\(export.err)")
        let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        return try #require(json?["settings"] as? [String: Any])
    }

    @Test("exec 'set wait.warn 20' is journaled: the export, the listing and the log show it; reopened, it stays")
    func setThroughExec() throws {
        let folder = Folder("settings-exec")
        try DemoClinic.create(in: folder)
        let set = try UserCLITests.exec(folder, ["set wait.warn 20"])
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out.hasPrefix("ok "))
        #expect(try Self.settings(folder)["waitWarnMinutes"] as? Int == 20)
        let wip = try UserCLITests.exec(folder, ["set", "wip.doing", "none"])
        #expect(wip.status == 0, "\(wip.err)")
        #expect((try Self.settings(folder)["wipLimits"] as? [String: Int])?["doing"] == nil)

        let listing = try UserCLITests.exec(folder, ["settings"])
        #expect(listing.status == 0)
        #expect(listing.out.contains("wait.warn\t20\t"))
        #expect(listing.out.contains("wip.doing\tnone\t"))

        let log = try CLI.run(["log", "--data", folder.path, "--verb", "settings"])
        // Named by what it changed: the first change's settings before come from the demo's snapshot.
        #expect(log.out.contains("settingsChanged set wait.warn 20"), "\(log.out)")
        #expect(log.out.contains("settingsChanged set wip.doing none"), "\(log.out)")

        let refused = try UserCLITests.exec(folder, ["set wait.warn 40"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("wait.warn (40) must be less than wait.late (30)"), "\(refused.err)")
        let typo = try UserCLITests.exec(folder, ["set wait.warm 40"])
        #expect(typo.err.contains("column 5: unknown setting 'wait.warm' (did you mean wait.warn?"), "\(typo.err)")
    }

    @Test("a receptionist is refused, naming the role")
    func receptionistRefused() throws {
        let folder = try UserCLITests.folderWithAccounts()
        let refused = try UserCLITests.exec(
            folder, ["--user", "ana", "set wait.warn 20"], pin: UserCLITests.deskPin)
        #expect(refused.status == 1)
        #expect(refused.err.contains("Changing the practice's settings needs the manager role; ana is a receptionist"))
        let allowed = try UserCLITests.exec(
            folder, ["--user", "carla", "set wait.warn 20"], pin: UserCLITests.managerPin)
        #expect(allowed.status == 0, "\(allowed.err)")
    }

    @Test("a bad config.toml stops the dashboard before the screen opens, with file:line on stderr")
    func badConfigStopsTheDashboard() throws {
        let folder = Folder("settings-config")
        try DemoClinic.create(in: folder)
        let config = folder.path + "/config.toml"
        try "mouse = true\nwait_warn = 20\n".write(toFile: config, atomically: true, encoding: .utf8)
        let result = try CLI.run(["--data", folder.path, "--config", config])
        #expect(result.status == 2)
        #expect(result.err.contains("config.toml:2: wait_warn: practice settings are shared"), "\(result.err)")
        #expect(result.err.contains("`:set wait.warn …`"))
        try "lock_minutes = 600\n".write(toFile: config, atomically: true, encoding: .utf8)
        let late = try CLI.run(["--data", folder.path, "--config", config])
        #expect(late.status == 2)
        #expect(late.err.contains("config.toml:1: lock_minutes: must be 0–60 minutes"), "\(late.err)")
        let missing = try CLI.run(["--data", folder.path, "--config", folder.path + "/nope.toml"])
        #expect(missing.status == 2 && missing.err.contains("nope.toml: no such file"))
    }
}
