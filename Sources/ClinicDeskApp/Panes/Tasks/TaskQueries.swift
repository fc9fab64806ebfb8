import ClinicDomain
import Foundation
import TerminalKit

// The task board's derived views: the large practice has ~2k cards, and the board, its keys, the headline and the
// badge would otherwise filter and sort them several times per frame. Each is cached per practice state, filter
// and minute (overdue and the archive read the clock).

/// One column as the board shows it: the cards that pass the filters, how many it holds on the board (archived
/// done cards left out), its WIP limit.
struct BoardColumnView: Sendable, Equatable {
    let column: BoardColumn
    let cards: [TaskCard]
    let ids: SelectableIDs<TaskID>
    let total: Int
    let limit: Int?

    var isFull: Bool { limit.map { total >= $0 } ?? false }
    var isOverWIP: Bool { limit.map { total > $0 } ?? false }

    /// "Doing 3/3", "Doing 4/3 OVER", "Doing 2 of 9", "Doing 1 of 3/3 FULL": shown of total when filtered, the
    /// limit after a slash. When the column is narrow the flag goes first, then the limit of a filtered column
    /// (the full-column colour still says it).
    func header(filtered: Bool, width: Int) -> String {
        let count = column.label + " " + (filtered ? "\(cards.count) of \(total)" : "\(total)")
        let text = count + (limit.map { "/\($0)" } ?? "")
        let flag = isOverWIP ? " OVER" : isFull ? " FULL" : ""
        if !flag.isEmpty, DisplayWidth.of(text + flag) <= width { return text + flag }
        return DisplayWidth.of(text) <= width ? text : count
    }
}

/// The board under the pane's filters and `/` text, every column top to bottom (rank, then ID).
struct TaskBoardQuery: DerivedQuery {
    var filter = TaskBoardFilter()
    /// The signed-in login, for "mine".
    var login = ""
    /// The `/` filter: cards whose ID, title, owner, column, labels, notes or checklist hold it.
    var text = TextMatch("")
    var now: Date

    func answer(from practice: Practice) -> [BoardColumn: BoardColumnView] {
        var columns: [BoardColumn: BoardColumnView] = [:]
        for column in practice.board(filter: filter.taskFilter(login: login), now: now) {
            let cards =
                text.isEmpty ? column.cards : column.cards.filter { text.matches(Self.searchFields($0, practice)) }
            columns[column.column] = BoardColumnView(
                column: column.column, cards: cards, ids: SelectableIDs(cards.map(\.id)), total: column.total,
                limit: column.limit)
        }
        return columns
    }

    static func searchFields(_ card: TaskCard, _ practice: Practice) -> [String] {
        let owner = card.owner.flatMap { practice.staff[$0]?.displayName } ?? ""
        return [card.id.description, card.title, owner, card.column.label, card.notes] + card.labels
            + card.checklist.map(\.text)
    }
}

/// The figures the headline and the badge show.
struct TaskCounts: Sendable, Equatable {
    let overdue: Int
    let dueToday: Int
    let fullColumns: [BoardColumn]
    /// Columns over their limit (after overrides): "Doing 4/3 OVER".
    let overColumns: [String]
    let open: Int
}

struct TaskCountsQuery: DerivedQuery {
    let today: LocalDate

    func answer(from practice: Practice) -> TaskCounts {
        var dueToday = 0, open = 0
        for card in practice.tasks.values where card.column != .done {
            open += 1
            if card.due == today { dueToday += 1 }
        }
        let over = practice.columnsOverWIP()
        return TaskCounts(
            overdue: practice.overdueTasks(today: today).count, dueToday: dueToday,
            fullColumns: practice.fullColumns().map(\.column).filter { full in !over.contains { $0.column == full } },
            overColumns: over.map { "\($0.column.label) \($0.count)/\($0.limit) OVER" }, open: open)
    }
}

extension TasksPane {
    /// The board as the filters show it, from the dashboard's cache.
    func board(_ context: PaneContext) -> [BoardColumn: BoardColumnView] {
        context.cached(TaskBoardQuery(filter: boardFilter, login: context.user, text: context.filter, now: context.now))
    }

    /// Whether any filter is on (the headers then say shown of total).
    func isFiltered(_ context: PaneContext) -> Bool { !boardFilter.isEmpty || !context.filter.isEmpty }

    /// The cards of `column`, top to bottom.
    func cards(in column: BoardColumn, _ context: PaneContext) -> [TaskCard] { board(context)[column]?.cards ?? [] }

    /// Their IDs, as the selection moves through them.
    func cardIDs(in column: BoardColumn, _ context: PaneContext) -> SelectableIDs<TaskID> {
        board(context)[column]?.ids ?? SelectableIDs([])
    }
}
