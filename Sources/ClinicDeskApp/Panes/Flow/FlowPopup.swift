import TerminalKit

/// A bordered box drawn over the pane for the form and prompts (TerminalKit's Modal lands later).
enum FlowPopup {
    /// Draws a centred box of at most `width` × `height` inside `rect`; returns its inner area.
    static func box(into canvas: inout Canvas, in rect: Rect, width: Int, height: Int, title: String,
                    corner: String, theme: Theme) -> Rect {
        let w = min(rect.width, width)
        let h = min(rect.height, height)
        let outer = Rect(x: rect.x + (rect.width - w) / 2, y: rect.y + (rect.height - h) / 2, width: w, height: h)
        guard w >= 4, h >= 2 else { return Rect(x: outer.x, y: outer.y, width: 0, height: 0) }
        let border = theme[.popupBorder]
        canvas.fill(outer, style: theme[.popupText])
        let rule = String(repeating: "─", count: w - 2)
        canvas.put("┌" + rule + "┐", x: outer.x, y: outer.y, style: border, clip: outer)
        canvas.put("└" + rule + "┘", x: outer.x, y: outer.maxY - 1, style: border, clip: outer)
        for y in (outer.y + 1)..<(outer.maxY - 1) {
            canvas.put("│", x: outer.x, y: y, style: border, clip: outer)
            canvas.put("│", x: outer.maxX - 1, y: y, style: border, clip: outer)
        }
        canvas.put(" " + DisplayWidth.truncate(title, to: w - 6) + " ", x: outer.x + 2, y: outer.y, style: border, clip: outer)
        let cornerWidth = DisplayWidth.of(corner) + 2
        if cornerWidth + DisplayWidth.of(title) + 6 < w {
            canvas.put(" " + corner + " ", x: outer.maxX - 2 - cornerWidth, y: outer.y, style: theme[.textDim], clip: outer)
        }
        return outer.inset(by: 1)
    }

    /// `[value▁   ]`: an input field, with the cursor when focused. Returns its width.
    @discardableResult
    static func input(into canvas: inout Canvas, value: String, x: Int, y: Int, width: Int, focused: Bool,
                      clip: Rect, theme: Theme) -> Int {
        let inner = max(1, width - 2)
        var shown = Sanitizer.clean(value)
        // While typing, keep the end of a long value (and the cursor after it) in view.
        while DisplayWidth.of(shown) > inner - (focused ? 1 : 0), !shown.isEmpty { shown.removeFirst() }
        var cx = x
        cx += canvas.put("[", x: cx, y: y, style: theme[.textDim], clip: clip)
        cx += canvas.put(DisplayWidth.pad(shown, to: inner), x: cx, y: y, style: theme[focused ? .input : .text], clip: clip)
        if focused {
            canvas.put(" ", x: x + 1 + DisplayWidth.of(shown), y: y, style: theme[.inputCursor], clip: clip)
        }
        cx += canvas.put("]", x: cx, y: y, style: theme[.textDim], clip: clip)
        return cx - x
    }
}
