/// A decoded key press.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    /// Ctrl plus a letter, lower-case: ctrl-l is `.control("l")`.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, shiftLeft, shiftRight
    case home, end, pageUp, pageDown
    case function(Int)

    /// Short label for help screens and status bars: "Tab", "S-Tab", "↑", "PgDn", "F12", "C-l", "q".
    public var displayName: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): Sanitizer.clean(String(c))
        case .control(let c): "C-" + String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .shiftLeft: "S-←"
        case .shiftRight: "S-→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        }
    }

    public var description: String { displayName }
}

/// What a terminal reports to the application loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// A click, release or wheel turn (only while mouse reporting is on).
    case mouse(MouseEvent)
    case resize(Size)
    /// The input timeout passed with no input; repaint clocks and waits.
    case tick
    /// stdin reached EOF or SIGHUP arrived: the user is gone, quit without prompting.
    case hangup
    /// SIGINT or SIGTERM: quit cleanly.
    case terminate
}
