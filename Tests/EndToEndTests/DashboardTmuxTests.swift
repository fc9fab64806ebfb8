import Foundation
import Glibc
import Testing
import TestSupport

/// The real binary in a real terminal (tmux): it draws the four panes, follows keys, redraws on resize, shows the
/// enlarge notice when too small, and gives the terminal back as it found it on `q`.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: the tmux end-to-end tests are skipped"))
struct DashboardTmuxTests {
    @Test func opensKeysResizesAndQuitsCleanly() throws {
        let folder = Folder("dash")
        try DemoClinic.create(in: folder)
        let tmux = Tmux()
        try tmux.newSession("d", width: 100, height: 30)
        try tmux.type("d", line: DemoClinic.dashboardLine(folder, user: "ana"))

        // Medium layout: the focused Flow pane large, the others summarised; the clock shows the fixed time.
        // Waited for whole: a capture can land while the first frame is still being written.
        var screen = try tmux.waitFor("d") {
            $0.contains("Maple Family Practice") && $0.contains("1 Flow") && $0.contains("2 Tasks")
                && $0.contains("3 Claims") && $0.contains("4 Roster")
        }
        #expect(screen.contains("10:42"))

        // Tab moves focus to Tasks: its column headers appear in the large pane.
        try tmux.keys("d", "Tab")
        screen = try tmux.waitFor("d") { $0.contains("Backlog") && $0.contains("Doing") }

        // `?` opens help generated from the keymap; Esc closes it.
        try tmux.keys("d", "?")
        screen = try tmux.waitFor("d") {
            $0.localizedCaseInsensitiveContains("help") && $0.contains("Shift-Tab") || $0.contains("S-Tab")
        }
        try tmux.keys("d", "Escape")
        _ = try tmux.waitFor("d") { !$0.contains("S-Tab") && !$0.contains("Shift-Tab") }

        // Resizes redraw cleanly; below the minimum the enlarge notice shows instead of a garbled screen.
        try tmux.resize("d", width: 70, height: 20)
        screen = try tmux.waitFor("d") { $0.contains("Maple") && Self.widest($0) <= 70 }
        try tmux.resize("d", width: 40, height: 12)
        screen = try tmux.waitFor("d") { $0.localizedCaseInsensitiveContains("enlarge") }
        try tmux.resize("d", width: 200, height: 60)
        screen = try tmux.waitFor("d") {
            $0.contains("1 Flow") && $0.contains("2 Tasks") && $0.contains("Backlog") && $0.contains("4 Roster")
        }

        // `q` quits: the prompt is back and nothing of the practice stays on the screen.
        try tmux.keys("d", "q")
        screen = try tmux.waitFor("d") { !$0.contains("Maple Family Practice") && $0.contains(Tmux.promptMark) }
        try tmux.type("d", line: "echo exit=$?")
        screen = try tmux.waitFor("d") { $0.contains("exit=0") }
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let folder = Folder("term")
        try DemoClinic.create(in: folder)
        let tmux = Tmux()
        try tmux.newSession("t", width: 100, height: 30)
        try tmux.type("t", line: DemoClinic.dashboardLine(folder, user: "ana"))
        _ = try tmux.waitFor("t") { $0.contains("Maple Family Practice") }
        // The dashboard is the shell's child: send it SIGTERM from outside, as a shutdown script would.
        let shell = try tmux.run(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        let pid = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        kill(pid, SIGTERM)
        let screen = try tmux.waitFor("t") { !$0.contains("Maple Family Practice") && $0.contains(Tmux.promptMark) }
        #expect(!screen.contains("1 Flow"))
    }

    static func widest(_ screen: String) -> Int {
        screen.split(separator: "\n").map { (line: Substring) in line.count }.max() ?? 0
    }
}
