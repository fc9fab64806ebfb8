import HashTreeCollections

/// Which cards sit in each board column, with the column's highest rank: what WIP checks and "next rank" ask on
/// every task command. Persistent (a `TreeDictionary` per column), so a command's scratch copy shares it.
struct TaskColumnIndex: Sendable {
    private struct Column: Sendable {
        var ranks = TreeDictionary<TaskID, Int>()
        var maxRank = Int.min
    }

    private var columns: [BoardColumn: Column] = [:]

    init() {}

    init<Cards: Sequence>(_ cards: Cards) where Cards.Element == TaskCard {
        for card in cards { insert(card) }
    }

    func count(in column: BoardColumn) -> Int { columns[column]?.ranks.count ?? 0 }

    /// The highest rank in the column (0 when empty).
    func maxRank(in column: BoardColumn) -> Int {
        guard let entry = columns[column], !entry.ranks.isEmpty else { return 0 }
        return entry.maxRank
    }

    func ids(in column: BoardColumn) -> TreeDictionary<TaskID, Int>.Keys? { columns[column]?.ranks.keys }

    mutating func insert(_ card: TaskCard) {
        var entry = columns[card.column] ?? Column()
        entry.ranks[card.id] = card.rank
        entry.maxRank = max(entry.maxRank, card.rank)
        columns[card.column] = entry
    }

    mutating func remove(_ card: TaskCard) {
        guard var entry = columns[card.column], entry.ranks.removeValue(forKey: card.id) != nil else { return }
        // Only leaving from the bottom lowers the maximum; then the column is scanned once.
        if card.rank >= entry.maxRank { entry.maxRank = entry.ranks.values.max() ?? Int.min }
        columns[card.column] = entry
    }
}
