/// Which rows of a list show in a view: the one scroll model of every list and table (TableView, ListView, the
/// panes' lists, a form taller than its popup).
///
/// It is stateless — the window follows from the row count, the view's height and the selection alone — so a
/// pane's draw stays a pure function of its state and a redraw never jumps. When the list is longer than the
/// view, the selection sits about a third of the way down, so the rows after it (who is next) stay in view.
public struct ScrollWindow: Hashable, Sendable {
    /// The first visible row.
    public let top: Int
    /// How many rows the view holds.
    public let height: Int
    /// How many rows the list has.
    public let count: Int

    public init(count: Int, height: Int, selected: Int?) {
        self.count = max(0, count)
        self.height = max(0, height)
        top = Self.top(count: count, height: height, selected: selected)
    }

    /// The first visible row: 0 when everything fits or nothing is selected, else the selection (clamped to the
    /// list) a third of the way down, without blank rows at the bottom.
    public static func top(count: Int, height: Int, selected: Int?) -> Int {
        guard count > height, height > 0, let selected else { return 0 }
        let row = min(max(0, selected), count - 1)
        return min(max(0, row - height / 3), count - height)
    }

    /// The rows that show, in list order.
    public var rows: Range<Int> { top..<min(count, top + height) }
    /// Rows are hidden above the view (an "↑" mark).
    public var hasRowsAbove: Bool { top > 0 }
    /// Rows are hidden below the view (a "↓" mark).
    public var hasRowsBelow: Bool { top + height < count }
}

extension ScrollWindow {
    /// Draws "↑" / "↓" at the right edge of the first / last row of `rect` (the view) when rows are hidden
    /// that way.
    public func drawMarks(into canvas: inout Canvas, rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let style = theme[.textDim]
        if hasRowsAbove { canvas.put("↑", x: rect.maxX - 1, y: rect.y, style: style, clip: rect) }
        if hasRowsBelow { canvas.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: style, clip: rect) }
    }
}
