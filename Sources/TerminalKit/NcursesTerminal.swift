import CNcurses
import CNcursesShim

/// The real screen, through ncurses. (Phase 1 placeholder: construction fails until the backend lands.)
public final class NcursesTerminal: Terminal {
    public private(set) var size = Size(width: 0, height: 0)
    public let theme: Theme

    public init(theme: Theme, colorMode: ColorMode) throws(TerminalError) {
        self.theme = theme
        throw TerminalError(message: "NcursesTerminal is not implemented yet")
    }

    public func draw(_ canvas: Canvas) {}
    public func nextEvent(timeout milliseconds: Int) -> TerminalEvent { .hangup }
    public func shutdown() {}
}
