/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    case fixed(Int)
    /// Shares the space left by fixed columns in proportion to `weight`, never below `min`.
    case flexible(weight: Int = 1, min: Int = 4)
}

public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment

    public init(_ title: String, width: ColumnWidth, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell's raw text plus how to style it: an explicit `style` wins over a theme `slot`; neither means "text".
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var slot: StyleSlot?
    public var style: Style?

    public init(_ text: String, slot: StyleSlot? = nil, style: Style? = nil) {
        self.text = text
        self.slot = slot
        self.style = style
    }

    public init(stringLiteral value: String) { self.init(value) }

    func resolvedStyle(_ theme: Theme) -> Style {
        style ?? slot.map { theme[$0] } ?? theme[.text]
    }
}

/// A table with a header row and a selection bar that scrolls to keep the selection visible.
/// Cell texts are raw data; they are sanitized, truncated with "…" and aligned here.
public struct TableView: Sendable {
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    public var selected: Int?
    public var focused: Bool
    /// Draw "▶" in a one-column gutter before the selected row.
    public var showsMarker: Bool
    /// The first visible row from the previous frame; feed `draw`'s result back in.
    public var scrollOffset: Int
    public var columnSpacing: Int
    /// Shown (dimmed) when there are no rows.
    public var emptyMessage: String

    public init(columns: [TableColumn], rows: [[TableCell]], selected: Int? = nil, focused: Bool = true,
                showsMarker: Bool = true, scrollOffset: Int = 0, columnSpacing: Int = 1, emptyMessage: String = "") {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.focused = focused
        self.showsMarker = showsMarker
        self.scrollOffset = scrollOffset
        self.columnSpacing = columnSpacing
        self.emptyMessage = emptyMessage
    }

    /// The first row to show so `selected` is visible, moving as little as possible from `previousOffset`
    /// and never leaving blank rows at the bottom when `rowCount` is known.
    public static func scrollOffset(selected: Int, visibleRows: Int, previousOffset: Int, rowCount: Int? = nil) -> Int {
        guard visibleRows > 0 else { return 0 }
        var offset = max(0, previousOffset)
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        if let rowCount { offset = min(offset, max(0, rowCount - visibleRows)) }
        return max(0, offset)
    }

    /// Column widths for `totalWidth` columns of space (excluding the marker gutter). Fixed columns keep
    /// their width; flexible ones share the rest by weight. Columns that do not fit are dropped from the
    /// right (width 0).
    public static func columnWidths(_ columns: [TableColumn], totalWidth: Int, spacing: Int = 1) -> [Int] {
        var widths = Array(repeating: 0, count: columns.count)
        var shown = columns.count
        func minimum(_ c: TableColumn) -> Int {
            switch c.width {
            case .fixed(let w): max(0, w)
            case .flexible(_, let m): max(1, m)
            }
        }
        while shown > 0 {
            let needed = columns.prefix(shown).map(minimum).reduce(0, +) + spacing * (shown - 1)
            if needed <= totalWidth { break }
            shown -= 1
        }
        guard shown > 0 else { return widths }
        let visible = Array(columns.prefix(shown))
        var spare = totalWidth - visible.map(minimum).reduce(0, +) - spacing * (shown - 1)
        for (i, c) in visible.enumerated() { widths[i] = minimum(c) }
        let weights = visible.map { c -> Int in
            if case .flexible(let w, _) = c.width { return max(0, w) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0, spare > 0 else { return widths }
        let pool = spare
        for i in visible.indices where weights[i] > 0 {
            let share = pool * weights[i] / totalWeight
            widths[i] += share
            spare -= share
        }
        // Rounding leftovers go to the last flexible column so the row is filled exactly.
        if let last = visible.indices.last(where: { weights[$0] > 0 }) { widths[last] += spare }
        return widths
    }

    /// Draws the header and the visible rows; returns the scroll offset to keep for the next frame.
    @discardableResult
    public func draw(into canvas: inout Canvas, rect: Rect, theme: Theme) -> Int {
        guard !rect.isEmpty else { return scrollOffset }
        let gutter = showsMarker ? 1 : 0
        let widths = Self.columnWidths(columns, totalWidth: rect.width - gutter, spacing: columnSpacing)
        canvas.fill(rect, style: theme[.text])

        let header = theme[.tableHeader]
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: header)
        drawRow(columns.map { TableCell($0.title, style: header) }, y: rect.y, rect: rect, widths: widths,
                gutter: gutter, on: &canvas, theme: theme)

        let visibleRows = rect.height - 1
        guard visibleRows > 0 else { return scrollOffset }
        if rows.isEmpty {
            canvas.put(DisplayWidth.truncate(Sanitizer.clean(emptyMessage), to: rect.width - gutter),
                       x: rect.x + gutter, y: rect.y + 1, style: theme[.textDim], clip: rect)
            return 0
        }
        let selectedRow = selected.map { min(max(0, $0), rows.count - 1) }
        let offset = selectedRow.map {
            Self.scrollOffset(selected: $0, visibleRows: visibleRows, previousOffset: scrollOffset, rowCount: rows.count)
        } ?? min(scrollOffset, max(0, rows.count - visibleRows))
        let bar = theme[focused ? .tableSelected : .tableSelectedUnfocused]
        for line in 0..<visibleRows {
            let index = offset + line
            guard index < rows.count else { break }
            let y = rect.y + 1 + line
            let isSelected = index == selectedRow
            let cells = isSelected
                ? rows[index].map { TableCell($0.text, style: bar.merged(over: $0.resolvedStyle(theme))) }
                : rows[index]
            if isSelected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: bar) }
            drawRow(cells, y: y, rect: rect, widths: widths, gutter: gutter, on: &canvas, theme: theme)
            if isSelected && showsMarker { canvas.put("▶", x: rect.x, y: y, style: bar, clip: rect) }
        }
        return offset
    }

    private func drawRow(_ cells: [TableCell], y: Int, rect: Rect, widths: [Int], gutter: Int,
                         on canvas: inout Canvas, theme: Theme) {
        var x = rect.x + gutter
        for (i, column) in columns.enumerated() where i < widths.count && widths[i] > 0 {
            let cell = i < cells.count ? cells[i] : TableCell("")
            let text = DisplayWidth.pad(Sanitizer.clean(cell.text), to: widths[i], alignment: column.alignment)
            canvas.put(text, x: x, y: y, style: cell.resolvedStyle(theme), clip: rect)
            x += widths[i] + columnSpacing
        }
    }
}
