@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import TestSupport

/// A dashboard on a headless terminal and a fixed clock, driven key by key.
final class Harness {
    let terminal: HeadlessTerminal
    let source: InMemoryPracticeSource
    let app: DashboardApp
    var size: Size

    init(
        _ practice: Practice = Fixture.busyDesk(), size: Size = Size(width: 80, height: 24),
        now: Date = Fixture.now, keymap: Keymap = .standard, desk: DeskOptions = DeskOptions(),
        clock: TestClock? = nil
    ) {
        self.size = size
        terminal = HeadlessTerminal(size: size)
        source = InMemoryPracticeSource(practice)
        let read: () -> Date = clock.map { clock in { clock.now } } ?? { now }
        app = DashboardApp(
            terminal: terminal, source: source, user: "Ana R.", theme: .builtInDefault,
            themeSearchPaths: [Harness.themesFolder], now: read, keymap: keymap, desk: desk)
    }

    static var themesFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path
    }

    @discardableResult
    func press(_ keys: Key...) -> Canvas {
        for key in keys { app.handle(.key(key)) }
        return screen
    }

    /// Types characters one by one (for the command line).
    @discardableResult
    func type(_ text: String) -> Canvas {
        for ch in text { app.handle(.key(.character(ch))) }
        return screen
    }

    func resize(_ newSize: Size) {
        size = newSize
        app.handle(.resize(newSize))
    }

    var screen: Canvas { app.render(size: size) }
    var text: String { screen.text }
    var statusLine: String { screen.row(size.height - 1) }
}

/// A clock a test moves by hand (idle locks, wrong-PIN waits).
final class TestClock {
    var now: Date
    init(_ now: Date = Fixture.now) { self.now = now }
    func advance(seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
