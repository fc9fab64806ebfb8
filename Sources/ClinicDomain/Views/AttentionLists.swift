import Foundation

/// A board column at (or, after an override, over) its WIP limit.
public struct FullColumn: Sendable, Equatable {
    public var column: BoardColumn
    public var count: Int
    public var limit: Int

    public init(column: BoardColumn, count: Int, limit: Int) {
        self.column = column; self.count = count; self.limit = limit
    }
}

extension Practice {
    /// Open cards whose due day has passed, most overdue first, then priority, then ID. O(tasks).
    public func overdueTasks(today: LocalDate) -> [TaskCard] {
        tasks.values.filter { $0.isOverdue(on: today) }.sorted { a, b in
            let da = a.due ?? today, db = b.due ?? today
            if da != db { return da < db }
            let pa = TaskPriority.allCases.firstIndex(of: a.priority) ?? 0
            let pb = TaskPriority.allCases.firstIndex(of: b.priority) ?? 0
            if pa != pb { return pa < pb }
            return a.id < b.id
        }
    }

    /// Board columns at or over their WIP limit, in board order. O(tasks).
    public func fullColumns() -> [FullColumn] {
        var counts: [BoardColumn: Int] = [:]
        for card in tasks.values { counts[card.column, default: 0] += 1 }
        return BoardColumn.allCases.compactMap { column in
            guard let limit = settings.wipLimits[column], (counts[column] ?? 0) >= limit else { return nil }
            return FullColumn(column: column, count: counts[column] ?? 0, limit: limit)
        }
    }
}
