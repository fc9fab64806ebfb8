import Foundation

extension Practice {
    func validateAddTask(_ new: NewTask, now: Date) throws(DomainError) -> [Change] {
        let title = try checked(new.title, .taskTitle)
        var labels: [String] = []
        for label in new.labels { labels.append(try checked(label, .taskLabel)) }
        if let due = new.due { try checked(due, .taskDue, now: now) }
        if let owner = new.owner { _ = try require(owner) }
        try checkWIP(new.column, adding: nil, override: false)
        let card = TaskCard(
            id: nextID(TaskCard.self), title: title, column: new.column, owner: new.owner, due: new.due,
            priority: new.priority, labels: labels, recurrence: new.recurrence,
            rank: nextRank(in: new.column), createdAt: now)
        return [.taskAdded(card)]
    }

    func validateMoveTask(_ id: TaskID, to column: BoardColumn, override: Bool, now: Date) throws(DomainError)
        -> [Change]
    {
        let card = try require(id)
        guard card.column != column else { throw DomainError("\(id) is already in \(column.label).") }
        try checkWIP(column, adding: id, override: override)
        var changes: [Change] = [.taskMoved(id, to: column, rank: nextRank(in: column))]
        // Finishing a recurring duty puts its next occurrence on the board.
        if column == .done, let nextDue = card.recurrence.next(after: card.due ?? clock.day(of: now)) {
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

    func checkWIP(_ column: BoardColumn, adding id: TaskID?, override: Bool) throws(DomainError) {
        guard let limit = settings.wipLimits[column], !override else { return }
        let alreadyThere = id.map { tasks[$0]?.column == column } ?? false
        let count = taskColumns.count(in: column) - (alreadyThere ? 1 : 0)
        if count >= limit {
            throw DomainError(
                "\(column.label) is full (\(count)/\(limit), its WIP limit): finish something first, or override.")
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
