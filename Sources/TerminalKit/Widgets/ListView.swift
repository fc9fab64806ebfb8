/// A vertical list with a selection bar; items are raw data strings, sanitized and truncated here.
public struct ListView: Sendable {
    public var items: [TableCell]
    public var selected: Int?
    public var focused: Bool
    public var showsMarker: Bool
    public var scrollOffset: Int
    public var emptyMessage: String

    public init(items: [TableCell], selected: Int? = nil, focused: Bool = true, showsMarker: Bool = true,
                scrollOffset: Int = 0, emptyMessage: String = "") {
        self.items = items
        self.selected = selected
        self.focused = focused
        self.showsMarker = showsMarker
        self.scrollOffset = scrollOffset
        self.emptyMessage = emptyMessage
    }

    /// Draws the visible items; returns the scroll offset to keep for the next frame.
    @discardableResult
    public func draw(into canvas: inout Canvas, rect: Rect, theme: Theme) -> Int {
        guard !rect.isEmpty else { return scrollOffset }
        canvas.fill(rect, style: theme[.text])
        let gutter = showsMarker ? 1 : 0
        if items.isEmpty {
            canvas.put(DisplayWidth.truncate(Sanitizer.clean(emptyMessage), to: rect.width - gutter),
                       x: rect.x + gutter, y: rect.y, style: theme[.textDim], clip: rect)
            return 0
        }
        let selectedIndex = selected.map { min(max(0, $0), items.count - 1) }
        let offset = selectedIndex.map {
            TableView.scrollOffset(selected: $0, visibleRows: rect.height, previousOffset: scrollOffset,
                                   rowCount: items.count)
        } ?? min(scrollOffset, max(0, items.count - rect.height))
        let bar = theme[focused ? .tableSelected : .tableSelectedUnfocused]
        for line in 0..<rect.height {
            let index = offset + line
            guard index < items.count else { break }
            let y = rect.y + line
            let item = items[index]
            var style = item.resolvedStyle(theme)
            if index == selectedIndex {
                style = bar.merged(over: style)
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: bar)
                if showsMarker { canvas.put("▶", x: rect.x, y: y, style: bar, clip: rect) }
            }
            let text = DisplayWidth.truncate(Sanitizer.clean(item.text), to: rect.width - gutter)
            canvas.put(text, x: rect.x + gutter, y: y, style: style, clip: rect)
        }
        return offset
    }
}
