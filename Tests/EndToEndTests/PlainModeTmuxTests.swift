import Foundation
import Testing
import TestSupport

/// `--plain` in a real terminal: at 80×24 every byte on screen is ASCII, the dashboard stays on the normal
/// screen (no alternate screen), and the raw mouse report a terminal may send is not read as keys.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: the tmux end-to-end tests are skipped"))
struct PlainModeTmuxTests {
    @Test func plainModeIsASCIIOnTheNormalScreen() throws {
        let folder = Folder("plain")
        try DemoClinic.create(in: folder)
        let tmux = Tmux()
        try tmux.newSession("p", width: 80, height: 24)
        try tmux.type("p", line: DemoClinic.dashboardLine(folder, user: "ana", extra: "--plain"))
        var screen = try tmux.waitFor("p") { $0.contains("Maple Family Practice") && $0.contains("1 Flow") }
        #expect(Self.isASCII(screen), "non-ASCII on a --plain screen:\n\(screen)")
        let alternate = try tmux.run(["display-message", "-p", "-t", "p", "#{alternate_on}"])
        #expect(alternate.hasPrefix("0"), "the dashboard switched to the alternate screen")

        // Help and the claims pane, where colour used to carry a status, stay ASCII too.
        try tmux.keys("p", "3")
        screen = try tmux.waitFor("p") { $0.contains("[3 Claims") }
        #expect(Self.isASCII(screen), "non-ASCII on a --plain screen:\n\(screen)")

        // A raw SGR mouse report (ESC [ < 0 ; 12 ; 5 M) with digits in it does not switch panes.
        try tmux.run(["send-keys", "-t", "p", "-H", "1b", "5b", "3c", "30", "3b", "32", "3b", "35", "4d"])
        try tmux.keys("p", "C-l")
        screen = try tmux.waitFor("p") { $0.contains("[3 Claims") || $0.contains("[2 Tasks") }
        #expect(screen.contains("[3 Claims"))

        try tmux.keys("p", "q")
        _ = try tmux.waitFor("p") { $0.contains(Tmux.promptMark) && !$0.contains("1 Flow") }
    }

    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
