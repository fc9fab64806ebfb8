import ClinicDomain
import Foundation
import TerminalKit

/// Draws one whole frame from the state: title bar, panes (as the layout places them), tab or summary row,
/// alert strip, status line, then any popup. A pure function of its inputs, so tests render without a loop.
struct ScreenRenderer {
    let state: DashboardState
    let practice: Practice
    let now: Date
    /// Borders in ASCII when the terminal's locale is not UTF-8.
    let ascii: Bool
    let alerts: ShownAlerts

    func render(size: Size) -> Canvas {
        let theme = state.theme
        var canvas = Canvas(size: size, fill: theme[.text])
        let layout = DashboardLayout.compute(size: size, paneCount: state.panes.count, focused: state.focus)
        guard layout.kind != .tooSmall else {
            TooSmallNotice.draw(into: &canvas, minimum: DashboardLayout.minimumSize, theme: theme)
            return canvas
        }
        drawTitleBar(into: &canvas, rect: layout.titleBar, narrow: layout.kind == .narrow)
        let stamp = PracticeStamp(practice)
        for (index, frame) in layout.paneFrames.sorted(by: { $0.key < $1.key }) {
            drawPane(
                index, frame: frame, into: &canvas, highlight: layout.kind == .wide && index == state.focus,
                stamp: stamp)
        }
        switch layout.kind {
        case .narrow: drawTabs(into: &canvas, rect: layout.tabRow)
        case .medium: drawSummaries(into: &canvas, rect: layout.tabRow)
        default: break
        }
        AlertStrip(alerts: alerts.alerts, theme: theme).draw(into: &canvas, rect: layout.alertStrip)
        // A long message may borrow rows above the status line, never the title bar.
        StatusLine(state: state).draw(into: &canvas, rect: layout.statusLine, top: layout.titleBar.maxY)
        OverlayRenderer(state: state, alerts: alerts, ascii: ascii, clock: practice.clock).draw(into: &canvas)
        return canvas
    }

    private func context(_ index: Int) -> PaneContext {
        state.context(for: index, practice: practice, now: now)
    }

    private func drawTitleBar(into canvas: inout Canvas, rect: Rect, narrow: Bool) {
        let today = practice.clock.day(of: now)
        let day = state.shownDay(practice: practice, now: now)
        let clock = practice.clock.timeOfDay(of: now).hhmm
        // Narrow screens drop the product name and the year: the practice, the time and the user matter more.
        var parts = narrow ? [practice.settings.name] : ["ClinicDesk", practice.settings.name]
        if day == today {
            parts.append((narrow ? day.shortLabel : day.longLabel) + " " + clock)
        } else {
            parts.append("viewing " + (narrow ? day.shortLabel : day.longLabel))
            parts.append("now " + clock)
        }
        parts.append(state.user + (state.role(in: practice).map { " (\($0.label))" } ?? ""))
        if state.session.options.kiosk {
            parts.append("KIOSK")
        } else if state.session.options.readOnly {
            parts.append("READ-ONLY")
        }
        if state.privacy { parts.append("PRIVACY") }
        let right = narrow ? "? help · q quit" : "? help · : command · q quit"
        StatusBar.draw(
            left: parts.joined(separator: " · "), right: right, into: &canvas, rect: rect,
            theme: state.theme, slot: .titleBar)
    }

    /// Draws pane `index` in its box, or pastes its last drawing when nothing it is drawn from has changed.
    private func drawPane(_ index: Int, frame: Rect, into canvas: inout Canvas, highlight: Bool, stamp: PracticeStamp) {
        let pane = state.panes[index]
        let ctx = context(index)
        let key = PaneDrawingCache.Key(
            revision: state.paneRevisions[index], practice: stamp, now: now,
            day: ctx.day, themeRevision: state.themeRevision, focused: ctx.focused,
            highlighted: highlight, privacy: ctx.privacy, user: ctx.user, frame: frame,
            ascii: ascii)
        if let drawing = state.paneDrawings.drawing(of: index, key: key) {
            canvas.paste(drawing, x: frame.x, y: frame.y)
            return
        }
        let headline = pane.headline(ctx)
        let detail = state.filterLabel(forPane: index, context: ctx).map { $0 + " · " + headline } ?? headline
        let box = Box(
            title: "\(index + 1) \(pane.title)", detail: detail, focused: highlight || ctx.focused,
            ascii: ascii)
        let inner = box.draw(into: &canvas, rect: frame, theme: state.theme)
        if !inner.isEmpty { pane.draw(into: &canvas, rect: inner, context: ctx) }
        // The focused pane hears the next key, which moves its revision: a copy of it would not be used.
        if index != state.focus { state.paneDrawings.remember(canvas.copy(frame), of: index, key: key) }
    }

    /// Narrow: `[1 Flow 7 waiting]  2 Tasks 3 overdue  …`, the focused tab bracketed and highlighted.
    private func drawTabs(into canvas: inout Canvas, rect: Rect) {
        let theme = state.theme
        canvas.fill(rect, style: theme[.statusBar])
        // Every tab gets the same width, so a long badge is cut instead of pushing the last tabs off screen.
        let count = max(1, state.panes.count)
        let tabWidth = max(4, (rect.width - 1) / count)
        for (index, pane) in state.panes.enumerated() {
            let badge = pane.badge(context(index))
            let label = "\(index + 1) \(pane.title)" + (badge.isEmpty ? "" : " " + badge)
            let focused = index == state.focus
            let inner = DisplayWidth.truncate(label, to: tabWidth - 3)
            let text = focused ? "[\(inner)]" : " \(inner) "
            let style = focused ? theme[.paneTitleFocused].merged(over: theme[.statusBar]) : theme[.statusBar]
            canvas.put(text, x: rect.x + 1 + index * tabWidth, y: rect.y, style: style, clip: rect)
        }
    }

    /// Medium: the unfocused panes as `2 Tasks: 3 overdue │ 3 Claims: …`.
    private func drawSummaries(into canvas: inout Canvas, rect: Rect) {
        let theme = state.theme
        canvas.fill(rect, style: theme[.statusBar])
        var x = rect.x + 1
        let others = state.panes.indices.filter { $0 != state.focus }
        for (n, index) in others.enumerated() {
            let pane = state.panes[index]
            if n > 0 { x += canvas.put(" │ ", x: x, y: rect.y, style: theme[.statusBar], clip: rect) }
            x += canvas.put(
                "\(index + 1) \(pane.title): ", x: x, y: rect.y,
                style: theme[.statusKey].merged(over: theme[.statusBar]), clip: rect)
            let badge = pane.badge(context(index))
            x += canvas.put(badge.isEmpty ? "—" : badge, x: x, y: rect.y, style: theme[.statusBar], clip: rect)
        }
    }
}
