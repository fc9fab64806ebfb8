/// One mouse report: a button pressed or released, the wheel turned, or the pointer moved, at a cell
/// (0-based column `x` and row `y`, as the screen's `Canvas` counts them).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Button 1 (left), 2 (middle) or 3 (right) went down.
        case press(button: Int)
        case release(button: Int)
        case wheelUp, wheelDown
        case move
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind; self.x = x; self.y = y
    }

    /// What the button byte of an xterm report means (X10 `ESC [ M`, SGR `ESC [ <`, urxvt): the low two bits are
    /// the button (3 = released, in the protocols that cannot say which), 32 is motion, 64 the wheel.
    static func kind(buttonCode code: Int, released: Bool) -> Kind {
        let low = code & 3
        if code & 64 != 0 { return low == 0 ? .wheelUp : low == 1 ? .wheelDown : .move }
        if code & 32 != 0 { return .move }
        if low == 3 { return .release(button: 0) }
        return released ? .release(button: low + 1) : .press(button: low + 1)
    }
}
