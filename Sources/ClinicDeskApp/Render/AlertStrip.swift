import ClinicDomain
import TerminalKit

/// The line above the status bar: the most urgent alerts, one after another, and how to see them all.
struct AlertStrip {
    let alerts: [Alert]
    let theme: Theme

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard !rect.isEmpty else { return }
        let base = theme[.alertStrip]
        canvas.fill(rect, style: base)
        guard let first = alerts.first else {
            canvas.put(
                " ✓ nothing needs attention", x: rect.x, y: rect.y, style: theme[.ok].merged(over: base), clip: rect)
            return
        }
        let more = " ! alerts (\(alerts.count)) "
        let moreWidth = DisplayWidth.of(more)
        let right = rect.maxX - moreWidth
        canvas.put(more, x: right, y: rect.y, style: theme[.statusKey].merged(over: base), clip: rect)
        let textClip = Rect(x: rect.x, y: rect.y, width: max(0, right - rect.x - 1), height: 1)
        var x = rect.x + 1
        x += canvas.put(
            first.severity == .critical ? "⚠ " : "▲ ", x: x, y: rect.y,
            style: slot(first.severity).merged(over: base), clip: textClip)
        for (i, alert) in alerts.enumerated() {
            guard x < textClip.maxX else { break }
            if i > 0 { x += canvas.put(" · ", x: x, y: rect.y, style: base, clip: textClip) }
            // An alert that does not fit whole is cut with "…" rather than dropped, so the strip ends cleanly.
            let room = textClip.maxX - x
            let text = DisplayWidth.truncate(alert.message, to: room)
            x += canvas.put(text, x: x, y: rect.y, style: slot(alert.severity).merged(over: base), clip: textClip)
        }
    }

    private func slot(_ severity: AlertSeverity) -> Style {
        switch severity {
        case .critical: theme[.alertCritical]
        case .warn: theme[.alertWarn]
        case .info: theme[.alertStrip]
        }
    }
}
