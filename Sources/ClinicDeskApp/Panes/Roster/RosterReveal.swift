import ClinicDomain
import Foundation
import TerminalKit

/// Selecting a person or a time-off request from elsewhere (the `!` list's Enter) and by a click.
extension RosterPane {
    /// Selects `subject` ("S-4", "R-2") on the day's roster, clearing the filter that hides it; a person not on
    /// the roster that day is looked for among the credentials (an expiring licence's alert names them).
    public mutating func reveal(_ subject: String, context: PaneContext) -> PaneAction? {
        let person = StaffID(subject).flatMap { context.practice.staff[$0] }
        let request = TimeOffID(subject).flatMap { context.practice.timeOff[$0] }
        guard person != nil || request != nil || subject == "practice" else { return nil }
        impact = nil
        if context.roster.ids.position(of: subject) != nil {
            mode = .today
            selection.id = subject
            return .handled
        }
        var unfiltered = context
        unfiltered.filter = TextMatch("")
        if !filterText.isEmpty, unfiltered.roster.ids.position(of: subject) != nil {
            filterText = ""
            mode = .today
            selection.id = subject
            return .message("Filter cleared to show \(subject).")
        }
        let credentials = context.cached(RosterCredentialsQuery(today: context.today))
        if let row = (0..<credentials.ids.count).first(where: { credentials.ids[$0].hasPrefix(subject + " ") }) {
            mode = .credentials
            credentialSelection.select(row, in: credentials.ids)
            return .handled
        }
        return .message("\(subject) is not on the roster for \(context.day.longLabel).")
    }

    /// A click on a person or a request (today), a person (the week grid's rows are not followed) or a credential.
    public mutating func select(at point: PanePoint, size: Size, context: PaneContext) -> Bool {
        guard impact == nil else { return false }
        switch mode {
        case .today:
            // The front-desk line and the header come first.
            let roster = context.roster
            let selectedLine = selection.resolve(in: roster.ids).flatMap { row in
                roster.lines.firstIndex { $0.selectionID == roster.ids[row] }
            }
            let window = ScrollWindow(count: roster.lines.count, height: size.height - 2, selected: selectedLine)
            let line = window.top + point.y - 2
            guard point.y >= 2, window.rows.contains(line), let id = roster.lines[line].selectionID,
                let row = roster.ids.position(of: id)
            else { return false }
            selection.select(row, in: roster.ids)
            return true
        case .credentials:
            let list = context.cached(RosterCredentialsQuery(today: context.today))
            let selectedItem = credentialSelection.resolve(in: list.ids).flatMap { row in
                list.items.firstIndex { $0.id == list.ids[row] }
            }
            let window = ScrollWindow(count: list.items.count, height: size.height - 1, selected: selectedItem)
            let item = window.top + point.y - 1
            guard point.y >= 1, window.rows.contains(item), let id = list.items[item].id,
                let row = list.ids.position(of: id)
            else { return false }
            credentialSelection.select(row, in: list.ids)
            return true
        case .week:
            return false
        }
    }
}
