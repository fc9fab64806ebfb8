@testable import ClinicDeskApp
import Foundation
import TerminalKit
import Testing

/// The keys file rebinds actions by the names `?` shows; any mistake refuses the whole file and says where.
@Suite struct KeymapFileTests {
    @Test func aRebindingMovesTheActionAndReachesHintsAndHelp() throws {
        let keymap = try KeymapFile.parse(
            """
            # the front desk wants arrive on a capital
            [flow]
            arrive = "A"
            [global]
            quit = ["Q", "C-q"]
            """, file: "keys.toml")
        #expect(keymap.resolve(.character("A"), pane: .flow) == .flowArrive)
        #expect(keymap.resolve(.character("a"), pane: .flow) == nil)
        #expect(keymap.resolve(.control("q"), pane: .tasks) == .quit)
        #expect(keymap.hints(for: .pane(.flow)).first == PaneKeyHint(key: "A", label: "arrive", changes: true))
        let help = HelpContent.lines(keymap: keymap, panes: PaneRegistry.standardPanes())
        #expect(help.contains { $0.hasPrefix("  A ") && $0.hasSuffix(" arrive") })
    }

    @Test func aRebindingWorksInTheDashboard() throws {
        let keymap = try KeymapFile.parse("[flow]\narrive = \"A\"\n", file: "keys.toml")
        let h = Harness(keymap: keymap)
        #expect(h.statusLine.hasPrefix(" Flow:   A arrive  i insurance"))
        h.press(.character("a"))
        #expect(h.statusLine.hasPrefix(" Flow:"), "a is bound to nothing now")
        h.press(.character("A"))
        #expect(h.statusArea.contains("check in A-"), "A sent the check-in (saved or refused, it went out)")
    }

    /// Form keys move too: with cancel on C-g, Esc no longer closes a form and C-g does; typing is untouched.
    @Test func formKeysRebindInsideForms() throws {
        let keymap = try KeymapFile.parse("[form]\ncancel = \"C-g\"\n", file: "keys.toml")
        #expect(keymap.formKey(for: .control("g")) == .escape)
        #expect(keymap.formKey(for: .escape) == nil)
        #expect(keymap.formKey(for: .character("x")) == .character("x"))
        let h = Harness(keymap: keymap)
        h.press(.character("b"))
        #expect(h.text.contains("Book an appointment"))
        #expect(h.text.contains("C-g cancel"), "the form's footer names the key in use")
        h.press(.escape)
        #expect(h.text.contains("Book an appointment"), "Esc is swallowed")
        h.press(.control("g"))
        #expect(!h.text.contains("Book an appointment"))
    }

    @Test(
        "mistakes are refused with the line and the entry",
        arguments: [
            ("[flow]\narrive = \"A\"\n[flw]\nsee = \"x\"\n", 3, "[flw]", "unknown table"),
            ("[flow]\n\narrive = \"A\"\nteleport = \"T\"\n", 4, "[flow] teleport", "no such action"),
            ("[tasks]\nnew = \"Ctrl-\"\n", 2, "[tasks] new", "not a key name"),
            ("[flow]\narrive = \"s\"\n", 2, "[flow] arrive", "already bound to flow.see"),
            ("[roster]\nsick = \"q\"\n", 2, "[roster] sick", "already bound to global.quit"),
            ("[claims]\npay = 3\n", 2, "[claims] pay", "expected a key name"),
            ("[flow\narrive = \"A\"\n", 1, nil, "TOML syntax error"),
            // Found by scripts/fuzz.sh: these aborted the process inside TOMLKit's parser instead of failing.
            ("[*]\narrive = \"A\"\n", 1, nil, "column 2: expected a key"),
            ("[flow]\narrive = \"A\"\n[\n", 3, nil, "column 2: expected a key"),
            ("[\u{0}low]\narrive = \"A\"\n", 1, nil, "control character U+0000 at column 2"),
        ] as [(String, Int, String?, String)])
    func refused(text: String, line: Int, entry: String?, message: String) {
        #expect {
            _ = try KeymapFile.parse(text, file: "keys.toml")
        } throws: { error in
            guard let error = error as? KeymapFileError else { return false }
            return error.line == line && error.entry == entry && error.message.contains(message)
                && error.description.hasPrefix("keys.toml:\(line)") && error.description.contains("standard keys")
        }
    }

    @Test func noFileMeansTheStandardKeys() throws {
        #expect(try KeymapFile.load(path: "/nonexistent/clinicdesk/keys.toml") == .standard)
        #expect(KeymapFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/clinicdesk/keys.toml")
        #expect(KeymapFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/clinicdesk/keys.toml")
    }
}
