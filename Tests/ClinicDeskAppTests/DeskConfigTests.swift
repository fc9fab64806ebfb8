@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

/// config.toml: this terminal's preferences, refused whole with `config.toml:LINE:` on any mistake; practice
/// settings refused with the `:set` to use; flags laid over the file; the lock time reaching the idle lock.
@Suite("Desk config file")
struct DeskConfigTests {
    static let file = "/home/ana/.config/clinicdesk/config.toml"

    @Test func aGoodFileIsRead() throws {
        let config = try DeskConfig.parse(
            """
            # front desk 2
            lock_minutes = 5
            theme = "high-contrast"
            mouse = false
            plain = true
            """, file: Self.file)
        #expect(config.lockMinutes == 5 && config.lockMinutesLine == 2)
        #expect(config.theme == "high-contrast" && config.themeLine == 3)
        #expect(config.mouse == false && config.plain == true)
        #expect(try config.lockAfter(hasAccounts: true) == 300)
        #expect(try DeskConfig.parse("", file: Self.file).lockAfter(hasAccounts: true) == DeskOptions.defaultLockAfter)
    }

    @Test(arguments: [
        ("lock_minutes = 90", 1, "lock_minutes: must be 0–60 minutes (0: never, only without accounts), not 90"),
        ("theme = \"dark\"\nlock_minutes = \"ten\"", 2, "lock_minutes: must be a whole number of minutes"),
        ("lock_minutes = -1", 1, "lock_minutes: must be 0–60 minutes"),
        ("\n\nmouse = \"no\"", 3, "mouse: must be true or false"),
        ("plain = 1", 1, "plain: must be true or false"),
        ("theme = 3", 1, "theme: must be a theme name"),
        ("lock = 5", 1, "lock: unknown setting; expected one of lock_minutes, theme, mouse, plain"),
        (
            "mouse = true\nwait_warn = 20", 2,
            "wait_warn: practice settings are shared by every terminal: use `:set wait.warn …` instead"
        ),
        (
            "day_start = \"08:00\"", 1,
            "day_start: practice settings are shared by every terminal: use `:set hours.start …`"
        ),
        ("wip_doing = 3", 1, "wip_doing: practice settings are shared"),
        (
            "mouse = true\n[practice]\nname = \"Maple\"", 2,
            "practice: practice settings are shared by every terminal: use `:set NAME VALUE`"
        ),
        ("lock_minutes = [", 1, "TOML syntax error"),
    ])
    func mistakesNameTheLine(text: String, line: Int, message: String) {
        do {
            _ = try DeskConfig.parse(text, file: Self.file)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix("\(Self.file):\(line): \(message)"), "\(error)")
        }
    }

    @Test func neverLockingIsRefusedWhereThereAreAccounts() throws {
        let config = try DeskConfig.parse("theme = \"dark\"\nlock_minutes = 0", file: Self.file)
        #expect(try config.lockAfter(hasAccounts: false) == nil)
        #expect(throws: DeskConfigError.self) { try config.lockAfter(hasAccounts: true) }
        do { _ = try config.lockAfter(hasAccounts: true) } catch {
            #expect(error.description.hasPrefix("\(Self.file):2: lock_minutes: 0 (never lock) is refused"))
        }
        let flagged = DeskConfig().overridden(lockMinutes: 0, theme: nil, mouse: nil, plain: nil)
        do { _ = try flagged.lockAfter(hasAccounts: true) } catch {
            #expect(error.description.hasPrefix("--lock-minutes: 0 (never lock) is refused"))
        }
    }

    @Test func flagsWinOverTheFile() throws {
        let file = try DeskConfig.parse(
            "lock_minutes = 5\ntheme = \"mine.toml\"\nmouse = false\nplain = true", file: Self.file)
        #expect(file.themePath == "/home/ana/.config/clinicdesk/mine.toml", "relative to the config file")
        let merged = file.overridden(lockMinutes: 2, theme: "dark", mouse: true, plain: false)
        #expect(merged.lockMinutes == 2 && merged.theme == "dark" && merged.mouse == true && merged.plain == false)
        #expect(merged.themePath == "dark")
        #expect(try merged.lockAfter(hasAccounts: true) == 120)
        let untouched = file.overridden(lockMinutes: nil, theme: nil, mouse: nil, plain: nil)
        #expect(untouched == file)
    }

    @Test func theDefaultPathFollowsXDG() throws {
        #expect(DeskConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/clinicdesk/config.toml")
        #expect(DeskConfig.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/clinicdesk/config.toml")
        #expect(throws: DeskConfigError.self) { try DeskConfig.load(path: "/nonexistent/c.toml", required: true) }
        #expect(try DeskConfig.load(path: "/nonexistent/c.toml") == DeskConfig())
    }

    @Test("lock_minutes = 3 locks the dashboard after 3 idle minutes, not 10")
    func lockMinutesReachTheIdleLock() throws {
        let config = try DeskConfig.parse("lock_minutes = 3", file: Self.file)
        let clock = TestClock()
        let harness = Harness(
            Fixture.busyDesk(), size: Size(width: 160, height: 48),
            desk: DeskOptions(
                authority: LockScreenTests.authority, lockAfter: try config.lockAfter(hasAccounts: true),
                signedIn: "ana"),
            clock: clock)
        clock.advance(seconds: 179)
        harness.app.handle(.tick)
        #expect(!harness.app.isLocked)
        clock.advance(seconds: 1)
        harness.app.handle(.tick)
        #expect(harness.app.isLocked)
    }

    @Test(":set lock 1 changes this terminal's idle lock until it closes; :settings lists the practice's values")
    func colonSetLockAndSettings() {
        let clock = TestClock()
        let harness = Harness(
            Fixture.busyDesk(), size: Size(width: 160, height: 48),
            desk: DeskOptions(authority: LockScreenTests.authority, signedIn: "ana"), clock: clock)
        harness.type(":set lock 0")
        harness.press(.enter)
        #expect(harness.statusLine.contains("set lock 0 (never) is refused"))
        harness.type(":set lock 1")
        harness.press(.enter)
        #expect(harness.statusLine.contains("locks after 1 idle minute until it closes (not journaled"))
        clock.advance(seconds: 60)
        harness.app.handle(.tick)
        #expect(harness.app.isLocked)
        LockScreenTests().signIn(harness, pin: "4821")
        harness.type(":settings")
        harness.press(.enter)
        let text = harness.screen.text
        #expect(text.contains("Practice settings"))
        #expect(text.contains("wait.warn") && text.contains("wip.doing"))
    }
}
