import HashTreeCollections

/// Which cards sit in each board column, with the column's highest rank: what WIP checks and "next rank" ask on
/// every task command. Persistent (a `TreeDictionary` per column), so a command's scratch copy shares it.
struct TaskColumnIndex: Sendable {
    private struct Column: Sendable {
        var ranks = TreeDictionary<TaskID, Int>()
        var maxRank = Int.min

        mutating func insert(_ id: TaskID, rank: Int) {
            ranks[id] = rank
            maxRank = max(maxRank, rank)
        }

        mutating func remove(_ id: TaskID, rank: Int) {
            guard ranks.removeValue(forKey: id) != nil else { return }
            // Only leaving from the bottom lowers the maximum; then the column is scanned once.
            if rank >= maxRank { maxRank = ranks.values.max() ?? Int.min }
        }
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

    // Both mutate the column in place (`columns[…, default:]`): taking a copy out and writing it back would share
    // the column's trie for a moment, so every insert copied a node of it (a fifth of a replay's time).
    mutating func insert(_ card: TaskCard) {
        columns[card.column, default: Column()].insert(card.id, rank: card.rank)
    }

    mutating func remove(_ card: TaskCard) {
        columns[card.column]?.remove(card.id, rank: card.rank)
    }
}
