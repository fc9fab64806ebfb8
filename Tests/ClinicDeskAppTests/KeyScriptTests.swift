import Foundation
@testable import ClinicDeskApp
import ClinicDomain
import Testing
import TerminalKit
import TestSupport

/// The dashboard driven by keys on a headless terminal, asserting on what matters on screen.
@Suite struct KeyScriptTests {
    @Test func tabShiftTabAndDigitsMoveFocusVisibly() {
        let h = Harness()
        #expect(h.app.focusedPane == "Flow")
        #expect(h.text.contains("┌ 1 Flow"))
        h.press(.tab)
        #expect(h.app.focusedPane == "Tasks")
        #expect(h.text.contains("┌ 2 Tasks"))
        #expect(h.screen.row(1).contains("[2 Tasks"))
        h.press(.backTab, .backTab)
        #expect(h.app.focusedPane == "Roster")
        h.press(.character("3"))
        #expect(h.app.focusedPane == "Claims")
        #expect(h.text.contains("┌ 3 Claims"))
        h.press(.character("1"))
        #expect(h.app.focusedPane == "Flow")
    }

    @Test func jAndKMoveTheSelection() throws {
        let h = Harness()
        h.press(.character("3"))
        func selectedRow(_ canvas: Canvas) -> String? {
            (0..<canvas.size.height).map(canvas.row).first { $0.contains("│▶") }
        }
        let first = try #require(selectedRow(h.screen))
        h.press(.character("j"))
        let second = try #require(selectedRow(h.screen))
        #expect(first != second)
        h.press(.down, .character("k"))
        #expect(selectedRow(h.screen) == second)
        h.press(.up)
        #expect(selectedRow(h.screen) == first)
    }

    @Test func questionMarkOpensHelpAndEscClosesIt() {
        let h = Harness()
        h.press(.character("2"))
        let help = h.press(.character("?"))
        #expect(help.text.contains("┌ Keys"))
        #expect(help.text.contains("new card"), "the focused pane's keys come first")
        h.press(.character("j"))
        #expect(h.text.contains("┌ Keys"), "j scrolls, it does not close")
        let closed = h.press(.escape)
        #expect(!closed.text.contains("┌ Keys"))
    }

    /// `G` then `k` scrolls up one line at once (the scroll used to park far past the end).
    @Test func helpScrollsBackUpAfterG() {
        let h = Harness()
        h.press(.character("?"))
        let top = h.text
        let bottom = h.press(.character("G")).text
        #expect(bottom != top)
        let up = h.press(.character("k")).text
        #expect(up != bottom, "k after G moves the help up")
        #expect(h.press(.character("g")).text == top)
    }

    @Test func enterOpensTheDetailPopup() {
        let h = Harness()
        h.press(.character("3"))
        let popup = h.press(.enter)
        #expect(popup.text.contains("Lines"))
        #expect(popup.text.contains("99214"))
        #expect(!h.press(.escape).text.contains("99214"))
    }

    @Test func aCommandThatSucceedsShowsItsReceipt() {
        let h = Harness()
        h.press(.character(":"))
        #expect(h.statusLine.hasPrefix(":"))
        h.type("task add \"Buy printer paper\" --column backlog")
        #expect(h.statusLine.contains("Buy printer paper"))
        h.press(.enter)
        #expect(h.app.statusMessage?.hasPrefix("ok ") == true)
        #expect(h.statusLine.contains("ok "))
        #expect(h.source.practice.tasks.values.contains { $0.title == "Buy printer paper" })
    }

    @Test func aCommandThatFailsShowsTheErrorInTheStatusLine() {
        let h = Harness()
        h.press(.character(":"))
        h.type("claim pay C-999 10.00")
        h.press(.enter)
        #expect(h.app.statusIsError)
        #expect(h.statusArea.contains("There is no claim C-999."))

        h.press(.character(":"))
        h.type("task frobnicate T-1")
        h.press(.enter)
        // A parse error keeps the line open, the message above it and a caret under column 6 of the line.
        #expect(h.statusLine.hasPrefix(":task frobnicate T-1"))
        #expect(h.statusArea.contains("unknown verb 'frobnicate' for task"))
        let above = h.screen.row(h.size.height - 2)
        #expect(above.firstIndex(of: "^").map { above.distance(from: above.startIndex, to: $0) } == 6)
    }

    @Test func commandHistoryRecallsWithUpArrow() {
        let h = Harness()
        h.press(.character(":")); h.type("goto 2026-11-24"); h.press(.enter)
        #expect(h.text.contains("viewing"))
        h.press(.character(":"), .up)
        #expect(h.statusLine.contains("goto 2026-11-24"))
        h.press(.escape)
        h.press(.character("t"))
        #expect(!h.text.contains("viewing"))
    }

    @Test func appCommandsThemeAndQuit() {
        let h = Harness()
        h.press(.character(":")); h.type("theme high-contrast"); h.press(.enter)
        #expect(h.app.themeName == "high-contrast")
        h.press(.character(":")); h.type("theme nosuchtheme"); h.press(.enter)
        #expect(h.app.statusIsError)
        #expect(h.app.themeName == "high-contrast")
        h.press(.character(":")); h.type("q"); h.press(.enter)
        #expect(h.app.isFinished)
    }

    @Test func resizeRedrawsAndTooSmallShowsTheEnlargeMessage() {
        let h = Harness(size: Size(width: 100, height: 30))
        #expect(h.text.contains("┌ 1 Flow"))
        h.resize(Size(width: 70, height: 20))
        let small = h.screen
        #expect(small.size == Size(width: 70, height: 20))
        #expect(small.text.contains("┌ 1 Flow"))
        #expect(!small.text.contains("Enlarge"))
        h.resize(Size(width: 40, height: 12))
        let tiny = h.text
        #expect(tiny.contains("Enlarge it to at least 60×18"))
        #expect(tiny.contains("now 40×12"))
        h.resize(Size(width: 200, height: 60))
        #expect(h.text.contains("┌ 4 Roster"))
    }

    @Test func privacyMaskShowsInitialsOnly() {
        let h = Harness()
        h.press(.character("3"))
        #expect(h.text.contains("K. Brown"))
        h.press(.function(11))
        #expect(!h.text.contains("K. Brown"))
        #expect(h.text.contains("K.B."))
        #expect(h.screen.row(0).contains("PRIVACY"))
    }

    @Test func runLoopQuitsOnQAndShutsTheTerminalDown() {
        // A scripted .tick is a pause in the typing: the keys before it are drawn as one frame.
        let terminal = HeadlessTerminal(
            size: Size(width: 80, height: 24),
            events: [
                .tick, .key(.tab), .tick, .resize(Size(width: 100, height: 30)), .tick,
                .key(.character("q")),
            ])
        let app = DashboardApp(
            terminal: terminal, source: InMemoryPracticeSource(Fixture.busyDesk()), user: "Ana R.",
            now: { Fixture.now })
        #expect(app.run() == 0)
        #expect(terminal.isShutDown)
        #expect(terminal.frames.count == 3, "first frame, after Tab, after the resize; the idle tick draws none")
        #expect(terminal.frames[1].text.contains("┌ 2 Tasks"))
        #expect(terminal.lastFrame?.size == Size(width: 100, height: 30))
    }

    @Test func hangupAndTerminateEndTheLoop() {
        let hangup = HeadlessTerminal(size: Size(width: 80, height: 24), events: [])
        #expect(
            DashboardApp(
                terminal: hangup, source: InMemoryPracticeSource(Fixture.busyDeskRows()), user: "x",
                now: { Fixture.now }
            ).run() == 0)
        let terminate = HeadlessTerminal(size: Size(width: 80, height: 24), events: [.terminate])
        #expect(
            DashboardApp(
                terminal: terminate, source: InMemoryPracticeSource(Fixture.busyDeskRows()), user: "x",
                now: { Fixture.now }
            ).run() == 130)
        #expect(terminate.isShutDown)
    }

    @Test func theClockTicksWithoutAKeypress() {
        final class Clock: @unchecked Sendable { var now = Fixture.now }
        let clock = Clock()
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24))
        let app = DashboardApp(
            terminal: terminal, source: InMemoryPracticeSource(Fixture.busyDesk()), user: "Ana R.",
            now: { clock.now })
        #expect(app.render(size: terminal.size).row(0).contains("10:42"))
        clock.now = Fixture.at(10, 47)
        app.handle(.tick)
        #expect(app.render(size: terminal.size).row(0).contains("10:47"))
    }

    @Test func ctrlLAsksTheTerminalForAFullRepaint() {
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24))
        let app = DashboardApp(
            terminal: terminal, source: InMemoryPracticeSource(Fixture.busyDesk()), user: "Ana R.",
            now: { Fixture.now })
        #expect(terminal.invalidations == 0)
        app.handle(.key(.control("l")))
        #expect(terminal.invalidations == 1)
        #expect(!app.isFinished, "Ctrl-L redraws; it never locks or quits")
    }

    @Test func theStoresNoticesShowInTheStatusLine() {
        final class NoticingSource: PracticeSource {
            let inner = InMemoryPracticeSource(Fixture.busyDesk())
            var notices = ["a torn last record (12 bytes) was cut from journal-41.log"]
            var practice: Practice { inner.practice }
            func submit(
                _ command: Command, actor: String, now: Date,
                completion: @escaping @Sendable (WriteOutcome) -> Void
            ) {
                inner.submit(command, actor: actor, now: now, completion: completion)
            }
            func refresh() -> Bool { false }
            func takeNotices() -> [String] { defer { notices = [] }; return notices }
        }
        let terminal = HeadlessTerminal(size: Size(width: 100, height: 30))
        let app = DashboardApp(terminal: terminal, source: NoticingSource(), user: "Ana R.", now: { Fixture.now })
        #expect(app.statusMessage == nil)
        app.handle(.tick)
        #expect(app.statusMessage?.contains("torn last record") == true)
        #expect(app.render(size: terminal.size).text.contains("torn last record"))
    }
}
