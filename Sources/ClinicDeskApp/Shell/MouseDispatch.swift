import ClinicDomain
import Foundation
import TerminalKit

/// What a click or a wheel turn does: a press focuses the pane under it, the wheel scrolls the pane under the
/// pointer (the focused one when the pointer is elsewhere) three rows at a time, as the movement keys would.
/// Only in normal mode with no form open: a popup or an open form keeps the keyboard's attention.
extension DashboardState {
    /// Rows one wheel notch moves.
    static let wheelRows = 3

    mutating func handle(_ mouse: MouseEvent, practice: Practice, now: Date) -> [Effect] {
        guard mode == .normal, !panes[focus].isEditing else { return [] }
        let layout = DashboardLayout.compute(size: screenSize, paneCount: panes.count, focused: focus)
        let under = layout.paneFrames.first { $0.value.contains(x: mouse.x, y: mouse.y) }?.key
        switch mouse.kind {
        case .press(button: 1):
            guard let under else { return [] }
            message = nil
            focus(under)
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
