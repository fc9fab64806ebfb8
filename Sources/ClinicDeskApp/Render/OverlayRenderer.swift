import ClinicDomain
import TerminalKit

/// Popups over the panes: help, an item's detail, the list of all alerts, the message log.
struct OverlayRenderer {
    let state: DashboardState
    let alerts: ShownAlerts
    let ascii: Bool
    /// The practice's clock, for the message log's times.
    let clock: PracticeClock

    func draw(into canvas: inout Canvas) {
        switch state.mode {
        case .help(let scroll):
            popup(
                title: "Keys", lines: HelpContent.lines(keymap: state.keymap, panes: state.panes, focus: state.focus),
                scroll: scroll,
                width: 76, into: &canvas)
        case .detail(let detail):
            popup(
                title: detail.title, lines: detail.shownLines(screenWidth: canvas.size.width), scroll: detail.scroll,
                width: detail.width, into: &canvas)
        case .confirm(let confirmation):
            // The question itself is on the status line; the popup is what to read before answering.
            guard let report = confirmation.report else { break }
            popup(
                title: report.title, lines: report.shownLines(screenWidth: canvas.size.width), scroll: report.scroll,
                width: report.width, into: &canvas,
                closing: "y yes · n no")
        case .alerts(let popup):
            drawAlerts(popup, into: &canvas)
        case .messages(let scroll):
            let width = min(Self.messageLogWidth, canvas.size.width - 4)
            let entries = state.messageLog.entries
            popup(
                title: "Messages (\(entries.count), newest first)", lines: messageLines(width: width), scroll: scroll,
                width: width, into: &canvas)
        case .undoList(let list):
            list.picker.draw(into: &canvas, in: canvas.bounds, theme: state.theme, ascii: ascii)
        default:
            break
        }
    }

    static let messageLogWidth = 100
    static let alertsWidth = 90

    /// The title of the `!` list: how many, and how many this user snoozed.
    var alertsTitle: String {
        "Alerts (\(alerts.alerts.count)" + (alerts.snoozed > 0 ? " · \(alerts.snoozed) snoozed" : "") + ")"
    }

    /// One line per alert: a mark that needs no colour, the message, the item it is about.
    static func alertLine(_ alert: Alert) -> String {
        let mark =
            switch alert.severity {
            case .critical: "⚠"
            case .warn: "▲"
            case .info: "·"
            }
        return "\(mark) \(alert.message)" + (alert.subject.map { "  [\($0)]" } ?? "")
    }

    /// The `!` list: the cursor's row highlighted (and marked `>`, for a screen without colour), the window
    /// following it; the snooze picker over it while open.
    private func drawAlerts(_ popup: AlertsPopup, into canvas: inout Canvas) {
        let keymap = state.keymap
        let list = alerts.alerts
        let room = max(1, canvas.size.height - 4)
        let footer =
            list.isEmpty
            ? "\(keymap.keyLabel(.close)) close"
            : "\(keymap.keyLabel(.open)) go to · \(keymap.keyLabel(.alertSnooze)) snooze · "
                + "\(keymap.keyLabel(.close)) close"
        guard !list.isEmpty else {
            let text = alerts.snoozed > 0 ? "Nothing else needs attention." : "Nothing needs attention."
            Modal(title: alertsTitle, lines: [text], footer: footer, preferredWidth: 40, ascii: ascii)
                .draw(into: &canvas, theme: state.theme)
            return
        }
        let cursor = min(max(0, popup.cursor), list.count - 1)
        let window = ScrollWindow(count: list.count, height: room, selected: cursor)
        let lines = list.map { Self.alertLine($0) }
        let width = min(Self.alertsWidth, max((lines.map(DisplayWidth.of).max() ?? 0) + 2, 40))
        let interiorWidth = min(width, canvas.size.width - 4)
        let content = window.rows.map { index -> StyledLine in
            let text = (index == cursor ? "> " : "  ") + Sanitizer.clean(lines[index])
            guard index == cursor else { return StyledLine(text) }
            return StyledLine(
                DisplayWidth.pad(DisplayWidth.truncate(text, to: interiorWidth), to: interiorWidth),
                slot: .tableSelected)
        }
        let more = list.count > room ? " \(window.top + 1)–\(window.rows.upperBound) of \(list.count) ·" : ""
        let modal = Modal(
            title: alertsTitle, content: content, footer: more + " " + footer, preferredWidth: width, ascii: ascii)
        let interior = modal.draw(into: &canvas, theme: state.theme)
        if let picker = popup.snooze { picker.draw(into: &canvas, in: interior, theme: state.theme, ascii: ascii) }
    }

    /// The row of the `!` list at screen row `y` (for a click), or nil.
    func alertRow(atY y: Int, x: Int, popup: AlertsPopup, size: Size) -> Int? {
        let list = alerts.alerts
        guard !list.isEmpty, popup.snooze == nil else { return nil }
        let room = max(1, size.height - 4)
        let cursor = min(max(0, popup.cursor), list.count - 1)
        let window = ScrollWindow(count: list.count, height: room, selected: cursor)
        let lines = list.map { Self.alertLine($0) }
        let width = min(Self.alertsWidth, max((lines.map(DisplayWidth.of).max() ?? 0) + 2, 40))
        let frame = Modal(
            title: alertsTitle, lines: Array(repeating: "", count: window.rows.count), preferredWidth: width,
            ascii: ascii
        ).frame(in: size)
        let interior = frame.inset(by: 1)
        guard interior.contains(x: x, y: y) else { return nil }
        let row = window.top + y - interior.y
        return window.rows.contains(row) ? row : nil
    }

    /// One entry per message, newest first: `10:42  refused  Not saved (…): …`, wrapped under its text.
    func messageLines(width: Int) -> [String] {
        let entries = state.messageLog.entries
        guard !entries.isEmpty else { return ["No messages yet."] }
        let indent = 16
        var lines: [String] = []
        for entry in entries.reversed() {
            let time = clock.timeOfDay(of: entry.time).hhmm
            let head = time + "  " + DisplayWidth.pad(entry.message.kindLabel, to: 7) + "  "
            let wrapped = TextWrap.lines(Sanitizer.clean(entry.message.text), width: max(10, width - indent))
            for (index, text) in wrapped.enumerated() {
                lines.append((index == 0 ? head : String(repeating: " ", count: indent)) + text)
            }
        }
        return lines
    }

    /// Shows the part of `lines` that fits, from `scroll` (clamped), with a footer saying how to move.
    private func popup(
        title: String, lines: [String], scroll: Int, width: Int, into canvas: inout Canvas, closing: String? = nil
    ) {
        let room = max(1, canvas.size.height - 4)
        let top = min(max(0, scroll), max(0, lines.count - room))
        let shown = Array(lines.dropFirst(top).prefix(room))
        let keymap = state.keymap
        let scroll = keymap.keyLabel(.moveDown) + "/" + keymap.keyLabel(.moveUp)
        let more = lines.count > room ? " \(top + 1)–\(top + shown.count) of \(lines.count) · \(scroll) scroll ·" : ""
        let modal = Modal(
            title: title, lines: shown, footer: more + " " + (closing ?? "\(keymap.keyLabel(.close)) close"),
            preferredWidth: min(width, max(lines.map(DisplayWidth.of).max() ?? 0, 30)), ascii: ascii)
        modal.draw(into: &canvas, theme: state.theme)
    }
}
