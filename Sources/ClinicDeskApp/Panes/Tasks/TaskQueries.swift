import ClinicDomain

// The task board's derived views: the large practice has ~2k cards, and the board, its keys, the headline and the
// badge would otherwise filter and sort them several times per frame.

/// Every column's cards, top to bottom (rank, then ID: the order `Practice.tasks(in:)` gives).
struct BoardColumnsQuery: DerivedQuery {
    /// The `/` filter: cards whose title, ID, owner or labels hold it.
    var text = TextMatch("")

    func answer(from practice: Practice) -> [BoardColumn: [TaskCard]] {
        var columns: [BoardColumn: [TaskCard]] = [:]
        for card in practice.tasks.values where text.isEmpty || text.matches(Self.searchFields(card, practice)) {
            columns[card.column, default: []].append(card)
        }
        for key in columns.keys { columns[key]?.sort { ($0.rank, $0.id) < ($1.rank, $1.id) } }
        return columns
    }

    static func searchFields(_ card: TaskCard, _ practice: Practice) -> [String] {
        let owner = card.owner.flatMap { practice.staff[$0]?.displayName } ?? ""
        return [card.id.description, card.title, owner, card.column.label] + card.labels
    }
}

/// Every column's card IDs in board order, for the selection to follow a card by ID.
struct BoardColumnIDsQuery: DerivedQuery {
    var text = TextMatch("")

    func answer(from practice: Practice) -> [BoardColumn: SelectableIDs<TaskID>] {
        BoardColumnsQuery(text: text).answer(from: practice).mapValues { SelectableIDs($0.map(\.id)) }
    }
}

/// The figures the headline and the badge show.
struct TaskCounts: Sendable, Equatable {
    let overdue: Int
    let dueToday: Int
    let fullColumns: [BoardColumn]
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
        return TaskCounts(
            overdue: practice.overdueTasks(today: today).count, dueToday: dueToday,
            fullColumns: practice.fullColumns().map(\.column), open: open)
    }
}

extension PaneContext {
    /// The cards of `column`, top to bottom.
    func cards(in column: BoardColumn) -> [TaskCard] { cached(BoardColumnsQuery(text: filter))[column] ?? [] }

    /// Their IDs, as the selection moves through them.
    func cardIDs(in column: BoardColumn) -> SelectableIDs<TaskID> {
        cached(BoardColumnIDsQuery(text: filter))[column] ?? SelectableIDs([])
    }
}
