import ClinicDomain
import Foundation
import TerminalKit

/// Selecting an appointment from elsewhere (the `!` list's Enter) and by a click.
extension FlowPane {
    /// Selects `subject` in the day list of its own day (the shell shows that day: `.showDay`), clearing the
    /// filters that hide it.
    public mutating func reveal(_ subject: String, context: PaneContext) -> PaneAction? {
        guard let id = AppointmentID(subject), let appointment = context.practice.appointments[id] else { return nil }
        var there = context
        there.day = appointment.day
        if mode == .week { mode = dayMode }
        gridCursor = nil
        selected = id
        var cleared = false
        if lineIDs(there).position(of: id) == nil {
            providerFilter = nil
            statusFilter = .all
            filterText = ""
            cleared = true
        }
        if appointment.day != context.day { return .showDay(appointment.day) }
        return cleared ? .message("Filters cleared to show \(id).") : .handled
    }

    /// A click on a row of the flow list selects it (the time grid and the week keep the keys' cursor).
    public mutating func select(at point: PanePoint, size: Size, context: PaneContext) -> Bool {
        guard mode == .list, !isEditing else { return false }
        let rows = lines(context)
        // The list's body starts under the pane's top line; the table's header is the body's first row.
        let window = ScrollWindow(
            count: rows.count, height: size.height - 2, selected: selectedIndex(in: rows, context: context))
        let row = window.top + point.y - 2
        guard point.y >= 2, window.rows.contains(row) else { return false }
        selection.select(row, in: lineIDs(context))
        gridCursor = nil
        return true
    }
}
