import ClinicDomain
import Foundation
import TerminalKit

/// The dashboard: reads events from a `Terminal`, turns keys into state changes and commands, and draws a
/// whole `Canvas` per frame (the terminal sends only what changed).
///
/// The loop is `nextEvent` → `handle` (and every event already waiting) → `render` → `draw`, and a frame is built
/// only when something it shows may have changed: a key, a resize, a new practice state, a new minute, a write's
/// outcome. Commands go to the source without waiting for the disk; their outcomes land in a `WriteInbox` that
/// every `handle` drains. `handle` and `render` are public so tests drive the app without a loop: feed
/// `TerminalEvent`s, read the canvas.
public final class DashboardApp {
    /// How long `nextEvent` waits before a tick: the clock and wait times move without a keypress, and changes
    /// made on other terminals show within a fifth of a second.
    public static let tickMilliseconds = 200
    /// `nextEvent`'s timeout while writes are in flight, so an outcome shows within a few milliseconds of the
    /// fdatasync instead of at the next tick.
    public static let writePollMilliseconds = 15
    /// How long quitting waits for writes still in flight before it gives up on them.
    public static let closingWaitLimit = Duration.seconds(10)
    /// After this long, the status line says why quitting has not finished yet.
    static let closingNoticeDelay = Duration.milliseconds(500)
    /// How long one batch of waiting input may run before a frame is drawn anyway, so a flood of keys (a held key,
    /// a paste) still shows progress while it is worked through.
    public static let defaultInputBudget = Duration.milliseconds(50)

    private let terminal: any Terminal
    private let source: any PracticeSource
    private let themeSearchPaths: [String]
    private let now: () -> Date
    private let inputBudget: Duration
    private var state: DashboardState
    private var historyFile: CommandHistoryFile?
    private var startupNotices: [String]
    private let inbox = WriteInbox()
    /// `:import era` reads and parses here, off the loop.
    private let imports = ERAImportQueue()
    /// PINs typed at the locked screen are checked here, off the loop.
    private let signIns = SignInQueue()
    private let auditLog = AuditLogQueue()
    /// `:export` files are written here, off the loop.
    private let exports = ExportQueue()
    private let duties = DutyScheduler()
    /// Imports read while the keyboard was busy elsewhere (the `:` line, a popup): asked once it is free.
    private var waitingImports: [ERAImportResult] = []
    /// Moves with every event that may change the screen other than the practice and the clock (keys, resizes,
    /// notices), so an idle tick can tell that the last frame is still true.
    private var revision = 0
    private var lastFrame: FrameStamp?
    public private(set) var isFinished = false
    /// What `run()` returns: 0 after `q`, `:q` or a hang-up; 130 after SIGINT/SIGTERM (the shell convention).
    public private(set) var exitCode: Int32 = 0
    /// Frames built so far (`render` calls); tests check that idle ticks and bursts of keys build few.
    public private(set) var framesRendered = 0
    /// What the person should still read after the screen is restored: refusals that came back while quitting,
    /// writes that were still unanswered when the wait ran out.
    public private(set) var closingNotes: [String] = []
    private var hungUp = false

    /// - Parameters:
    ///   - theme: the theme to start with (already adapted to the terminal, e.g. `NcursesTerminal.theme`).
    ///   - themeSearchPaths: where `:theme NAME` looks for `NAME.toml`.
    ///   - now: the clock; tests pass a fixed one.
    ///   - panes: the panes in focus order; the standard four by default.
    ///   - inputBudget: how long waiting input is worked through before a frame is drawn anyway.
    ///   - keymap: the keys in use (the standard table with the user's keys file applied).
    ///   - notices: sentences to show when the dashboard opens (a keys file that was refused).
    ///   - desk: accounts, locking and read-only; the default is an open dashboard that never locks.
    public init(
        terminal: any Terminal, source: any PracticeSource, user: String, theme: Theme = .builtInDefault,
        themeSearchPaths: [String] = [], now: @escaping () -> Date = { Date() }, panes: [any Pane]? = nil,
        inputBudget: Duration = DashboardApp.defaultInputBudget, keymap: Keymap = .standard,
        notices: [String] = [], desk: DeskOptions = DeskOptions()
    ) {
        self.terminal = terminal
        self.source = source
        self.themeSearchPaths = themeSearchPaths
        self.now = now
        self.inputBudget = inputBudget
        self.startupNotices = notices
        self.state = DashboardState(
            panes: panes ?? PaneRegistry.standardPanes(), theme: theme, user: desk.signedIn ?? user,
            keymap: keymap, options: desk, now: now())
        // A folder with accounts opens on the sign-in screen unless the executable already checked a PIN.
        if desk.signedIn == nil, !desk.kiosk, state.session.hasAccounts(source.practice) {
            state.lock(.signIn, practice: source.practice)
        }
    }

    /// The store's notes (a repair made on open, damage that keeps the folder read-only) go to the status line,
    /// where the person at the desk reads them; stderr is hidden behind the full-screen display.
    private func showNotices() {
        let notices = startupNotices + source.takeNotices()
        startupNotices = []
        if !notices.isEmpty {
            say(.info(notices.joined(separator: " · ")))
        }
    }

    /// Shows `message` in the status line and keeps it in the message log.
    private func say(_ message: StatusMessage) {
        state.message = message
        state.messageLog.append(message, at: now())
        revision += 1
    }

    /// Keeps the `:` history in `path` across runs: what is there now is loaded (before the loop), each new
    /// line appended off the loop.
    public func keepHistory(in path: String) {
        let file = CommandHistoryFile(path: path)
        state.history = file.load()
        historyFile = file
    }

    /// Runs until `q`, `:q`, a hang-up or a terminate signal; restores the terminal on the way out.
    public func run() -> Int32 {
        defer { terminal.shutdown() }
        defer { historyFile?.flush() }
        // The superbill's code lookups read a 3.6 MB table: loaded now, off the loop, before anyone bills.
        CodeSetWarmup.start()
        showNotices()
        drawIfChanged()
        while !isFinished {
            let busy =
                !state.writes.isEmpty || imports.isBusy || !waitingImports.isEmpty || signIns.isBusy
                || auditLog.isBusy || exports.isBusy
            let timeout = busy ? Self.writePollMilliseconds : Self.tickMilliseconds
            let event = terminal.nextEvent(timeout: timeout)
            handle(event)
            if event != .tick { handleWaitingEvents() }
            if !isFinished { drawIfChanged() }
        }
        finishWrites()
        return exitCode
    }

    /// Waits (at most `closingWaitLimit`) for writes still in flight, so nothing the screen showed as "saving…"
    /// is dropped on the way out; a wait long enough to notice is explained in the status line.
    private func finishWrites() {
        let start = ContinuousClock.now
        var explained = false
        collectFinishedWrites()
        while !state.writes.isEmpty {
            let waited = ContinuousClock.now - start
            guard waited < Self.closingWaitLimit else { break }
            if !explained, waited >= Self.closingNoticeDelay, !hungUp {
                explained = true
                let count = state.writes.count
                say(.info("Closing once \(count == 1 ? "the last change is" : "\(count) changes are") saved…"))
                drawIfChanged()
            }
            inbox.waitForPost(milliseconds: 50)
            collectFinishedWrites()
        }
        let limit = Self.closingWaitLimit.components.seconds
        closingNotes += state.writes.inFlight.map { "no answer from the store within \(limit) s for: \($0.summary)" }
    }

    /// Handles every event already waiting, so a burst of keys costs one frame instead of one each: zero-timeout
    /// reads until one answers `.tick` (nothing waiting), or the budget is spent.
    private func handleWaitingEvents() {
        let deadline = ContinuousClock.now.advanced(by: inputBudget)
        while !isFinished, ContinuousClock.now < deadline {
            let event = terminal.nextEvent(timeout: 0)
            if event == .tick { return }
            handle(event)
        }
    }

    /// Builds and sends a frame unless the last one shows the same state, minute, size and revision.
    private func drawIfChanged() {
        let size = terminal.size
        let practice = source.practice
        let time = Self.minute(of: now())
        let stamp = FrameStamp(revision: revision, practice: PracticeStamp(practice), minute: time, size: size)
        guard stamp != lastFrame else { return }
        terminal.draw(render(size: size, practice: practice, now: time))
        lastFrame = stamp
    }

    /// Applies one event. Returns false once the app should stop.
    @discardableResult
    public func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(let key):
            revision += 1
            state.screenSize = terminal.size
            let exact = now()
            lockIfIdle(at: exact)
            let before = state.message
            let effects: [Effect]
            let lines = (state.history.count, state.history.last)
            if state.session.lock != nil {
                effects = state.handleLocked(key, now: exact)
            } else {
                state.session.lastActivity = exact
                effects = state.handle(key, practice: source.practice, now: Self.minute(of: exact))
            }
            if let line = state.history.last, lines != (state.history.count, line) { historyFile?.append(line) }
            if let message = state.message, message != before { state.messageLog.append(message, at: exact) }
            for effect in effects { perform(effect) }
        case .mouse(let mouse):
            revision += 1
            state.screenSize = terminal.size
            for effect in state.handle(mouse, practice: source.practice, now: Self.minute(of: now())) {
                perform(effect)
            }
        case .tick:
            // Other terminals' changes arrive here; the clock and waits move because frames read `now()`.
            _ = source.refresh()
            lockIfIdle(at: now())
            showNotices()
            let writable = !state.session.options.refusesChanges && state.session.lock == nil
            duties.tick(source: source, user: state.user, writable: writable, now: now())
        case .resize:
            // The next frame reads the new size; pane drawings are kept per frame rectangle, so none is reused.
            revision += 1
        case .hangup:
            hungUp = true
            isFinished = true
        case .terminate:
            exitCode = 130
            isFinished = true
        }
        collectFinishedWrites()
        collectFinishedImports()
        collectSignIns()
        collectAuditLog()
        collectExports()
        return !isFinished
    }

    /// Locks the screen once nobody has pressed a key for the configured time.
    private func lockIfIdle(at time: Date) {
        guard state.session.idleExpired(now: time, practice: source.practice) else { return }
        state.lock(.idle, practice: source.practice)
        revision += 1
    }

    /// PIN checks that came back: signed in, or a wrong PIN counted (and the next try delayed).
    private func collectSignIns() {
        for answer in signIns.drain() {
            state.finishSignIn(login: answer.login, accepted: answer.accepted, now: now())
            if let message = state.message { state.messageLog.append(message, at: now()) }
            revision += 1
        }
    }

    /// Waits for PIN checks still running, then applies them (tests drive `handle` directly).
    public func waitForSignIns() {
        signIns.waitUntilIdle()
        collectSignIns()
    }

    /// True while the screen is locked (or waiting for someone to sign in).
    public var isLocked: Bool { state.session.lock != nil }
    /// Who is signed in at this terminal (the actor of its commands).
    public var signedInUser: String { state.user }

    /// Sends `command` to the source and returns at once; the status line shows it as saving until its
    /// outcome comes back through the inbox.
    private func submit(_ command: Command) {
        let ticket = state.writes.begin(command, summary: UndoKey.summary(of: command, in: source.practice))
        let inbox = inbox
        source.submit(command, actor: state.user, now: now()) { outcome in
            inbox.post(ticket: ticket, outcome: outcome)
        }
        revision += 1
    }

    /// Turns every outcome that came back since the last call into the status message, in the order the store
    /// answered (its queue is serial, so the order the commands were sent).
    private func collectFinishedWrites() {
        for finished in inbox.drain() {
            let summary = state.writes.finish(finished.ticket) ?? "a change"
            switch finished.outcome {
            case .saved(let receipt):
                say(.success("\(receipt) · \(summary)"))
            case .refused(let sentence):
                say(.error("Not saved (\(summary)): \(sentence)"))
                if isFinished { closingNotes.append("not saved (\(summary)): \(sentence)") }
            }
        }
    }

    /// The whole screen for `size`, from the current state, practice and clock.
    public func render(size: Size) -> Canvas {
        render(size: size, practice: source.practice, now: Self.minute(of: now()))
    }

    private func render(size: Size, practice: Practice, now time: Date) -> Canvas {
        framesRendered += 1
        if let screen = state.session.lock {
            // Drawn from the lock screen alone: the practice's tables never reach this frame.
            return LockScreenView(
                screen: screen, theme: state.theme, practiceName: practice.settings.name,
                clock: practice.clock.timeOfDay(of: time).hhmm, hint: state.session.options.signInHint,
                ascii: usesASCII
            ).render(size: size)
        }
        let alerts = state.shownAlerts(practice, now: time)
        return ScreenRenderer(state: state, practice: practice, now: time, ascii: usesASCII, alerts: alerts)
            .render(size: size)
    }

    /// The clock as the screen shows it: whole minutes. Waits and statuses then change once a minute, with the
    /// title bar's clock, and every derived view is computed once per minute instead of per frame. Commands are
    /// still stamped with the exact time.
    static func minute(of date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60)
    }

    // MARK: - For tests and the executable

    /// The status line's message, if any ("ok 42 T-31", an error sentence).
    public var statusMessage: String? { state.message?.text }
    public var statusIsError: Bool { state.message?.kind == .error }
    /// For tests: the state as it stands.
    var stateForTesting: DashboardState { state }
    /// The focused pane's title.
    public var focusedPane: String { state.panes[state.focus].title }
    public var themeName: String { state.theme.name }

    // MARK: - Effects

    private func perform(_ effect: Effect) {
        switch effect {
        case .execute(let command):
            submit(command)
        case .loadTheme(let name):
            loadTheme(name)
        case .verifyPIN(let login, let pin):
            guard let authority = state.session.options.authority else { return }
            signIns.start(login: login, pin: pin, practice: source.practice, authority: authority)
        case .importERA(let request):
            imports.start(request, practice: source.practice, actor: state.user, now: now())
            say(.info("Reading \(request.fileName)…"))
        case .readLog(let request):
            guard let reader = source.auditTrail() else {
                say(.error("This dashboard has no journal to read (no data folder)."))
                return
            }
            auditLog.start(request, reader: reader, clock: source.practice.clock)
        case .export(let line):
            exports.start(line, practice: source.practice, now: now())
        case .redraw:
            terminal.invalidate()
        case .quit:
            isFinished = true
        }
    }

    /// Shows each finished import once nothing else holds the keyboard: a bad file's error, a dry run's
    /// reconciliation, or the reconciliation under the question "post N claims from FILE?".
    private func collectFinishedImports() {
        waitingImports += imports.drain()
        while !waitingImports.isEmpty, state.mode == .normal {
            let result = waitingImports.removeFirst()
            state.mode = ERAImportPresentation.mode(for: result)
            say(ERAImportPresentation.message(for: result))
        }
    }

    /// A finished `:log` walk: its page as a popup once nothing else holds the keyboard (a later one wins).
    private func collectAuditLog() {
        for finished in auditLog.drain() {
            let practice = source.practice
            let today = practice.clock.day(of: now())
            if let popup = AuditLogPresentation.popup(finished, clock: practice.clock, today: today),
                state.mode == .normal
            {
                state.mode = .detail(popup)
            }
            say(AuditLogPresentation.message(finished))
        }
    }

    /// Waits for `:log` walks still running, then shows their page (tests drive `handle` directly).
    public func waitForAuditLog() {
        auditLog.waitUntilIdle()
        collectAuditLog()
    }

    private func collectExports() {
        for outcome in exports.drain() { say(ExportQueue.message(outcome)) }
    }

    /// Waits for `:export` files still being written, then says how each went (tests drive `handle` directly).
    public func waitForExports() {
        exports.waitUntilIdle()
        collectExports()
    }

    /// Waits for `:import era` reads still running, then shows what they found (tests drive `handle` directly).
    public func waitForImports() {
        imports.waitUntilIdle()
        collectFinishedImports()
    }

    private func loadTheme(_ name: String) {
        let loaded = ThemeSwitch.load(name, searchPaths: themeSearchPaths, terminal: terminal)
        if let theme = loaded.theme { state.theme = theme }
        say(loaded.message)
    }

    private var usesASCII: Bool {
        terminal.textFallback == .ascii
    }
}
