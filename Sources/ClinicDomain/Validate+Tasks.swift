import Foundation

extension Practice {
    func validateAddTask(_ new: NewTask, now: Date) throws(DomainError) -> [Change] {
        let title = try checked(new.title, .taskTitle)
        var labels: [String] = []
        for label in new.labels {
            let canonical = try TaskLabel.checked(try checked(label, .taskLabel))
            if !labels.contains(canonical) { labels.append(canonical) }
        }
        if let due = new.due { try checked(due, .taskDue, now: now) }
        if new.dueTime != nil, new.due == nil { throw DomainError("A due time needs a due day (--due).") }
        if let owner = new.owner { _ = try require(owner) }
        let notes = new.notes.isEmpty ? "" : try checked(new.notes, .taskNotes)
        let id: TaskID = nextID(TaskCard.self)
        let overridden = try checkWIP(new.column, adding: nil, override: new.override)
        let card = TaskCard(
            id: id, title: title, column: new.column, owner: new.owner, due: new.due, dueTime: new.dueTime,
            priority: new.priority, labels: labels, recurrence: new.recurrence,
            rank: nextRank(in: new.column), createdAt: now, notes: notes, columnEnteredAt: now)
        return [.taskAdded(card)] + (overridden.map { [$0.change(id, new.column)] } ?? [])
    }

    func validateMoveTask(_ id: TaskID, to column: BoardColumn, override: Bool, now: Date) throws(DomainError)
        -> [Change]
    {
        let card = try require(id)
        guard card.column != column else { throw DomainError("\(id) is already in \(column.label).") }
        let overridden = try checkWIP(column, adding: id, override: override)
        var changes: [Change] = [.taskMoved(id, to: column, rank: nextRank(in: column))]
        if let overridden { changes.append(overridden.change(id, column)) }
        // Finishing a recurring duty's card puts its next day on the board (once: not if it is there already).
        if column == .done, card.duty != nil {
            if let next = nextDutyCard(after: card, now: now, firstNumber: nextID(TaskCard.self).number) {
                changes.append(.taskAdded(next))
            }
        } else if column == .done, let nextDue = card.recurrence.next(after: card.due ?? clock.day(of: now)) {
            let next = TaskCard(
                id: nextID(TaskCard.self), title: card.title, column: .backlog, owner: card.owner,
                due: nextDue, priority: card.priority, labels: card.labels, recurrence: card.recurrence,
                rank: nextRank(in: .backlog), createdAt: now)
            changes.append(.taskAdded(next))
        }
        return changes
    }

    func validateReorder(_ id: TaskID, by offset: Int) throws(DomainError) -> [Change] {
        let card = try require(id)
        let column = tasks(in: card.column)
        guard let index = column.firstIndex(where: { $0.id == id }) else { return [] }
        let target = index + offset
        guard target >= 0, target < column.count, offset != 0 else {
            throw DomainError("\(id) is already at the \(offset < 0 ? "top" : "bottom") of \(card.column.label).")
        }
        // Swap ranks with the neighbour: two events, both recorded.
        let other = column[target]
        return [
            .taskMoved(id, to: card.column, rank: other.rank), .taskMoved(other.id, to: card.column, rank: card.rank),
        ]
    }

    /// What an override of a full column records: how many cards were there, against which limit.
    struct WIPOverride {
        let count: Int
        let limit: Int
        func change(_ id: TaskID, _ column: BoardColumn) -> Change {
            .wipOverridden(id, column: column, count: count, limit: limit)
        }
    }

    /// Refuses a card into a full column, unless `override`: then the override is returned, to be recorded.
    func checkWIP(_ column: BoardColumn, adding id: TaskID?, override: Bool) throws(DomainError) -> WIPOverride? {
        guard let limit = settings.wipLimits[column] else { return nil }
        let alreadyThere = id.map { tasks[$0]?.column == column } ?? false
        let count = taskColumns.count(in: column) - (alreadyThere ? 1 : 0)
        guard count >= limit else { return nil }
        guard override else {
            throw DomainError(
                "\(column.label) is full (\(count)/\(limit), its WIP limit): finish something first, or override.")
        }
        return WIPOverride(count: count, limit: limit)
    }

    /// Columns holding more cards than their WIP limit, with the count and limit, in board order.
    public func columnsOverWIP() -> [(column: BoardColumn, count: Int, limit: Int)] {
        BoardColumn.allCases.compactMap { column in
            guard let limit = settings.wipLimits[column] else { return nil }
            let count = taskColumns.count(in: column)
            return count > limit ? (column, count, limit) : nil
        }
    }

    /// Cards in one column, top to bottom.
    public func tasks(in column: BoardColumn) -> [TaskCard] {
        (taskColumns.ids(in: column).map { Array($0) } ?? []).compactMap { tasks[$0] }
            .sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
    }

    func nextRank(in column: BoardColumn) -> Int {
        taskColumns.maxRank(in: column) + 1
    }
}
