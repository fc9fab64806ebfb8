import TestSupport
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp

/// Under LANG=C the terminal shows every frame through `TextFallback.ascii`. The dashboard on the demo practice,
/// booking form open (`b` in Flow), through a headless terminal doing the same, against the golden screen.
@Suite struct ASCIIScreenTests {
    /// The frame `terminal.draw` was last given by a real run: `b`, then a pause so the app draws, then hang-up.
    private func bookingFormScreen(size: Size, fallback: TextFallback) throws -> Canvas {
        let terminal = HeadlessTerminal(size: size, events: [.key(.character("b")), .tick], textFallback: fallback)
        let app = DashboardApp(
            terminal: terminal, source: InMemoryPracticeSource(Fixture.smallDemo), user: "Ana R.",
            themeSearchPaths: [Harness.themesFolder], now: { Fixture.now })
        _ = app.run()
        return try #require(terminal.lastFrame)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)])
    func bookingFormInASCII(size: Size) throws {
        let ascii = try bookingFormScreen(size: size, fallback: .ascii)
        let unicode = try bookingFormScreen(size: size, fallback: .unicode)
        Golden.check(ascii, named: "dashboard-ascii-booking-\(size.width)x\(size.height)", in: .screens)
        #expect(ascii.text.contains("+ Book an appointment -"), "the form's border is ASCII")
        #expect(unicode.text.contains("┌ Book an appointment ─"))

        for y in 0..<size.height {
            for x in 0..<size.width {
                let shown = ascii[x, y].grapheme
                let drawn = unicode[x, y].isContinuation ? unicode[x - 1, y].grapheme : unicode[x, y].grapheme
                #expect(
                    shown.utf8.count == 1 && shown.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F },
                    "(\(x),\(y)) shows '\(shown)'")
                if let scalar = drawn.unicodeScalars.first, (0x2500...0x257F).contains(scalar.value) {
                    #expect("-|+".contains(shown), "border \(drawn) at (\(x),\(y)) shows '\(shown)'")
                }
                if shown == "?" {
                    // Only a "?" the app drew itself, or a letter of a script ASCII has no form for (王).
                    #expect(
                        drawn == "?" || (drawn.first?.isLetter == true && DisplayWidth.of(drawn) == 2),
                        "(\(x),\(y)) '\(drawn)' became '?'")
                }
            }
        }
    }
}
