import ClinicDomain
import Foundation
import TerminalKit

/// Which pane shows the item an ID names: the one map from an ID's prefix to a pane. The `!` list's Enter uses it,
/// and so will anything else that links to an item (a task card's link).
enum RevealTarget {
    static func pane(for subject: String) -> PaneID? {
        // The practice's own credentials (its CLIA certificate) are on the roster's credentials list.
        if subject == "practice" { return .roster }
        if AppointmentID(subject) != nil { return .flow }
        if ClaimID(subject) != nil { return .claims }
        if TaskID(subject) != nil { return .tasks }
        if StaffID(subject) != nil || TimeOffID(subject) != nil { return .roster }
        return nil
    }
}

extension DashboardState {
    /// Focuses the pane that shows `subject` ("A-31", "C-22", "S-4", "T-17", "R-2") and selects it there; an ID
    /// no pane knows, or one whose row is gone, is said on the status line and changes nothing.
    @discardableResult
    mutating func reveal(_ subject: String, practice: Practice, now: Date) -> Bool {
        let shown = Sanitizer.clean(subject)
        guard let target = RevealTarget.pane(for: subject), let index = panes.firstIndex(where: { $0.id == target })
        else {
            message = .error("No pane shows '\(shown)'.")
            return false
        }
        var pane = panes[index]
        let previousFocus = focus
        focus(index)
        guard let answer = pane.reveal(subject, context: context(for: index, practice: practice, now: now)) else {
            focus(previousFocus)
            message = .error("\(shown) is no longer in the practice (removed or finished).")
            return false
        }
        update(pane: pane, at: index)
        message = .info("\(target.title): \(shown).")
        _ = apply(answer, practice: practice, now: now)
        return true
    }
}
