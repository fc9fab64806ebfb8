@testable import ClinicDeskApp
import Foundation
import Testing

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

    @Test func noKeyIsBoundTwiceInOneScope() {
        for scope in Keymap.standard.scopes {
            let keys = Keymap.standard.bindings(in: scope).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(scope) binds a key twice")
        }
    }

    @Test func paneVerbsShadowGlobalsOnlyInTheirPane() {
        #expect(Keymap.standard.resolve(.character("t"), pane: "Roster") == .rosterTimeOff)
        #expect(Keymap.standard.resolve(.character("t"), pane: "Tasks") == .today)
        #expect(Keymap.standard.resolve(.character("q"), pane: "Claims") == .quit)
    }
}
