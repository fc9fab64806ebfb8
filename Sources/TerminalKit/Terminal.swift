/// A place frames are shown and input comes from: the real screen (`NcursesTerminal`) or a script
/// (`HeadlessTerminal`). The app loop is written against this protocol only.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows `canvas`; implementations send only what changed since the previous frame.
    func draw(_ canvas: Canvas)
    /// Waits up to `milliseconds` for input; `.tick` when nothing arrived. With 0 it does not wait: an event
    /// already waiting, else `.tick` at once (the app drains typed-ahead keys this way before it draws).
    func nextEvent(timeout milliseconds: Int) -> TerminalEvent
    /// Restores the terminal; safe to call more than once.
    func shutdown()
    /// Forgets what the screen is believed to show, so the next `draw` clears it and repaints every cell
    /// (Ctrl-L: the screen was garbled by something outside the program).
    func invalidate()
    /// How text the terminal cannot show is replaced; `draw` applies it, and the app may also draw plain
    /// borders when it is `.ascii`.
    var textFallback: TextFallback { get }
}

extension Terminal {
    /// A terminal that does not say otherwise shows frames as drawn.
    public var textFallback: TextFallback { .unicode }
}

/// Whether the terminal may use colour. `.none` is what `NO_COLOR` asks for.
public enum ColorMode: Sendable {
    /// Colour when the terminal supports it, monochrome otherwise.
    case automatic
    case none

    /// `.none` when the NO_COLOR convention (https://no-color.org) asks for it: set and non-empty.
    public static func fromEnvironment(_ environment: [String: String]) -> ColorMode {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .none }
        return .automatic
    }
}

public struct TerminalError: Error, CustomStringConvertible {
    /// Whether the fault is the terminal type (no terminfo entry, no cursor addressing): the person can fix that
    /// by running somewhere else, so the caller may say where.
    public enum Reason: Sendable {
        case unusableTerminal
        case failure
    }

    public let reason: Reason
    public let message: String
    public init(_ reason: Reason = .failure, message: String) {
        self.reason = reason
        self.message = message
    }
    public var description: String { message }
}

/// How the screen is opened, beyond theme and colour.
public struct TerminalOptions: Sendable, Equatable {
    /// Report clicks and the wheel (`--no-mouse` turns it off).
    public var mouse: Bool
    /// Accessible mode (`--plain`): ASCII only, no alternate screen, so a screen reader or braille display
    /// can follow and the last screen stays in the scrollback.
    public var plain: Bool

    public init(mouse: Bool = false, plain: Bool = false) {
        self.mouse = mouse; self.plain = plain
    }
}
