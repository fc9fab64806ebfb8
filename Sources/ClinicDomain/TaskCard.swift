import Foundation

/// A card on the practice's Kanban board (order gloves, call Aetna, fire drill).
public struct TaskCard: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "T"
    public var id: TaskID
    public var title: String
    public var column: BoardColumn
    public var owner: StaffID?
    public var due: LocalDate?
    public var priority: TaskPriority
    public var labels: [String]
    public var recurrence: Recurrence
    /// Position inside its column; lower is higher on the board.
    public var rank: Int
    public var createdAt: Date
    public var doneAt: Date?

    public init(
        id: TaskID, title: String, column: BoardColumn, owner: StaffID? = nil, due: LocalDate? = nil,
        priority: TaskPriority = .normal, labels: [String] = [], recurrence: Recurrence = .none,
        rank: Int, createdAt: Date, doneAt: Date? = nil
    ) {
        self.id = id; self.title = title; self.column = column; self.owner = owner; self.due = due
        self.priority = priority; self.labels = labels; self.recurrence = recurrence; self.rank = rank
        self.createdAt = createdAt; self.doneAt = doneAt
    }

    public func isOverdue(on today: LocalDate) -> Bool {
        guard column != .done, let due else { return false }
        return due < today
    }
}

public enum BoardColumn: String, Codable, Sendable, CaseIterable {
    case backlog, today, doing, waiting, done

    public var label: String {
        switch self {
        case .backlog: return "Backlog"
        case .today: return "Today"
        case .doing: return "Doing"
        case .waiting: return "Waiting"
        case .done: return "Done"
        }
    }
}

public enum TaskPriority: String, Codable, Sendable, CaseIterable { case high, normal, low }

public enum Recurrence: String, Codable, Sendable, CaseIterable {
    case none, daily, weekly, monthly, yearly

    /// The next due day after `day`; monthly/yearly clamp to the month's last day (Jan 31 → Feb 28).
    public func next(after day: LocalDate) -> LocalDate? {
        switch self {
        case .none: return nil
        case .daily: return day.adding(days: 1)
        case .weekly: return day.adding(days: 7)
        case .monthly:
            let m = day.month == 12 ? 1 : day.month + 1
            let y = day.month == 12 ? day.year + 1 : day.year
            return LocalDate(year: y, month: m, day: min(day.day, LocalDate.daysIn(month: m, year: y)))
        case .yearly:
            return LocalDate(
                year: day.year + 1, month: day.month,
                day: min(day.day, LocalDate.daysIn(month: day.month, year: day.year + 1)))
        }
    }
}
