import ClinicDomain
import Foundation
import TerminalKit

/// The dashboard: reads events from a `Terminal`, turns keys into state changes and commands, and draws a
/// whole `Canvas` per frame (the terminal sends only what changed).
///
/// The loop is `nextEvent` → `handle` → `render` → `draw`. `handle` and `render` are public so tests drive
/// the app without a loop: feed `TerminalEvent`s, read the canvas.
public final class DashboardApp {
    /// How long `nextEvent` waits before a tick: the clock and wait times move without a keypress, and changes
    /// made on other terminals show within half a second.
    public static let tickMilliseconds = 200

    private let terminal: any Terminal
    private let source: any PracticeSource
    private let themeSearchPaths: [String]
    private let now: () -> Date
    private var state: DashboardState
    private var alertCache: (key: AlertCacheKey, alerts: [Alert])?
    public private(set) var isFinished = false
    /// What `run()` returns: 0 after `q`, `:q` or a hang-up; 130 after SIGINT/SIGTERM (the shell convention).
    public private(set) var exitCode: Int32 = 0

    /// - Parameters:
    ///   - theme: the theme to start with (already adapted to the terminal, e.g. `NcursesTerminal.theme`).
    ///   - themeSearchPaths: where `:theme NAME` looks for `NAME.toml`.
    ///   - now: the clock; tests pass a fixed one.
    ///   - panes: the panes in focus order; the standard four by default.
    public init(terminal: any Terminal, source: any PracticeSource, user: String, theme: Theme = .builtInDefault,
                themeSearchPaths: [String] = [], now: @escaping () -> Date = { Date() }, panes: [any Pane]? = nil) {
        self.terminal = terminal
        self.source = source
        self.themeSearchPaths = themeSearchPaths
        self.now = now
        self.state = DashboardState(panes: panes ?? PaneRegistry.standardPanes(), theme: theme, user: user)
    }

    /// The store's notes (a repair made on open, damage that keeps the folder read-only) go to the status line,
    /// where the person at the desk reads them; stderr is hidden behind the full-screen display.
    private func showNotices() {
        let notices = source.takeNotices()
        if !notices.isEmpty { state.message = .info(notices.joined(separator: " · ")) }
    }

    /// Runs until `q`, `:q`, a hang-up or a terminate signal; restores the terminal on the way out.
    public func run() -> Int32 {
        defer { terminal.shutdown() }
        showNotices()
        terminal.draw(render(size: terminal.size))
        while !isFinished {
            let event = terminal.nextEvent(timeout: Self.tickMilliseconds)
            handle(event)
            if !isFinished { terminal.draw(render(size: terminal.size)) }
        }
        return exitCode
    }

    /// Applies one event. Returns false once the app should stop.
    @discardableResult
    public func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(let key):
            let effects = state.handle(key, practice: source.practice, now: now())
            for effect in effects { perform(effect) }
        case .tick:
            // Other terminals' changes arrive here; the clock and waits move because render reads `now()`.
            _ = source.refresh()
            showNotices()
        case .resize:
            // The next render reads the new size; nothing is cached per size.
            break
        case .hangup:
            isFinished = true
        case .terminate:
            exitCode = 130
            isFinished = true
        }
        return !isFinished
    }

    /// The whole screen for `size`, from the current state, practice and clock.
    public func render(size: Size) -> Canvas {
        let practice = source.practice
        let time = now()
        return ScreenRenderer(state: state, practice: practice, now: time, ascii: usesASCII,
                              alerts: alerts(practice, now: time)).render(size: size)
    }

    // MARK: - For tests and the executable

    /// The status line's message, if any ("ok 42 T-31", an error sentence).
    public var statusMessage: String? { state.message?.text }
    public var statusIsError: Bool { state.message?.kind == .error }
    /// The focused pane's title.
    public var focusedPane: String { state.panes[state.focus].title }
    public var themeName: String { state.theme.name }

    // MARK: - Effects

    private func perform(_ effect: Effect) {
        switch effect {
        case .execute(let command):
            do {
                let receipt = try source.execute(command, actor: state.user, now: now())
                state.message = .success(receipt)
            } catch {
                state.message = .error(String(describing: error))
            }
        case .loadTheme(let name):
            loadTheme(name)
        case .redraw:
            terminal.invalidate()
        case .quit:
            isFinished = true
        }
    }

    private func loadTheme(_ name: String) {
        do {
            let theme = try Theme.load(named: name, searchPaths: themeSearchPaths)
            state.theme = adapted(theme)
            state.message = .success("Theme \(theme.name).")
        } catch {
            if name == "default" {
                state.theme = adapted(.builtInDefault)
                state.message = .success("Theme default (built in).")
            } else {
                state.message = .error(error.description)
            }
        }
    }

    /// A theme reduced to what the real terminal shows (fewer colours, or none).
    private func adapted(_ theme: Theme) -> Theme {
        guard let ncurses = terminal as? NcursesTerminal else { return theme }
        if ncurses.colorCount >= 256 { return theme }
        if ncurses.colorCount >= 8 { return theme.adapted(toPalette: ncurses.colorCount >= 16 ? 16 : 8) }
        return theme.monochrome()
    }

    private var usesASCII: Bool {
        (terminal as? NcursesTerminal).map { !$0.supportsUnicode } ?? false
    }

    /// Alerts scan every claim: recompute only when the state, the minute or the mask changes.
    private func alerts(_ practice: Practice, now: Date) -> [Alert] {
        let key = AlertCacheKey(seq: practice.lastSeq, minute: Int(now.timeIntervalSince1970 / 60),
                                privacy: state.privacy)
        if let cache = alertCache, cache.key == key { return cache.alerts }
        let alerts = AlertFeed.alerts(practice, now: now, privacy: state.privacy)
        alertCache = (key, alerts)
        return alerts
    }
}

private struct AlertCacheKey: Equatable {
    var seq: UInt64
    var minute: Int
    var privacy: Bool
}
