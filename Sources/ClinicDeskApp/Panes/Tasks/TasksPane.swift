import ClinicDomain
import Foundation
import TerminalKit

/// The practice's Kanban board: Backlog, Today, Doing, Waiting, Done, with WIP limits.
/// h/l pick a column, j/k a card; H/L move the card (the domain refuses past a WIP limit), K/J reorder,
/// d marks it done (y/n), o picks its owner from the staff (with who is out today), n adds one and e edits one in
/// the card form, Enter opens the card view (checklist, links).
public struct TasksPane: Pane {
    public var id: PaneID { .tasks }
    /// The column the cursor is in when no card is selected (an empty column).
    var column: BoardColumn = .today
    /// The selected card in its column (the panes' one selection model): the cursor follows the card when it
    /// moves to another column, and keeps its position when the card has gone (done, moved by someone else).
    var selection = ListSelection<TaskID>()
    var card: TaskID? {
        get { selection.id }
        set { selection.id = newValue }
    }
    /// The open owner picker (`o`), if any.
    var ownerPicker: OwnerPicker?
    /// The open new/edit card form and card view (TasksPane+Cards.swift), if any.
    var cardForm: TaskCardForm?
    var cardView: TaskCardView?
    /// Owner, label, overdue, "mine" (`f`, `m`); with the `/` text, what the board shows.
    var boardFilter = TaskBoardFilter()
    var filterPicker: TaskFilterPicker?
    var labelPicker: TaskLabelPicker?
    public internal(set) var filterText = ""

    public init() {}

    public mutating func setFilter(_ text: String) { filterText = text }

    /// Matches over the whole board, the selected card's place counted in board order (columns left to right).
    public func filterMatches(_ context: PaneContext) -> (position: Int?, count: Int) {
        let current = currentColumn(context.practice)
        var count = 0
        var position: Int?
        for column in BoardColumn.allCases {
            if column == current, let row = selectedRow(in: column, context: context) { position = count + row + 1 }
            count += cards(in: column, context).count
        }
        return (position, count)
    }

    public var isEditing: Bool { ownerPicker != nil || cardIsOpen || boardPopupOpen }
    public func editingHints(_ keymap: Keymap) -> [PaneKeyHint] {
        if let hints = boardPopupHints(keymap) { return hints }
        return ownerPicker == nil ? cardHints(keymap) : OwnerPicker.keyHints(keymap)
    }

    public mutating func handleEditing(_ key: Key, context: PaneContext) -> PaneAction {
        if let action = handleBoardPopup(key, context: context) { return action }
        if let answer = handleCardKey(key, context: context) { return answer }
        guard var picker = ownerPicker else { return .unhandled }
        switch picker.handle(key) {
        case .editing:
            ownerPicker = picker
            return .handled
        case .cancelled:
            ownerPicker = nil
            return .handled
        case .assign(let owner):
            ownerPicker = nil
            card = picker.card
            guard context.practice.tasks[picker.card]?.owner != owner else { return .message("No change.") }
            return .command(.assignTask(picker.card, to: owner), confirm: nil)
        }
    }

    public func headline(_ context: PaneContext) -> String {
        let counts = context.cached(TaskCountsQuery(today: context.today))
        let filters = boardFilter.labels(context.practice)
        var parts = filters.isEmpty ? [] : ["[" + filters.joined(separator: " · ") + "]"]
        parts += counts.overColumns
        if counts.overdue > 0 { parts.append("\(counts.overdue) overdue") }
        if counts.dueToday > 0 { parts.append("\(counts.dueToday) due today") }
        for full in counts.fullColumns { parts.append("\(full.label) FULL") }
        if parts.count == (filters.isEmpty ? 0 : 1) { parts.append("\(counts.open) open") }
        return parts.joined(separator: " · ")
    }

    public func badge(_ context: PaneContext) -> String {
        let counts = context.cached(TaskCountsQuery(today: context.today))
        if let over = counts.overColumns.first { return over }
        if counts.overdue > 0 { return "\(counts.overdue) overdue" }
        if let full = counts.fullColumns.first { return "\(full.label) FULL" }
        return "\(counts.open) open"
    }

    // MARK: - Selection

    /// The column the cursor is in: the selected card's own column when it still exists.
    func currentColumn(_ practice: Practice) -> BoardColumn {
        card.flatMap { practice.tasks[$0]?.column } ?? column
    }

    /// The selected row in the current column, or nil if the column is empty.
    func selectedRow(in column: BoardColumn, context: PaneContext) -> Int? {
        selection.resolve(in: cardIDs(in: column, context))
    }

    func selectedCard(_ context: PaneContext) -> TaskCard? {
        let column = currentColumn(context.practice)
        let cards = self.cards(in: column, context)
        return selectedRow(in: column, context: context).map { cards[$0] }
    }

    private mutating func select(column newColumn: BoardColumn, row newRow: Int, context: PaneContext) {
        column = newColumn
        selection.select(newRow, in: cardIDs(in: newColumn, context))
    }

    // MARK: - Keys

    public mutating func handle(_ action: KeyAction, context: PaneContext) -> PaneAction {
        let practice = context.practice
        let current = currentColumn(practice)
        let cards = self.cards(in: current, context)
        let selectedIndex = selectedRow(in: current, context: context)
        let position = selectedIndex ?? 0
        let columns = BoardColumn.allCases
        let columnIndex = columns.firstIndex(of: current) ?? 0
        switch action {
        case .moveLeft:
            guard columnIndex > 0 else { return .handled }
            select(column: columns[columnIndex - 1], row: position, context: context)
        case .moveRight:
            guard columnIndex + 1 < columns.count else { return .handled }
            select(column: columns[columnIndex + 1], row: position, context: context)
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            column = current
            _ = selection.apply(action, in: cardIDs(in: current, context), page: 5)
        case .open:
            return openCardView(selectedIndex.map { cards[$0] })
        case .taskNew:
            return openNewCard(in: current, context: context)
        case .taskEdit:
            return openEditCard(selectedIndex.map { cards[$0] }, context: context)
        case .taskMoveLeft, .taskMoveRight:
            guard let selected = selectedIndex.map({ cards[$0] }) else { return .message("No card to move.") }
            let target = columnIndex + (action == .taskMoveLeft ? -1 : 1)
            guard columns.indices.contains(target) else {
                return .message("\(selected.id) is already in \(current.label).")
            }
            card = selected.id
            return Self.move(selected, to: columns[target], context: context)
        case .taskRaise, .taskLower:
            guard let selected = selectedIndex.map({ cards[$0] }) else { return .handled }
            card = selected.id
            let offset = action == .taskRaise ? -1 : 1
            return .command(.reorderTask(selected.id, by: offset), confirm: nil)
        case .taskDone:
            guard let selected = selectedIndex.map({ cards[$0] }) else { return .message("No card here.") }
            guard selected.column != .done else { return .message("\(selected.id) is already done.") }
            // The cursor stays in this column at this position; the card leaves for Done.
            selection = ListSelection(id: nil, index: position)
            column = current
            return .command(.completeTask(selected.id), confirm: "Mark \(selected.id) “\(selected.title)” done?")
        case .taskOwner:
            guard let selected = selectedIndex.map({ cards[$0] }) else { return .message("No card here.") }
            card = selected.id
            ownerPicker = OwnerPicker(card: selected, context: context)
        default:
            return handleBoardKey(action, context: context) ?? .unhandled
        }
        return .handled
    }

    // MARK: - Drawing

    public func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        TaskBoardView(pane: self, context: context).draw(into: &canvas, rect: rect)
        ownerPicker?.picker.draw(into: &canvas, in: rect, theme: context.theme)
        drawCard(into: &canvas, rect: rect, context: context)
        drawBoardPopup(into: &canvas, rect: rect, context: context)
    }
}
