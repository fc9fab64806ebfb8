import ClinicDomain
import Foundation
import TerminalKit

/// What a click or a wheel turn does: a press focuses the pane under it and selects the row or card under the
/// pointer (`Pane.select(at:size:context:)`), the wheel scrolls the pane under the pointer (the focused one when
/// the pointer is elsewhere) three rows at a time, as the movement keys would. In the `!` list a press selects
/// the alert under it. Otherwise only in normal mode with no form open: a popup or an open form keeps the
/// keyboard's attention.
extension DashboardState {
    /// Rows one wheel notch moves.
    static let wheelRows = 3

    mutating func handle(_ mouse: MouseEvent, practice: Practice, now: Date) -> [Effect] {
        if case .alerts(var popup) = mode, mouse.kind == .press(button: 1) {
            let renderer = OverlayRenderer(
                state: self, alerts: shownAlerts(practice, now: now), ascii: false, clock: practice.clock)
            if let row = renderer.alertRow(atY: mouse.y, x: mouse.x, popup: popup, size: screenSize) {
                popup.cursor = row
                mode = .alerts(popup)
            }
            return []
        }
        guard mode == .normal, !panes[focus].isEditing else { return [] }
        let layout = DashboardLayout.compute(size: screenSize, paneCount: panes.count, focused: focus)
        let under = layout.paneFrames.first { $0.value.contains(x: mouse.x, y: mouse.y) }?.key
        switch mouse.kind {
        case .press(button: 1):
            guard let under, let frame = layout.paneFrames[under] else { return [] }
            message = nil
            focus(under)
            // The pane's body is inside its box's border, as `ScreenRenderer` draws it.
            let body = frame.inset(by: 1)
            guard body.contains(x: mouse.x, y: mouse.y) else { return [] }
            var pane = panes[under]
            let point = PanePoint(x: mouse.x - body.x, y: mouse.y - body.y)
            if pane.select(
                at: point, size: Size(width: body.width, height: body.height),
                context: context(for: under, practice: practice, now: now))
            {
                update(pane: pane, at: under)
            }
        case .wheelUp, .wheelDown:
            let target = under ?? focus
            let action: KeyAction = mouse.kind == .wheelUp ? .moveUp : .moveDown
            var pane = panes[target]
            let context = context(for: target, practice: practice, now: now)
            for _ in 0..<Self.wheelRows { _ = pane.handle(action, context: context) }
            update(pane: pane, at: target)
        default:
            break
        }
        return []
    }
}
