import ClinicDomain
import Foundation
import TerminalKit

/// The practice's Kanban board: Backlog, Today, Doing, Waiting, Done, with WIP limits.
/// h/l pick a column, j/k a card; H/L move the card (the domain refuses past a WIP limit), K/J reorder,
/// d marks it done (y/n), o hands it to the next person, n adds one through the command line.
public struct TasksPane: Pane {
    public let title = "Tasks"
    /// The column the cursor is in when no card is selected (an empty column).
    var column: BoardColumn = .today
    /// The selected card; the cursor follows it when it moves to another column.
    var card: TaskID?
    /// Position in the column, used when the selected card has gone (done, moved by someone else).
    var row = 0

    public init() {}

    public var keyHints: [PaneKeyHint] { Keymap.standard.hints(for: .pane(title)) }
    public var isEditing: Bool { false }

    public func headline(_ context: PaneContext) -> String {
        let practice = context.practice
        var parts: [String] = []
        let overdue = practice.overdueTasks(today: context.today).count
        if overdue > 0 { parts.append("\(overdue) overdue") }
        let dueToday = practice.tasks.values.filter { $0.column != .done && $0.due == context.today }.count
        if dueToday > 0 { parts.append("\(dueToday) due today") }
        for full in practice.fullColumns() { parts.append("\(full.column.label) FULL") }
        if parts.isEmpty { parts.append("\(practice.tasks.values.filter { $0.column != .done }.count) open") }
        return parts.joined(separator: " · ")
    }

    public func badge(_ context: PaneContext) -> String {
        let overdue = context.practice.overdueTasks(today: context.today).count
        if overdue > 0 { return "\(overdue) overdue" }
        if let full = context.practice.fullColumns().first { return "\(full.column.label) FULL" }
        return "\(context.practice.tasks.values.filter { $0.column != .done }.count) open"
    }

    // MARK: - Selection

    /// The column the cursor is in: the selected card's own column when it still exists.
    func currentColumn(_ practice: Practice) -> BoardColumn {
        card.flatMap { practice.tasks[$0]?.column } ?? column
    }

    /// The selected row in the current column, or nil if the column is empty.
    func selectedRow(_ cards: [TaskCard]) -> Int? {
        guard !cards.isEmpty else { return nil }
        if let card, let found = cards.firstIndex(where: { $0.id == card }) { return found }
        return min(max(0, row), cards.count - 1)
    }

    func selectedCard(_ practice: Practice) -> TaskCard? {
        let cards = practice.tasks(in: currentColumn(practice))
        return selectedRow(cards).map { cards[$0] }
    }

    private mutating func select(column newColumn: BoardColumn, row newRow: Int, practice: Practice) {
        let cards = practice.tasks(in: newColumn)
        column = newColumn
        row = cards.isEmpty ? 0 : min(max(0, newRow), cards.count - 1)
        card = cards.isEmpty ? nil : cards[row].id
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, context: PaneContext) -> PaneAction {
        let practice = context.practice
        let current = currentColumn(practice)
        let cards = practice.tasks(in: current)
        let position = selectedRow(cards) ?? 0
        let columns = BoardColumn.allCases
        let columnIndex = columns.firstIndex(of: current) ?? 0
        switch Keymap.standard.resolve(key, pane: title) {
        case .moveLeft:
            guard columnIndex > 0 else { return .handled }
            select(column: columns[columnIndex - 1], row: position, practice: practice)
        case .moveRight:
            guard columnIndex + 1 < columns.count else { return .handled }
            select(column: columns[columnIndex + 1], row: position, practice: practice)
        case .moveUp: select(column: current, row: position - 1, practice: practice)
        case .moveDown: select(column: current, row: position + 1, practice: practice)
        case .pageUp: select(column: current, row: position - 5, practice: practice)
        case .pageDown: select(column: current, row: position + 5, practice: practice)
        case .top: select(column: current, row: 0, practice: practice)
        case .bottom: select(column: current, row: cards.count - 1, practice: practice)
        case .open:
            guard let selected = selectedRow(cards).map({ cards[$0] }) else { return .message("No card here.") }
            return .detail(title: "\(selected.id) \(selected.title)", lines: TaskCardText.detail(selected, context: context))
        case .taskNew:
            return .prompt("task add --column \(current.rawValue) \"\"")
        case .taskMoveLeft, .taskMoveRight:
            guard let selected = selectedRow(cards).map({ cards[$0] }) else { return .message("No card to move.") }
            let target = columnIndex + (Keymap.standard.resolve(key, pane: title) == .taskMoveLeft ? -1 : 1)
            guard columns.indices.contains(target) else { return .message("\(selected.id) is already in \(current.label).") }
            card = selected.id
            return .command(.moveTask(selected.id, to: columns[target], override: false), confirm: nil)
        case .taskRaise, .taskLower:
            guard let selected = selectedRow(cards).map({ cards[$0] }) else { return .handled }
            card = selected.id
            let offset = Keymap.standard.resolve(key, pane: title) == .taskRaise ? -1 : 1
            return .command(.reorderTask(selected.id, by: offset), confirm: nil)
        case .taskDone:
            guard let selected = selectedRow(cards).map({ cards[$0] }) else { return .message("No card here.") }
            guard selected.column != .done else { return .message("\(selected.id) is already done.") }
            // The cursor stays in this column at this position; the card leaves for Done.
            card = nil
            column = current
            row = position
            return .command(.completeTask(selected.id), confirm: "Mark \(selected.id) “\(selected.title)” done?")
        case .taskOwner:
            guard let selected = selectedRow(cards).map({ cards[$0] }) else { return .message("No card here.") }
            let next = TaskCardText.nextOwner(after: selected.owner, in: practice)
            card = selected.id
            return .command(.assignTask(selected.id, to: next), confirm: nil)
        default:
            return .unhandled
        }
        return .handled
    }

    // MARK: - Drawing

    public func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        TaskBoardView(pane: self, context: context).draw(into: &canvas, rect: rect)
    }
}
