/// A selection in a list that follows the selected item by ID when rows move (a claim paid, a card moved),
/// and falls back to the same position when the item is gone.
struct ListSelection: Equatable, Sendable {
    var id: String?
    var index = 0

    /// The selected row among `ids` (clamped), or nil for an empty list.
    func resolve(in ids: SelectableIDs) -> Int? {
        guard !ids.isEmpty else { return nil }
        if let id, let found = ids.position(of: id) { return found }
        return min(max(0, index), ids.count - 1)
    }

    /// Moves by `delta` rows (clamped) and remembers the new row's ID.
    mutating func move(by delta: Int, in ids: SelectableIDs) {
        guard let current = resolve(in: ids) else { return }
        select(current + delta, in: ids)
    }

    mutating func select(_ row: Int, in ids: SelectableIDs) {
        guard !ids.isEmpty else { index = 0; id = nil; return }
        index = min(max(0, row), ids.count - 1)
        id = ids[index]
    }

    /// Applies a movement action; returns false for any other action.
    mutating func apply(_ action: KeyAction?, in ids: SelectableIDs, page: Int = 10) -> Bool {
        switch action {
        case .moveDown: move(by: 1, in: ids)
        case .moveUp: move(by: -1, in: ids)
        case .pageDown: move(by: page, in: ids)
        case .pageUp: move(by: -page, in: ids)
        case .top: select(0, in: ids)
        case .bottom: select(ids.count - 1, in: ids)
        default: return false
        }
        return true
    }
}

/// The IDs a selection moves through, in row order, with each one's row: following an ID through ~38k open claims
/// is then a lookup, not a scan. Built once per practice state, with the rows it indexes.
struct SelectableIDs: Equatable, Sendable {
    private let ids: [String]
    private let rows: [String: Int]

    init(_ ids: [String]) {
        self.ids = ids
        var rows: [String: Int] = [:]
        rows.reserveCapacity(ids.count)
        for (row, id) in ids.enumerated() where rows[id] == nil { rows[id] = row }
        self.rows = rows
    }

    var count: Int { ids.count }
    var isEmpty: Bool { ids.isEmpty }
    subscript(row: Int) -> String { ids[row] }
    func position(of id: String) -> Int? { rows[id] }
}
