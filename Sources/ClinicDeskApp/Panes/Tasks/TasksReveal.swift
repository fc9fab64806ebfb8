import ClinicDomain
import Foundation
import TerminalKit

/// Selecting a card from elsewhere (the `!` list's Enter, a card's link) and by a click.
extension TasksPane {
    /// Selects card `subject` in its column, clearing the filter that hides it.
    public mutating func reveal(_ subject: String, context: PaneContext) -> PaneAction? {
        guard let id = TaskID(subject), let card = context.practice.tasks[id] else { return nil }
        column = card.column
        selection.id = id
        guard cardIDs(in: card.column, context).position(of: id) == nil, isFiltered(context) else { return .handled }
        filterText = ""
        boardFilter = TaskBoardFilter()
        return .message("Filter cleared to show \(id).")
    }

    /// A click on a card (either of its two lines) selects it, in whichever column it is.
    public mutating func select(at point: PanePoint, size: Size, context: PaneContext) -> Bool {
        guard !isEditing else { return false }
        let rect = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard
            let placed = TaskBoardView(pane: self, context: context).columnRects(in: rect)
                .first(where: { $0.rect.contains(x: point.x, y: point.y) })
        else { return false }
        let cards = cardIDs(in: placed.column, context)
        let capacity = max(1, (size.height - 1) / TaskBoardView.cardHeight)
        let current = currentColumn(context.practice) == placed.column
        let selected = current ? selectedRow(in: placed.column, context: context) : nil
        let top = ScrollWindow.top(count: cards.count, height: capacity, selected: selected)
        let slot = (point.y - 1) / TaskBoardView.cardHeight
        let row = top + slot
        guard point.y >= 1, slot < capacity, row < cards.count else { return false }
        column = placed.column
        selection.select(row, in: cards)
        return true
    }
}
