import Foundation
import Testing
import TestSupport

/// The keys file in the real binary: a rebound Flow key shows in the hint line and in `?`, and does the work; a
/// file with a mistake opens the dashboard on the standard keys and says where the mistake is.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: the tmux end-to-end tests are skipped"))
struct KeysFileTmuxTests {
    @Test func aReboundFlowKeyShowsInHintsAndHelpAndChecksIn() throws {
        let (tmux, folders) = try dashboard(
            "k", width: 100, height: 30,
            keysFile: "# the front desk wants arrive on a capital\n[flow]\narrive = \"A\"\n")

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
        withExtendedLifetime(folders) {}
    }

    @Test func aBrokenKeysFileIsRefusedWithItsLineAndTheStandardKeysStay() throws {
        let (tmux, folders) = try dashboard(
            "b", width: 160, height: 40, keysFile: "[flow]\narrive = \"A\"\nteleport = \"T\"\n")
        let screen = try tmux.waitFor("b") { $0.contains("keys.toml:3: [flow] teleport") }
        #expect(screen.contains("standard keys"))
        try tmux.keys("b", "j")
        _ = try tmux.waitFor("b") { $0.contains("Flow:   a arrive") }
        try tmux.keys("b", "q")
        _ = try tmux.waitFor("b") { $0.contains(Tmux.promptMark) && !$0.contains("Maple Family Practice") }
        withExtendedLifetime(folders) {}
    }

    /// The demo practice's dashboard in tmux session `name`, with `keysFile` as the user's keys.toml; the folders
    /// are removed when the caller lets them go.
    private func dashboard(_ name: String, width: Int, height: Int, keysFile: String) throws
        -> (Tmux, [Folder])
    {
        let folder = Folder("keys-\(name)")
        try DemoClinic.create(in: folder)
        let config = Folder("keys-\(name)-config")
        try FileManager.default.createDirectory(atPath: config.path + "/clinicdesk", withIntermediateDirectories: true)
        try keysFile.write(toFile: config.path + "/clinicdesk/keys.toml", atomically: true, encoding: .utf8)
        let tmux = Tmux()
        try tmux.newSession(name, width: width, height: height)
        try tmux.type(
            name, line: "XDG_CONFIG_HOME=\(Tmux.quote(config.path)) " + DemoClinic.dashboardLine(folder, user: "ana"))
        return (tmux, [folder, config])
    }
}
