import Foundation
import Testing
import TerminalKit
import TestSupport
@testable import ClinicDeskApp

/// `--plain` opens the terminal with the ASCII fallback: every frame the dashboard sends, in every pane and with
/// the `/` filter line and help open, is printable ASCII at 80×24.
@Suite struct PlainModeTests {
    @Test func everyPlainFrameIsASCII() throws {
        let keys: [Key] = [
            .character("2"), .character("3"), .character("4"), .character("1"), .character("v"), .character("/"),
            .character("m"), .enter, .character("?"),
        ]
        let terminal = HeadlessTerminal(
            size: Size(width: 80, height: 24), events: keys.flatMap { [TerminalEvent.key($0), .tick] },
            textFallback: .ascii)
        let app = DashboardApp(
            terminal: terminal, source: InMemoryPracticeSource(Fixture.smallDemo), user: "Ana R.",
            themeSearchPaths: [Harness.themesFolder], now: { Fixture.now })
        _ = app.run()
        #expect(terminal.frames.count >= keys.count)
        for (index, frame) in terminal.frames.enumerated() {
            let text = frame.text
            #expect(text.utf8.allSatisfy { $0 == 10 || ($0 >= 0x20 && $0 < 0x7F) }, "frame \(index):\n\(text)")
        }
    }
}
