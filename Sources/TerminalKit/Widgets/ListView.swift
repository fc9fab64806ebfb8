/// A vertical list with a selection bar; items are raw data strings, sanitized and truncated here. The visible
/// items follow the selection (`ScrollWindow`).
public struct ListView: Sendable {
    public var items: [TableCell]
    public var selected: Int?
    public var focused: Bool
    public var showsMarker: Bool
    /// Draw "↑" / "↓" at the right edge when items are hidden above / below.
    public var showsScrollMarks: Bool
    public var emptyMessage: String
    /// What the list is drawn on: "text" in a pane, "popup.text" inside a Modal.
    public var surface: StyleSlot

    public init(
        items: [TableCell], selected: Int? = nil, focused: Bool = true, showsMarker: Bool = true,
        showsScrollMarks: Bool = false, emptyMessage: String = "", surface: StyleSlot = .text
    ) {
        self.items = items
        self.selected = selected
        self.focused = focused
        self.showsMarker = showsMarker
        self.showsScrollMarks = showsScrollMarks
        self.emptyMessage = emptyMessage
        self.surface = surface
    }

    /// Draws the items that fit around the selection; returns which showed.
    @discardableResult
    public func draw(into canvas: inout Canvas, rect: Rect, theme: Theme) -> ScrollWindow {
        let window = ScrollWindow(count: items.count, height: rect.height, selected: selected)
        guard !rect.isEmpty else { return window }
        let base = theme[surface]
        canvas.fill(rect, style: base)
        let gutter = showsMarker ? 1 : 0
        if items.isEmpty {
            canvas.put(
                DisplayWidth.truncate(Sanitizer.clean(emptyMessage), to: rect.width - gutter),
                x: rect.x + gutter, y: rect.y, style: theme[.textDim].merged(over: base), clip: rect)
            return window
        }
        let selectedIndex = selected.map { min(max(0, $0), items.count - 1) }
        let bar = theme[focused ? .tableSelected : .tableSelectedUnfocused]
        for index in window.rows {
            let y = rect.y + index - window.top
            let item = items[index]
            var style = item.style ?? item.slot.map { theme[$0].merged(over: base) } ?? base
            if index == selectedIndex {
                style = bar.merged(over: style)
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: bar)
                if showsMarker { canvas.put("▶", x: rect.x, y: y, style: bar, clip: rect) }
            }
            let text = DisplayWidth.truncate(Sanitizer.clean(item.text), to: rect.width - gutter)
            canvas.put(text, x: rect.x + gutter, y: y, style: style, clip: rect)
        }
        if showsScrollMarks { window.drawMarks(into: &canvas, rect: rect, theme: theme) }
        return window
    }
}
