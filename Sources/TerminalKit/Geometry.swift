/// A width × height measured in terminal columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)×\(height)" }
}

/// A rectangle of cells; `maxX`/`maxY` are exclusive so `Rect(x: 0, y: 0, width: 3, height: 1)` covers columns 0–2.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The rectangle covering a whole canvas or screen of `size`.
    public init(origin x: Int = 0, _ y: Int = 0, size: Size) {
        self.init(x: x, y: y, width: size.width, height: size.height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var size: Size { Size(width: width, height: height) }
    public var description: String { "(\(x),\(y) \(width)×\(height))" }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Shrinks every side by `n`; never yields a negative width or height.
    public func inset(by n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: max(0, width - 2 * n), height: max(0, height - 2 * n))
    }

    /// Splits into a left part `column` cells wide (clamped to 0…width) and the remainder on the right.
    public func splitHorizontally(at column: Int) -> (left: Rect, right: Rect) {
        let c = min(max(0, column), max(0, width))
        return (
            Rect(x: x, y: y, width: c, height: height),
            Rect(x: x + c, y: y, width: max(0, width - c), height: height)
        )
    }

    /// Splits into a top part `row` cells tall (clamped to 0…height) and the remainder below.
    public func splitVertically(at row: Int) -> (top: Rect, bottom: Rect) {
        let r = min(max(0, row), max(0, height))
        return (
            Rect(x: x, y: y, width: width, height: r),
            Rect(x: x, y: y + r, width: width, height: max(0, height - r))
        )
    }

    /// The overlapping area; an empty rect (width or height 0) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }
}
