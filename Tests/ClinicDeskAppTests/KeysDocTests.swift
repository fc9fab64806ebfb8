@testable import ClinicDeskApp
import Foundation
import Testing
import TerminalKit

/// docs/KEYS.md is generated from the keymap table; this keeps the two equal.
/// `RECORD=1 swift test --filter KeysDocTests` rewrites the file.
@Suite struct KeysDocTests {
    static var docURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/KEYS.md")
    }

    @Test func keysDocMatchesTheKeymapTable() throws {
        let rendered = HelpContent.markdown(keymap: .standard, panes: PaneRegistry.standardPanes())
        if ProcessInfo.processInfo.environment["RECORD"] != nil {
            try rendered.write(to: Self.docURL, atomically: true, encoding: .utf8)
            return
        }
        let onDisk = try String(contentsOf: Self.docURL, encoding: .utf8)
        #expect(onDisk == rendered, "docs/KEYS.md is stale: run RECORD=1 swift test --filter KeysDocTests")
    }

    /// Every scope, Flow included: no key twice in a scope, and no pane key that also has a global meaning
    /// (Roster's `t` was "time off" and "back to today" at once).
    @Test func noKeyMeansTwoThingsInAnyScope() {
        for scope in KeyScope.all {
            #expect(!Keymap.standard.bindings(in: scope).isEmpty, "\(scope) has no keys in the table")
            let clashes = Keymap.standard.clashes(in: scope).map { "\($0.key.displayName): \($0.actions)" }
            #expect(clashes.isEmpty, "\(scope): \(clashes)")
        }
    }

    @Test func everyActionHasOneBindingAndItsNameReadsBack() {
        for action in KeyAction.allCases {
            #expect(Keymap.standard.bindings.filter { $0.action == action }.count == 1, "\(action)")
        }
        for binding in Keymap.standard.bindings {
            for key in binding.keys { #expect(Key(name: key.displayName) == key, "\(key.displayName)") }
        }
    }

    @Test func panesHearGlobalKeysTheyDoNotOwn() {
        #expect(Keymap.standard.resolve(.character("t"), pane: .roster) == .today)
        #expect(Keymap.standard.resolve(.character("o"), pane: .roster) == .rosterTimeOff)
        #expect(Keymap.standard.resolve(.character("a"), pane: .flow) == .flowArrive)
        #expect(Keymap.standard.resolve(.character("q"), pane: .claims) == .quit)
    }
}
