/// The one selection model of the panes: a selection in a list that follows the selected item by ID when rows
/// move (a claim paid, a card moved, a patient checked in and re-sorted), and falls back to the same position when
/// the item is gone. Flow's list, the task board's columns, the claim queue and the roster all hold one; where the
/// window starts is `ScrollWindow`'s business, derived at draw time from the selected row.
struct ListSelection<ID: Hashable & Sendable>: Equatable, Sendable {
    var id: ID?
    var index = 0

    /// The selected row among `ids` (clamped), or nil for an empty list. `fallback` is the row to use when the
    /// selected item is not in the list (Flow starts on the first patient still in play rather than the top).
    func resolve(in ids: SelectableIDs<ID>, fallback: Int? = nil) -> Int? {
        guard !ids.isEmpty else { return nil }
        if let id, let found = ids.position(of: id) { return found }
        if let fallback { return min(max(0, fallback), ids.count - 1) }
        return min(max(0, index), ids.count - 1)
    }

    /// Moves by `delta` rows (clamped) and remembers the new row's ID.
    mutating func move(by delta: Int, in ids: SelectableIDs<ID>, fallback: Int? = nil) {
        guard let current = resolve(in: ids, fallback: fallback) else { return }
        select(current.addingReportingOverflow(delta).partialValue, in: ids)
    }

    mutating func select(_ row: Int, in ids: SelectableIDs<ID>) {
        guard !ids.isEmpty else { index = 0; id = nil; return }
        index = min(max(0, row), ids.count - 1)
        id = ids[index]
    }

    /// Applies a vertical movement action; returns false for any other action.
    mutating func apply(_ action: KeyAction?, in ids: SelectableIDs<ID>, page: Int = 10, fallback: Int? = nil) -> Bool {
        switch action {
        case .moveDown: move(by: 1, in: ids, fallback: fallback)
        case .moveUp: move(by: -1, in: ids, fallback: fallback)
        case .pageDown: move(by: page, in: ids, fallback: fallback)
        case .pageUp: move(by: -page, in: ids, fallback: fallback)
        case .top: select(0, in: ids)
        case .bottom: select(ids.count - 1, in: ids)
        default: return false
        }
        return true
    }
}

/// The IDs a selection moves through, in row order, with each one's row: following an ID through ~38k open claims
/// is then a lookup, not a scan. Built once per practice state, with the rows it indexes.
struct SelectableIDs<ID: Hashable & Sendable>: Equatable, Sendable {
    private let ids: [ID]
    private let rows: [ID: Int]

    init(_ ids: [ID]) {
        self.ids = ids
        var rows: [ID: Int] = [:]
        rows.reserveCapacity(ids.count)
        for (row, id) in ids.enumerated() where rows[id] == nil { rows[id] = row }
        self.rows = rows
    }

    var count: Int { ids.count }
    var isEmpty: Bool { ids.isEmpty }
    subscript(row: Int) -> ID { ids[row] }
    func position(of id: ID) -> Int? { rows[id] }
}
