import TerminalKit

/// The bottom line: the `:` input, a y/n question, the last message, or the focused pane's keys.
struct StatusLine {
    let state: DashboardState

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        switch state.mode {
        case .commandLine(let editor):
            canvas.fill(rect, style: theme[.input])
            canvas.put(":", x: rect.x, y: rect.y, style: theme[.input], clip: rect)
            editor.input.draw(into: &canvas, rect: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: 1),
                              theme: theme)
        case .confirm(let confirmation):
            StatusBar.draw(left: confirmation.prompt + "  (y/n)", into: &canvas, rect: rect, theme: theme,
                           slot: .alertWarn)
        default:
            if let message = state.message {
                let slot: StyleSlot = switch message.kind {
                case .error: .error
                case .success: .ok
                case .info: .statusBar
                }
                StatusBar.draw(left: message.text, into: &canvas, rect: rect, theme: theme, slot: slot)
            } else {
                let pane = state.panes[state.focus]
                let hints = [KeyHint(pane.title + ":", "")] + state.hints(forPane: state.focus).map { KeyHint($0.key, $0.label) }
                    + [KeyHint("[ ]", "day"), KeyHint("!", "alerts"), KeyHint("?", "help")]
                KeyHints.draw(hints, into: &canvas, rect: rect, theme: theme)
            }
        }
    }
}
