import ClinicDomain
import Foundation
import TerminalKit

/// Selecting a claim from elsewhere (the `!` list's Enter) and by a click.
extension ClaimsPane {
    /// Selects `subject` in the open-claims queue, clearing the filters that hide it; a closed claim is not in the
    /// queue, and the answer says so.
    public mutating func reveal(_ subject: String, context: PaneContext) -> PaneAction? {
        guard let id = ClaimID(subject), let claim = context.practice.claims[id] else { return nil }
        guard context.sees(.claimBalances) else { return .refusal(Self.hiddenSentence(context)) }
        view = .queue
        if queue(context).ids.position(of: id) != nil {
            selection.id = id
            return .handled
        }
        let unfiltered = ClaimsPane()
        guard unfiltered.queue(context).ids.position(of: id) != nil else {
            return .message("\(id) is \(claim.status.label): it is not in the open-claims queue.")
        }
        filter = ClaimFilter()
        filterText = ""
        selection.id = id
        return .message("Filters cleared to show \(id).")
    }

    /// A click on a row of the queue (or the unbilled visits) selects it.
    public mutating func select(at point: PanePoint, size: Size, context: PaneContext) -> Bool {
        guard !isEditing, context.sees(.claimBalances) else { return false }
        let rect = Rect(x: 0, y: 0, width: size.width, height: size.height)
        // The figures' lines, then the table's header, then the rows.
        let top = Self.headerLines(for: rect) + 1
        let height = size.height - top
        switch view {
        case .queue:
            let queue = self.queue(context)
            let window = ScrollWindow(
                count: queue.rows.count, height: height, selected: selection.resolve(in: queue.ids))
            let row = window.top + point.y - top
            guard point.y >= top, window.rows.contains(row) else { return false }
            selection.select(row, in: queue.ids)
        case .unbilled:
            let visits = unbilledVisits(context)
            let window = ScrollWindow(
                count: visits.visits.count, height: height, selected: unbilledSelection.resolve(in: visits.ids))
            let row = window.top + point.y - top
            guard point.y >= top, window.rows.contains(row) else { return false }
            unbilledSelection.select(row, in: visits.ids)
        }
        return true
    }
}
