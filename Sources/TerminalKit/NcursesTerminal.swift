import CNcurses
import CNcursesShim
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real screen through ncurses.
///
/// - Drawing: only cells that changed since the previous frame are copied into ncurses, then one
///   `wnoutrefresh` + `doupdate`; a full repaint happens only after a resize or a suspend.
/// - Exit paths: `shutdown()` (idempotent, also run from `deinit` and from an `atexit` hook in the C shim)
///   erases the screen before `endwin`, so no patient data remains on the alternate screen. A crash
///   (Swift trap, abort, segfault) skips atexit, so crash handlers in the shim write the terminal's own
///   clear / leave-alternate-screen / show-cursor strings and restore the shell's tty modes before passing
///   the signal on (Swift's backtracer still runs).
/// - Signals: SIGINT/SIGTERM become `.terminate`, SIGHUP `.hangup`. Ctrl-Z (SIGTSTP) is caught too: the next
///   `nextEvent` blanks the screen, leaves curses mode, stops the process, and after `fg` returns
///   `.resize(size)` so the app repaints. Our handlers are installed before `newterm`, so ncurses leaves
///   those signals alone; SIGWINCH stays with ncurses, which reports it as KEY_RESIZE.
/// Only one instance can be live at a time (ncurses is process-global state).
public final class NcursesTerminal: Terminal {
    /// The theme to draw with: the requested one reduced to what this terminal can show
    /// (monochrome without colour, 8/16-colour fallbacks below 256 colours).
    public let theme: Theme
    /// Colours available (0 when colour is off).
    public let colorCount: Int
    /// ASCII when the locale is not UTF-8 (LANG=C): chosen once here, applied by `draw` to every frame.
    public let textFallback: TextFallback
    /// Whether the locale is UTF-8, so frames go out as drawn.
    public var supportsUnicode: Bool { textFallback == .unicode }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let inputFD: Int32
    private let pairs: ColorPairCache
    private var previous: Canvas?
    private var isShutDown = false
    private var fastErrors = 0
    /// Events read ahead while telling a mouse report from keys (`ESC x` is two keys).
    private var queued: [TerminalEvent] = []
    /// Whether clicks and the wheel are reported (`--no-mouse` leaves it off; reports that come anyway are
    /// swallowed).
    public private(set) var mouseEnabled = false
    /// Cells copied into ncurses by the last `draw` (for tests and diagnostics).
    private(set) var cellsWrittenLastFrame = 0

    /// Opens the controlling terminal on stdin/stdout, using `TERM` and the environment's locale.
    public convenience init(
        theme: Theme, colorMode: ColorMode, options: TerminalOptions = TerminalOptions()
    ) throws(TerminalError) {
        try self.init(
            theme: theme, colorMode: colorMode, terminalType: nil,
            output: cdshim_stdout(), input: cdshim_stdin(), locale: "", options: options)
    }

    /// Opens a terminal over the given streams (tests pass /dev/null). `terminalType` nil reads `TERM`;
    /// `locale` is passed to `setlocale(LC_ALL, …)` ("" = from the environment, nil = leave as is).
    public init(
        theme: Theme, colorMode: ColorMode, terminalType: String?,
        output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        locale: String? = "", options: TerminalOptions = TerminalOptions()
    ) throws(TerminalError) {
        if let locale { setlocale(LC_ALL, locale) }
        guard cdshim_has_screen() == 0 else {
            throw TerminalError(message: "another NcursesTerminal is already active; shut it down first")
        }
        let type = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? ""
        guard !type.isEmpty else {
            throw TerminalError(
                .unusableTerminal,
                message: "TERM is not set; set it to your terminal type, e.g. TERM=xterm-256color")
        }
        cdshim_save_shell_tty(fileno(input))
        guard cdshim_install_signal_handlers() == 0 else {
            throw TerminalError(message: "could not install signal handlers")
        }
        guard let screen = newterm(type, output, input) else {
            cdshim_restore_signal_handlers()
            throw TerminalError(
                .unusableTerminal,
                message: "TERM '\(Sanitizer.clean(type))' is unknown to ncurses (no terminfo entry); "
                    + "try TERM=xterm-256color or install the terminfo for it")
        }
        set_term(screen)
        if options.plain { cdshim_drop_alternate_screen() }
        // ncurses opens a terminal that cannot move the cursor (TERM=dumb, a printing terminal) and then draws
        // nothing on it: refuse it here, with a reason, instead of showing a blank screen.
        guard cdshim_can_address_cursor() != 0 else {
            Self.abandon(screen)
            throw TerminalError(
                .unusableTerminal,
                message: "this terminal (TERM=\(Sanitizer.clean(type))) cannot move the cursor, so a "
                    + "full-screen display cannot draw on it; run it in a full-screen terminal "
                    + "(TERM=xterm-256color, tmux, screen)")
        }
        guard let window = cdshim_stdscr() else {
            Self.abandon(screen)
            throw TerminalError(message: "ncurses returned no standard screen")
        }
        self.screen = screen
        self.window = window
        self.inputFD = fileno(input)
        _ = cdshim_register_screen(screen, window)
        cdshim_install_crash_restore(fileno(output), fileno(input))

        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)
        set_escdelay(25)
        curs_set(0)
        // ncurses' cbreak keeps IXON; Ctrl-S would freeze the screen. Clear it and save it as "program mode"
        // so ncurses restores it after a suspend.
        if isatty(inputFD) != 0 {
            cdshim_disable_flow_control(inputFD)
            def_prog_mode()
        }

        if options.mouse { mouseEnabled = cdshim_enable_mouse(1) != 0 }
        textFallback = options.plain ? .ascii : TextFallback(localeIsUTF8: cdshim_locale_is_utf8() != 0)
        var colors = 0
        var defaultColors = false
        if colorMode == .automatic && has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colors = Int(cdshim_colors())
        }
        colorCount = colors
        pairs = ColorPairCache(
            colorsEnabled: colors >= 8, colorCount: colors,
            pairLimit: Int(cdshim_color_pairs()), defaultColors: defaultColors, allowsBlink: !options.plain)
        if colors >= 256 {
            self.theme = theme
        } else if colors >= 8 {
            self.theme = theme.adapted(toPalette: colors >= 16 ? 16 : 8)
        } else {
            self.theme = theme.monochrome()
        }
    }

    deinit {
        shutdown()
    }

    /// Gives back a screen `init` opened but cannot use: the tty modes and signal handlers go back as they were.
    private static func abandon(_ screen: OpaquePointer) {
        endwin()
        delscreen(screen)
        cdshim_restore_signal_handlers()
    }

    public var size: Size {
        guard !isShutDown else { return Size(width: 0, height: 0) }
        return Size(width: Int(cdshim_getmaxx(window)), height: Int(cdshim_getmaxy(window)))
    }

    public func invalidate() {
        guard !isShutDown else { return }
        // clearok makes the next doupdate clear the real screen and resend everything, whatever ncurses
        // believed was there; forgetting `previous` makes this side resend every cell too.
        clearok(window, true)
        previous = nil
    }

    public func draw(_ drawn: Canvas) {
        guard !isShutDown else { return }
        let canvas = textFallback.apply(to: drawn)
        let screenSize = size
        let full = previous.map { $0.size != canvas.size } ?? true
        if full { werase(window) }
        var written = 0
        var lastHead = (x: -1, y: -1)
        for (x, y) in canvas.changedCells(since: full ? nil : previous) {
            // A changed right half is redrawn through its left half, which paints both columns.
            let headX = canvas[x, y].isContinuation ? x - 1 : x
            guard headX >= 0, y < screenSize.height, headX < screenSize.width else { continue }
            if lastHead == (headX, y) { continue }
            lastHead = (headX, y)
            written += writeCell(canvas[headX, y], x: headX, y: y, screenWidth: screenSize.width)
        }
        cellsWrittenLastFrame = written
        wnoutrefresh(window)
        doupdate()
        previous = canvas
    }

    /// Returns the number of cells written (0 or 1).
    private func writeCell(_ cell: Cell, x: Int, y: Int, screenWidth: Int) -> Int {
        let isWide = DisplayWidth.of(cell.grapheme) == 2
        // A wide character that would hang off the screen edge becomes "?" (text the locale cannot encode is
        // already ASCII: `draw` applied the text fallback).
        if isWide && x + 1 >= screenWidth {
            put(grapheme: "?", style: cell.style, x: x, y: y)
            return 1
        }
        put(grapheme: cell.grapheme, style: cell.style, x: x, y: y)
        return 1
    }

    private func put(grapheme: String, style: Style, x: Int, y: Int) {
        // A cchar_t holds one spacing character plus up to four combining marks; anything more is dropped.
        var chars: [wchar_t] = []
        for scalar in grapheme.unicodeScalars {
            if chars.isEmpty || DisplayWidth.of(scalar: scalar) == 0 {
                chars.append(wchar_t(bitPattern: scalar.value))
            }
            if chars.count == 5 { break }
        }
        if chars.isEmpty { chars.append(wchar_t(32)) }
        chars.append(0)
        let (attr, pair) = pairs.render(style)
        var cc = cchar_t()
        setcchar(&cc, chars, attr, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cc)
    }

    public func nextEvent(timeout milliseconds: Int) -> TerminalEvent {
        guard !isShutDown else { return .hangup }
        if let event = pendingSignalEvent() { return event }
        if !queued.isEmpty { return queued.removeFirst() }
        // 0 makes wget_wch non-blocking (nodelay): a key already typed is returned, else ERR at once.
        wtimeout(window, Int32(clamping: max(0, milliseconds)))
        let started = ContinuousClock.now
        var ch: wint_t = 0
        let status = wget_wch(window, &ch)
        if status == ERR {
            let error = cdshim_errno()
            if let event = pendingSignalEvent() { return event }
            if error == cdshim_eintr() { return .tick }
            return errorWithoutInput(started: started, timeout: milliseconds)
        }
        fastErrors = 0
        let isKeyCode = status == cdshim_key_code_yes()
        if isKeyCode, Int32(bitPattern: UInt32(ch)) == KEY_MOUSE { return mouseEvent() }
        if !isKeyCode, ch == 27 { return rawMouseReport(MouseReportDecoder(), first: 27) }
        return event(for: KeyDecoder.decode(UInt32(ch), isKeyCode: isKeyCode))
    }

    private func event(for decoded: DecodedInput) -> TerminalEvent {
        switch decoded {
        case .key(let key):
            return .key(key)
        case .resize:
            previous = nil
            return .resize(size)
        case .ignored:
            return .tick
        }
    }

    /// ncurses recognised a report (`kmous`): decoded by ncurses when reporting is on; otherwise the rest of
    /// the report is still waiting as bytes, and it is swallowed rather than read as keys.
    private func mouseEvent() -> TerminalEvent {
        var kind: Int32 = 0
        var button: Int32 = 0
        var x: Int32 = 0
        var y: Int32 = 0
        if mouseEnabled, cdshim_get_mouse(&kind, &button, &x, &y) == 0 {
            let point = (x: Int(x), y: Int(y))
            switch kind {
            case Int32(CDSHIM_MOUSE_PRESS):
                return .mouse(MouseEvent(.press(button: Int(button)), x: point.x, y: point.y))
            case Int32(CDSHIM_MOUSE_RELEASE):
                return .mouse(MouseEvent(.release(button: Int(button)), x: point.x, y: point.y))
            case Int32(CDSHIM_MOUSE_WHEEL_UP): return .mouse(MouseEvent(.wheelUp, x: point.x, y: point.y))
            case Int32(CDSHIM_MOUSE_WHEEL_DOWN): return .mouse(MouseEvent(.wheelDown, x: point.x, y: point.y))
            default: return .tick
            }
        }
        return rawMouseReport(MouseReportDecoder.afterIntroducer(), first: nil)
    }

    /// Reads on from an ESC (or a KEY_MOUSE ncurses could not decode) while the bytes may be a mouse report.
    /// The rest of a report arrives in the same write, so waiting is short: nothing at once after a lone ESC
    /// means the Esc key.
    private func rawMouseReport(_ start: MouseReportDecoder, first: UInt32?) -> TerminalEvent {
        var decoder = start
        var step: MouseReportDecoder.Step = first.map { decoder.feed($0) } ?? .pending
        var extraKey: DecodedInput?
        while step == .pending {
            wtimeout(window, first == nil ? 25 : 5)
            var ch: wint_t = 0
            let status = wget_wch(window, &ch)
            if status == ERR {
                step = decoder.unfinished
                break
            }
            if status == cdshim_key_code_yes() {
                extraKey = KeyDecoder.decode(UInt32(ch), isKeyCode: true)
                step = decoder.unfinished
                break
            }
            step = decoder.feed(UInt32(ch))
        }
        var events: [TerminalEvent] = []
        switch step {
        case .mouse(let mouse): events.append(mouseEnabled ? .mouse(mouse) : .tick)
        case .notMouse(let codes): events += codes.map { event(for: KeyDecoder.decodeCharacter($0)) }
        case .swallowed, .pending: break
        }
        if let extraKey { events.append(event(for: extraKey)) }
        guard let head = events.first else { return .tick }
        queued.append(contentsOf: events.dropFirst())
        return head
    }

    /// ERR without a key is a timeout, unless stdin is closed: then it returns at once, forever. Detect that
    /// (poll says hung up, or ERR keeps coming back early) and report `.hangup` instead of spinning.
    /// A zero timeout (the app asking whether more input is waiting) returns at once by design: it says nothing
    /// about a closed stdin, so it leaves the early-return count alone.
    private func errorWithoutInput(started: ContinuousClock.Instant, timeout milliseconds: Int) -> TerminalEvent {
        let closed = cdshim_input_closed(inputFD)
        if closed == 1 { return .hangup }
        if milliseconds <= 0 { return .tick }
        let elapsed = ContinuousClock.now - started
        if milliseconds >= 20 && elapsed < .milliseconds(milliseconds / 2) {
            fastErrors += 1
            if fastErrors >= 3 { return .hangup }
        } else {
            fastErrors = 0
        }
        return .tick
    }

    private func pendingSignalEvent() -> TerminalEvent? {
        switch cdshim_take_signal() {
        case Int32(CDSHIM_SIG_TERMINATE): return .terminate
        case Int32(CDSHIM_SIG_HANGUP): return .hangup
        case Int32(CDSHIM_SIG_SUSPEND):
            suspend()
            return .resize(size)
        default: return nil
        }
    }

    /// Ctrl-Z: blank the screen (so no PHI stays visible or in scrollback), leave curses mode, stop;
    /// after SIGCONT, re-enter curses mode and force the next frame to repaint everything.
    private func suspend() {
        werase(window)
        wnoutrefresh(window)
        doupdate()
        endwin()
        cdshim_suspend_self()
        wrefresh(window)
        previous = nil
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        set_term(screen)
        cdshim_restore_screen()
    }

    // MARK: - Test hooks

    /// Resizes ncurses' idea of the screen (headless tests have no real window to resize).
    func resizeForTesting(to newSize: Size) {
        resizeterm(Int32(newSize.height), Int32(newSize.width))
        previous = nil
    }

    /// Reads one row back from ncurses' window, wide characters once, as the user would see it.
    func screenRow(_ y: Int) -> String {
        let width = size.width
        var buffer = [cchar_t](repeating: cchar_t(), count: width + 1)
        let count = mvwin_wchnstr(window, Int32(y), 0, &buffer, Int32(width))
        guard count != ERR else { return "" }
        // The array holds one entry per character, not per column: a wide character has no continuation entry.
        var out = ""
        var column = 0
        var index = 0
        while column < width, index < width {
            var chars = [wchar_t](repeating: 0, count: 8)
            var attr: attr_t = 0
            var pair: Int16 = 0
            getcchar(&buffer[index], &chars, &attr, &pair, nil)
            let scalars = chars.prefix(while: { $0 != 0 }).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
            let text = String(String.UnicodeScalarView(scalars))
            out += text.isEmpty ? " " : text
            column += max(1, DisplayWidth.of(text))
            index += 1
        }
        return out
    }
}
