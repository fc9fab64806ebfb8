import Foundation
import Testing
@testable import TerminalKit

/// Every test that touches ncurses lives here: ncurses is process-global state, so they run one at a time.
@Suite(.serialized) struct NcursesTerminalTests {
    private func openHeadless(colorMode: ColorMode = .automatic) throws -> NcursesTerminal {
        let out = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        return try NcursesTerminal(theme: .builtInDefault, colorMode: colorMode, terminalType: "xterm-256color",
                                   output: out, input: input, locale: "C.UTF-8")
    }

    @Test func drawsWideCharactersThroughNcursesAndSkipsUnchangedCells() throws {
        let terminal = try openHeadless()
        defer { terminal.shutdown() }
        terminal.resizeForTesting(to: Size(width: 30, height: 4))
        #expect(terminal.size == Size(width: 30, height: 4))
        #expect(terminal.supportsUnicode)

        var canvas = Canvas(size: terminal.size)
        canvas.put("10:20 王小明 arrived", x: 0, y: 0, style: Style(foreground: .yellow))
        canvas.put("Renée Müller 🚀", x: 2, y: 1, style: Style(attributes: .bold))
        canvas.put("e\u{301}", x: 0, y: 2, style: .plain)
        terminal.draw(canvas)

        #expect(terminal.screenRow(0) == canvas.row(0))
        #expect(terminal.screenRow(1) == canvas.row(1))
        #expect(terminal.screenRow(0).hasPrefix("10:20 王小明 arrived"))
        #expect(terminal.cellsWrittenLastFrame == 30 * 4 - 3 - 1) // wide chars are one write each

        terminal.draw(canvas)
        #expect(terminal.cellsWrittenLastFrame == 0)

        var next = canvas
        next.put("X", x: 7, y: 0, style: .plain) // overwrites the right half of 王
        terminal.draw(next)
        #expect(terminal.screenRow(0).hasPrefix("10:20  X小明 arrived"))
        #expect(terminal.cellsWrittenLastFrame == 2)
    }

    @Test func invalidateMakesTheNextFrameResendEveryCell() throws {
        let terminal = try openHeadless()
        defer { terminal.shutdown() }
        var canvas = Canvas(size: terminal.size)
        canvas.put("Ctrl-L repaints", x: 0, y: 0, style: .plain)
        terminal.draw(canvas)
        terminal.draw(canvas)
        #expect(terminal.cellsWrittenLastFrame == 0)
        terminal.invalidate()
        terminal.draw(canvas)
        #expect(terminal.cellsWrittenLastFrame == canvas.size.width * canvas.size.height)
        #expect(terminal.screenRow(0).hasPrefix("Ctrl-L repaints"))
    }

    @Test func resizeForcesAFullRepaint() throws {
        let terminal = try openHeadless()
        defer { terminal.shutdown() }
        terminal.resizeForTesting(to: Size(width: 10, height: 2))
        var canvas = Canvas(size: terminal.size)
        canvas.put("hello", x: 0, y: 0, style: .plain)
        terminal.draw(canvas)
        terminal.resizeForTesting(to: Size(width: 10, height: 2))
        terminal.draw(canvas)
        #expect(terminal.cellsWrittenLastFrame == 20)
        #expect(terminal.screenRow(0) == "hello     ")
    }

    @Test func shutdownIsIdempotentAndAllowsANewTerminal() throws {
        let first = try openHeadless()
        #expect(throws: TerminalError.self) { _ = try openHeadless() }
        first.shutdown()
        first.shutdown()
        #expect(first.nextEvent(timeout: 0) == .hangup)
        let second = try openHeadless(colorMode: .none)
        defer { second.shutdown() }
        #expect(second.colorCount == 0)
        #expect(second.theme[.tableSelected].foreground == .default)
        #expect(second.theme[.tableSelected].attributes.contains(.reverse))
    }

    @Test func unknownTermIsAnErrorNotAnExit() throws {
        let out = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let error = #expect(throws: TerminalError.self) {
            _ = try NcursesTerminal(theme: .builtInDefault, colorMode: .automatic, terminalType: "no-such-term-xyz",
                                    output: out, input: input, locale: "C.UTF-8")
        }
        #expect(error?.message.contains("TERM 'no-such-term-xyz' is unknown") == true)
    }

    @Test func endOfInputBecomesHangupNotABusyLoop() throws {
        let terminal = try openHeadless()
        defer { terminal.shutdown() }
        var events: [TerminalEvent] = []
        for _ in 0..<5 { events.append(terminal.nextEvent(timeout: 100)) }
        #expect(events.contains(.hangup))
    }

    @Test func eightColourTerminalUsesThemeFallbacks() throws {
        let out = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let terminal = try NcursesTerminal(theme: .builtInDefault, colorMode: .automatic, terminalType: "xterm",
                                           output: out, input: input, locale: "C.UTF-8")
        defer { terminal.shutdown() }
        #expect(terminal.colorCount == 8)
        #expect(terminal.theme[.waitLate].foreground == .red)
    }
}
