import Foundation
import Testing
import TestSupport

/// The keys file in the real binary: a rebound Flow key shows in the hint line and in `?`, and does the work; a
/// file with a mistake opens the dashboard on the standard keys and says where the mistake is.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: the tmux end-to-end tests are skipped"))
struct KeysFileTmuxTests {
    @Test func aReboundFlowKeyShowsInHintsAndHelpAndChecksIn() throws {
        let folder = Folder("keys-rebind")
        try DemoClinic.create(in: folder)
        let config = Folder("keys-rebind-config")
        try FileManager.default.createDirectory(atPath: config.path + "/clinicdesk", withIntermediateDirectories: true)
        try "# the front desk wants arrive on a capital\n[flow]\narrive = \"A\"\n"
            .write(toFile: config.path + "/clinicdesk/keys.toml", atomically: true, encoding: .utf8)
        let tmux = Tmux()
        try tmux.newSession("k", width: 100, height: 30)
        try tmux.type(
            "k",
            line: "XDG_CONFIG_HOME=\(Tmux.quote(config.path)) "
                + DemoClinic.dashboardLine(folder, user: "ana"))

        _ = try tmux.waitFor("k") { $0.contains("Flow:   A arrive") }
        try tmux.keys("k", "?")
        _ = try tmux.waitFor("k") { screen in
            screen.split(separator: "\n").contains { $0.contains(" A ") && $0.contains("arrive") }
        }
        try tmux.keys("k", "Escape")
        _ = try tmux.waitFor("k") { $0.contains("Flow:   A arrive") }
        // The rebound key sends the check-in (saved, or refused with its reason: either way it went out).
        try tmux.keys("k", "A")
        _ = try tmux.waitFor("k") { $0.contains("check in A-") }
        try tmux.keys("k", "q")
        _ = try tmux.waitFor("k") { $0.contains(Tmux.promptMark) && !$0.contains("Maple Family Practice") }
    }

    @Test func aBrokenKeysFileIsRefusedWithItsLineAndTheStandardKeysStay() throws {
        let folder = Folder("keys-broken")
        try DemoClinic.create(in: folder)
        let config = Folder("keys-broken-config")
        try FileManager.default.createDirectory(atPath: config.path + "/clinicdesk", withIntermediateDirectories: true)
        try "[flow]\narrive = \"A\"\nteleport = \"T\"\n"
            .write(toFile: config.path + "/clinicdesk/keys.toml", atomically: true, encoding: .utf8)
        let tmux = Tmux()
        try tmux.newSession("b", width: 160, height: 40)
        try tmux.type(
            "b",
            line: "XDG_CONFIG_HOME=\(Tmux.quote(config.path)) "
                + DemoClinic.dashboardLine(folder, user: "ana"))
        let screen = try tmux.waitFor("b") { $0.contains("keys.toml:3: [flow] teleport") }
        #expect(screen.contains("standard keys"))
        try tmux.keys("b", "j")
        _ = try tmux.waitFor("b") { $0.contains("Flow:   a arrive") }
        try tmux.keys("b", "q")
        _ = try tmux.waitFor("b") { $0.contains(Tmux.promptMark) && !$0.contains("Maple Family Practice") }
    }
}
