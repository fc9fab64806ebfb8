import ClinicDomain
import TerminalKit

/// Popups over the panes: help, an item's detail, the list of all alerts.
struct OverlayRenderer {
    let state: DashboardState
    let alerts: [Alert]
    let ascii: Bool

    func draw(into canvas: inout Canvas) {
        switch state.mode {
        case .help(let scroll):
            popup(title: "Keys", lines: HelpContent.lines(keymap: state.keymap, panes: state.panes, focus: state.focus), scroll: scroll,
                  width: 76, into: &canvas)
        case .detail(let detail):
            popup(title: detail.title, lines: detail.lines, scroll: detail.scroll, width: 72, into: &canvas)
        case .alerts(let scroll):
            let lines = alerts.isEmpty ? ["Nothing needs attention."] : alerts.map { alert in
                let mark = switch alert.severity { case .critical: "⚠"; case .warn: "▲"; case .info: "·" }
                return "\(mark) \(alert.message)" + (alert.subject.map { "  [\($0)]" } ?? "")
            }
            popup(title: "Alerts (\(alerts.count))", lines: lines, scroll: scroll, width: 90, into: &canvas)
        default:
            break
        }
    }

    /// Shows the part of `lines` that fits, from `scroll` (clamped), with a footer saying how to move.
    private func popup(title: String, lines: [String], scroll: Int, width: Int, into canvas: inout Canvas) {
        let room = max(1, canvas.size.height - 4)
        let top = min(max(0, scroll), max(0, lines.count - room))
        let shown = Array(lines.dropFirst(top).prefix(room))
        let more = lines.count > room ? " \(top + 1)–\(top + shown.count) of \(lines.count) · j/k scroll ·" : ""
        let modal = Modal(title: title, lines: shown, footer: more + " Esc close",
                          preferredWidth: min(width, max(lines.map(DisplayWidth.of).max() ?? 0, 30)), ascii: ascii)
        modal.draw(into: &canvas, theme: state.theme)
    }
}
