/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    case fixed(Int)
    /// Shares the space left by the other columns in proportion to `weight`, never below `min`.
    case flexible(weight: Int = 1, min: Int = 4)
    /// Starts at `min` and takes spare room, in column order, up to `max` — before flexible columns share
    /// what is left. For a name or a note that reads better wider but should not push the rest away.
    case growing(min: Int, max: Int)
}

public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment
    /// When the table is too narrow, the lowest priority is dropped first; among equals, the rightmost.
    public var priority: Int

    public init(_ title: String, width: ColumnWidth, alignment: Alignment = .left, priority: Int = 0) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.priority = priority
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

/// A table with a header row and a selection bar; the visible rows follow the selection (`ScrollWindow`).
/// Cell texts are raw data; they are sanitized, truncated with "…" and aligned here.
public struct TableView: Sendable {
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    public var selected: Int?
    public var focused: Bool
    /// Draw "▶" in a one-column gutter before the selected row.
    public var showsMarker: Bool
    /// Draw "↑" / "↓" at the right edge of the first / last visible row when rows are hidden that way.
    public var showsScrollMarks: Bool
    public var columnSpacing: Int
    /// Shown (dimmed) when there are no rows.
    public var emptyMessage: String

    public init(
        columns: [TableColumn], rows: [[TableCell]], selected: Int? = nil, focused: Bool = true,
        showsMarker: Bool = true, showsScrollMarks: Bool = false, columnSpacing: Int = 1,
        emptyMessage: String = ""
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.focused = focused
        self.showsMarker = showsMarker
        self.showsScrollMarks = showsScrollMarks
        self.columnSpacing = columnSpacing
        self.emptyMessage = emptyMessage
    }

    /// Column widths for `totalWidth` columns of space (excluding the marker gutter). Columns that do not fit
    /// are dropped (width 0), lowest priority first and, among equal priorities, from the right. Of the rest,
    /// fixed columns keep their width, growing ones take spare room in order up to their maximum, and flexible
    /// ones share what is left by weight.
    public static func columnWidths(_ columns: [TableColumn], totalWidth: Int, spacing: Int = 1) -> [Int] {
        func minimum(_ c: TableColumn) -> Int {
            switch c.width {
            case .fixed(let w): max(0, w)
            case .flexible(_, let m): max(1, m)
            case .growing(let m, _): max(1, m)
            }
        }
        func needed(_ shown: [Int]) -> Int {
            shown.reduce(0) { $0 + minimum(columns[$1]) } + spacing * max(0, shown.count - 1)
        }
        var shown = Array(columns.indices)
        while !shown.isEmpty, needed(shown) > totalWidth {
            let weakest = shown.indices.min { a, b in
                let (pa, pb) = (columns[shown[a]].priority, columns[shown[b]].priority)
                return pa != pb ? pa < pb : a > b
            }
            if let weakest { shown.remove(at: weakest) }
        }
        var widths = Array(repeating: 0, count: columns.count)
        guard !shown.isEmpty else { return widths }
        var spare = totalWidth - needed(shown)
        for i in shown { widths[i] = minimum(columns[i]) }
        for i in shown where spare > 0 {
            guard case .growing(_, let maximum) = columns[i].width else { continue }
            let grow = min(spare, max(0, maximum - widths[i]))
            widths[i] += grow
            spare -= grow
        }
        let weights = shown.map { i -> Int in
            if case .flexible(let w, _) = columns[i].width { return max(0, w) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0, spare > 0 else { return widths }
        let pool = spare
        for (k, i) in shown.enumerated() where weights[k] > 0 {
            let share = pool * weights[k] / totalWeight
            widths[i] += share
            spare -= share
        }
        // Rounding leftovers go to the last flexible column so the row is filled exactly.
        if let last = shown.indices.last(where: { weights[$0] > 0 }) { widths[shown[last]] += spare }
        return widths
    }

    /// The column widths this table uses in `rect` (after the marker gutter); 0 for a column dropped for room,
    /// whose cells a caller making rows on demand need not make.
    public func columnWidths(in rect: Rect) -> [Int] {
        Self.columnWidths(columns, totalWidth: rect.width - (showsMarker ? 1 : 0), spacing: columnSpacing)
    }

    /// Draws the header and the rows that fit around the selection; returns which rows showed.
    @discardableResult
    public func draw(into canvas: inout Canvas, rect: Rect, theme: Theme) -> ScrollWindow {
        draw(into: &canvas, rect: rect, theme: theme, rowCount: rows.count) { rows[$0] }
    }

    /// The same for a long list whose rows are made on demand: `row` is asked only for the rows that show
    /// (the claims queue holds ~40k), and `rows` is not read. `selected` indexes the whole list.
    @discardableResult
    public func draw(
        into canvas: inout Canvas, rect: Rect, theme: Theme, rowCount: Int,
        row: (Int) -> [TableCell]
    ) -> ScrollWindow {
        let window = ScrollWindow(count: rowCount, height: rect.height - 1, selected: selected)
        guard !rect.isEmpty else { return window }
        let gutter = showsMarker ? 1 : 0
        let widths = columnWidths(in: rect)
        canvas.fill(rect, style: theme[.text])

        let header = theme[.tableHeader]
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: header)
        drawRow(
            columns.map { TableCell($0.title, style: header) }, y: rect.y, rect: rect, widths: widths,
            gutter: gutter, on: &canvas, theme: theme)

        guard window.height > 0 else { return window }
        if rowCount == 0 {
            canvas.put(
                DisplayWidth.truncate(Sanitizer.clean(emptyMessage), to: rect.width - gutter),
                x: rect.x + gutter, y: rect.y + 1, style: theme[.textDim], clip: rect)
            return window
        }
        let selectedRow = selected.map { min(max(0, $0), rowCount - 1) }
        let bar = theme[focused ? .tableSelected : .tableSelectedUnfocused]
        for index in window.rows {
            let y = rect.y + 1 + index - window.top
            let isSelected = index == selectedRow
            let cells =
                isSelected
                ? row(index).map { TableCell($0.text, style: bar.merged(over: $0.resolvedStyle(theme))) }
                : row(index)
            if isSelected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: bar) }
            drawRow(cells, y: y, rect: rect, widths: widths, gutter: gutter, on: &canvas, theme: theme)
            if isSelected && showsMarker { canvas.put("▶", x: rect.x, y: y, style: bar, clip: rect) }
        }
        if showsScrollMarks {
            let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: window.height)
            window.drawMarks(into: &canvas, rect: body, theme: theme)
        }
        return window
    }

    private func drawRow(
        _ cells: [TableCell], y: Int, rect: Rect, widths: [Int], gutter: Int,
        on canvas: inout Canvas, theme: Theme
    ) {
        // The row is filled already: only the text is written (not its padding), moved over for the alignment.
        var x = rect.x + gutter
        for (i, column) in columns.enumerated() where i < widths.count && widths[i] > 0 {
            defer { x += widths[i] + columnSpacing }
            guard i < cells.count, !cells[i].text.isEmpty else { continue }
            let text = DisplayWidth.truncate(Sanitizer.clean(cells[i].text), to: widths[i])
            let gap = column.alignment == .left ? 0 : widths[i] - DisplayWidth.of(text)
            let shift = column.alignment == .center ? gap / 2 : gap
            canvas.put(text, x: x + shift, y: y, style: cells[i].resolvedStyle(theme), clip: rect)
        }
    }
}
