import Foundation

/// A licence or certificate close to (or past) its expiry.
public struct ExpiringCredential: Sendable, Equatable {
    public var staff: Staff
    public var credential: Credential
    /// Days until it expires; negative once expired.
    public var daysLeft: Int

    public init(staff: Staff, credential: Credential, daysLeft: Int) {
        self.staff = staff; self.credential = credential; self.daysLeft = daysLeft
    }
}

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

    /// Credentials of active staff expiring within `days` days (already expired ones included), soonest first.
    public func expiringCredentials(today: LocalDate, within days: Int) -> [ExpiringCredential] {
        var found: [ExpiringCredential] = []
        for member in staff.values where member.active {
            for credential in member.credentials {
                let left = today.days(until: credential.expires)
                if left <= days {
                    found.append(ExpiringCredential(staff: member, credential: credential, daysLeft: left))
                }
            }
        }
        return found.sorted { a, b in
            if a.daysLeft != b.daysLeft { return a.daysLeft < b.daysLeft }
            if a.staff.id != b.staff.id { return a.staff.id < b.staff.id }
            return a.credential.name < b.credential.name
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
