import Foundation
import Testing
@testable import TerminalKit

/// Every test that touches ncurses lives here: ncurses is process-global state, so they run one at a time.
@Suite(.serialized) struct NcursesTerminalTests {
    private func openHeadless(colorMode: ColorMode = .automatic) throws -> NcursesTerminal {
        let out = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        return try NcursesTerminal(
            theme: .builtInDefault, colorMode: colorMode, terminalType: "xterm-256color",
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
            _ = try NcursesTerminal(
                theme: .builtInDefault, colorMode: .automatic, terminalType: "no-such-term-xyz",
                output: out, input: input, locale: "C.UTF-8")
        }
        #expect(error?.message.contains("TERM 'no-such-term-xyz' is unknown") == true)
    }

    /// TERM=dumb has a terminfo entry but no `cup`: ncurses would open it and draw nothing.
    @Test func aTerminalThatCannotMoveTheCursorIsRefusedAndGivenBack() throws {
        let out = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let error = #expect(throws: TerminalError.self) {
            _ = try NcursesTerminal(
                theme: .builtInDefault, colorMode: .automatic, terminalType: "dumb",
                output: out, input: input, locale: "C.UTF-8")
        }
        #expect(error?.reason == .unusableTerminal)
        #expect(error?.message.contains("this terminal (TERM=dumb) cannot move the cursor") == true)
        let next = try openHeadless()
        next.shutdown()
    }

    /// LANG=C: the terminal picks the ASCII fallback itself, and what reaches ncurses is the transliteration.
    @Test func aNonUTF8LocaleDrawsASCIIStandIns() throws {
        let out = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let terminal = try NcursesTerminal(
            theme: .builtInDefault, colorMode: .automatic,
            terminalType: "xterm-256color", output: out, input: input, locale: "C")
        defer {
            terminal.shutdown()
            setlocale(LC_ALL, "C.UTF-8")
        }
        #expect(!terminal.supportsUnicode)
        #expect(terminal.textFallback == .ascii)
        terminal.resizeForTesting(to: Size(width: 20, height: 2))
        var canvas = Canvas(size: terminal.size)
        canvas.put("┌─ Müller ✓ 王 ─┐", x: 0, y: 0, style: .plain)
        terminal.draw(canvas)
        #expect(terminal.screenRow(0) == "+- Muller + ?? -+   ")
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
        let terminal = try NcursesTerminal(
            theme: .builtInDefault, colorMode: .automatic, terminalType: "xterm",
            output: out, input: input, locale: "C.UTF-8")
        defer { terminal.shutdown() }
        #expect(terminal.colorCount == 8)
        #expect(terminal.theme[.waitLate].foreground == .red)
    }

    /// The app asks `nextEvent(timeout: 0)` until `.tick` to drain typed-ahead keys: on a live terminal that must
    /// hand out what is waiting, then answer `.tick` at once, again and again (never mistake it for a closed stdin).
    @Test func zeroTimeoutReturnsWaitingKeysThenTicksAtOnce() throws {
        let pty = try #require(PseudoTerminal())
        let master = pty.master
        defer { close(master) }
        let slaveName = pty.slaveName
        // Output on the pty too: ncurses sets cbreak through the output's descriptor.
        let input = try #require(fopen(slaveName, "r"))
        let out = try #require(fopen(slaveName, "w"))
        let terminal = try NcursesTerminal(
            theme: .builtInDefault, colorMode: .none, terminalType: "xterm-256color",
            output: out, input: input, locale: "C.UTF-8")
        defer { terminal.shutdown() }
        let typed = Array("jjk".utf8)
        #expect(write(master, typed, typed.count) == typed.count)
        // The bytes cross the pty asynchronously: wait (bounded) for the first, then the rest are already there.
        var first = TerminalEvent.tick
        for _ in 0..<50 where first == .tick { first = terminal.nextEvent(timeout: 100) }
        #expect(first == TerminalEvent.key(.character("j")))
        #expect(terminal.nextEvent(timeout: 0) == TerminalEvent.key(.character("j")))
        #expect(terminal.nextEvent(timeout: 0) == TerminalEvent.key(.character("k")))
        let started = ContinuousClock.now
        for _ in 0..<10 { #expect(terminal.nextEvent(timeout: 0) == .tick) }
        #expect(ContinuousClock.now - started < .seconds(1), "a zero timeout does not wait")
        #expect(terminal.nextEvent(timeout: 20) == .tick, "still open after many immediate answers")
    }
}

/// A pty pair for feeding real terminal input. The pty calls are looked up at run time: Glibc's module does not
/// export them without _XOPEN_SOURCE.
private struct PseudoTerminal {
    let master: Int32
    let slaveName: String

    init?() {
        typealias IntFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let library = dlopen(nil, RTLD_NOW)
        guard let open = dlsym(library, "posix_openpt"), let grant = dlsym(library, "grantpt"),
            let unlock = dlsym(library, "unlockpt"), let name = dlsym(library, "ptsname")
        else { return nil }
        let fd = unsafeBitCast(open, to: IntFunction.self)(O_RDWR | O_NOCTTY)
        guard fd >= 0, unsafeBitCast(grant, to: IntFunction.self)(fd) == 0,
            unsafeBitCast(unlock, to: IntFunction.self)(fd) == 0,
            let path = unsafeBitCast(name, to: NameFunction.self)(fd)
        else { return nil }
        master = fd
        slaveName = String(cString: path)
    }
}
