import TerminalKit

/// The bottom line: the `:` input, a y/n question, writes still being saved, the last message, or the focused
/// pane's keys. A message too long for one line grows upwards over the alert strip (and, for a third line, the
/// pane's last row) until the next key, so a refusal is read whole; `:messages` keeps every one after.
struct StatusLine {
    let state: DashboardState
    /// The most rows a message may take, the status line included.
    static let maxMessageRows = 3

    /// `rect` is the status line; up to `maxMessageRows - 1` rows above it may be borrowed, never above `top`.
    func draw(into canvas: inout Canvas, rect: Rect, top: Int) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        switch state.mode {
        case .commandLine(let editor):
            canvas.fill(rect, style: theme[.input])
            canvas.put(":", x: rect.x, y: rect.y, style: theme[.input], clip: rect)
            editor.input.draw(
                into: &canvas, rect: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: 1),
                theme: theme)
            drawAboveLine(editor, into: &canvas, rect: rect, top: top)
        case .filter(let input):
            canvas.fill(rect, style: theme[.input])
            canvas.put("/", x: rect.x, y: rect.y, style: theme[.input], clip: rect)
            let hint = "  Enter keeps · Esc clears"
            let room = max(1, rect.width - 1 - DisplayWidth.of(hint))
            input.draw(into: &canvas, rect: Rect(x: rect.x + 1, y: rect.y, width: room, height: 1), theme: theme)
            canvas.put(hint, x: rect.x + 1 + room, y: rect.y, style: theme[.textDim], clip: rect)
        case .confirm(let confirmation):
            StatusBar.draw(
                left: confirmation.prompt + "  (y/n)", into: &canvas, rect: rect, theme: theme,
                slot: .alertWarn)
        default:
            if state.message == nil && state.writes.isEmpty {
                let pane = state.panes[state.focus]
                // An open form hears only its own keys, so the global ones are not offered beside it.
                let keymap = state.keymap
                let globals =
                    pane.isEditing
                    ? []
                    : [
                        KeyHint(keymap.keyLabel(.previousDay) + " " + keymap.keyLabel(.nextDay), "day"),
                        KeyHint(keymap.keyLabel(.alerts), "alerts"), KeyHint(keymap.keyLabel(.help), "help"),
                    ]
                let hints =
                    [KeyHint(pane.title + ":", "")]
                    + state.hints(forPane: state.focus).map {
                        KeyHint($0.key, $0.label, muted: $0.changes && state.session.options.refusesChanges)
                    } + globals
                KeyHints.draw(hints, into: &canvas, rect: rect, theme: theme)
                return
            }
            drawMessage(into: &canvas, rect: rect, top: top)
        }
    }

    /// Above the `:` line: Tab's candidates, or the error with a caret under its column.
    private func drawAboveLine(_ editor: LineEditor, into canvas: inout Canvas, rect: Rect, top: Int) {
        guard rect.y - 1 >= top else { return }
        let row = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
        let theme = state.theme
        if let error = editor.error {
            // The line scrolls only past the screen's width; the caret is drawn where the column is on screen.
            let caret = min(rect.width - 1, error.column)
            let message = Sanitizer.clean(error.message)
            canvas.fill(row, style: theme[.statusBar])
            canvas.put("^", x: rect.x + caret, y: row.y, style: theme[.error], clip: row)
            let right = rect.width - caret - 2
            if DisplayWidth.of(message) <= right || right >= caret - 1 {
                let shown = DisplayWidth.truncate(message, to: max(0, right))
                canvas.put(shown, x: rect.x + caret + 2, y: row.y, style: theme[.error], clip: row)
            } else {
                // No room on the right: the message ends just left of the caret (cut if need be).
                let room = max(0, caret - 1)
                let shown = DisplayWidth.truncate(message, to: room)
                canvas.put(shown, x: rect.x + room - DisplayWidth.of(shown), y: row.y, style: theme[.error], clip: row)
            }
        } else if !editor.candidates.isEmpty {
            let list = editor.candidates.map(Sanitizer.clean).joined(separator: "  ")
            StatusBar.draw(left: list, into: &canvas, rect: row, theme: theme, slot: .statusBar)
        }
    }

    /// The message's lines above the saving line (if any), bottom-aligned on the status line.
    private func drawMessage(into canvas: inout Canvas, rect: Rect, top: Int) {
        let theme = state.theme
        let saving = state.writes.statusText
        let rowsAvailable = min(Self.maxMessageRows, rect.y - top + 1) - (saving == nil ? 0 : 1)
        var rows: [(text: String, slot: StyleSlot)] = []
        if let message = state.message, rowsAvailable > 0 {
            let slot: StyleSlot =
                switch message.kind {
                case .error: .error
                case .success: .ok
                case .info: .statusBar
                }
            rows = Self.fit(message.text, width: rect.width - 2, rows: rowsAvailable).map { ($0, slot) }
        }
        if let saving { rows.append((saving, .statusBar)) }
        for (index, row) in rows.enumerated() {
            let y = rect.y - (rows.count - 1 - index)
            StatusBar.draw(
                left: row.text, into: &canvas, rect: Rect(x: rect.x, y: y, width: rect.width, height: 1),
                theme: theme, slot: row.slot)
        }
    }

    /// `text` wrapped into at most `rows` lines of `width`; what does not fit ends in "… (:messages)".
    static func fit(_ text: String, width: Int, rows: Int) -> [String] {
        var lines = TextWrap.lines(text, width: width)
        guard lines.count > rows, rows > 0 else { return lines }
        let rest = lines[(rows - 1)...].joined(separator: " ")
        let pointer = " (:messages)"
        lines = Array(lines.prefix(rows - 1))
        lines.append(DisplayWidth.truncate(rest, to: max(1, width - DisplayWidth.of(pointer))) + pointer)
        return lines
    }
}
