/// A selection in a list that follows the selected item by ID when rows move (a claim paid, a card moved),
/// and falls back to the same position when the item is gone.
struct ListSelection: Equatable, Sendable {
    var id: String?
    var index = 0

    /// The selected row among `ids` (clamped), or nil for an empty list.
    func resolve(in ids: [String]) -> Int? {
        guard !ids.isEmpty else { return nil }
        if let id, let found = ids.firstIndex(of: id) { return found }
        return min(max(0, index), ids.count - 1)
    }

    /// Moves by `delta` rows (clamped) and remembers the new row's ID.
    mutating func move(by delta: Int, in ids: [String]) {
        guard let current = resolve(in: ids) else { return }
        select(current + delta, in: ids)
    }

    mutating func select(_ row: Int, in ids: [String]) {
        guard !ids.isEmpty else { index = 0; id = nil; return }
        index = min(max(0, row), ids.count - 1)
        id = ids[index]
    }

    /// Applies a movement action; returns false for any other action.
    mutating func apply(_ action: KeyAction?, in ids: [String], page: Int = 10) -> Bool {
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

    /// The first visible row so that `selected` shows in `visible` rows: a pane's draw is pure, so the
    /// scroll position is derived from the selection instead of stored.
    static func scrollOffset(selected: Int?, visible: Int, count: Int) -> Int {
        guard let selected, visible > 0 else { return 0 }
        return min(max(0, selected - visible + 1), max(0, count - visible))
    }
}
