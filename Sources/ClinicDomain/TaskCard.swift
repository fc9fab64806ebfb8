import Foundation

/// A card on the practice's Kanban board (order gloves, call Aetna, fire drill).
public struct TaskCard: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "T"
    public var id: TaskID
    public var title: String
    public var column: BoardColumn
    public var owner: StaffID?
    public var due: LocalDate?
    /// The time of day it is due on `due` (nil: any time that day, so overdue from the next day).
    public var dueTime: TimeOfDay?
    public var priority: TaskPriority
    /// Canonical names of the standard set (`TaskLabel`); older data may hold free-text labels, kept as they are.
    public var labels: [String]
    public var recurrence: Recurrence
    /// Position inside its column; lower is higher on the board.
    public var rank: Int
    public var createdAt: Date
    public var doneAt: Date?
    /// Several lines of free text (`FieldContract.taskNotes`); empty when none.
    public var notes: String
    public var checklist: [ChecklistItem]
    /// Other items this card is about. A link's target may later disappear; the link stays.
    public var links: [ItemLink]
    /// When it entered its current column (on add and on every move between columns): "age in column".
    public var columnEnteredAt: Date
    /// The recurring duty and day this card was put on the board for (`task generate`), so that day is never
    /// generated twice; nil for a card somebody made.
    public var duty: DutyOccurrence?

    public init(
        id: TaskID, title: String, column: BoardColumn, owner: StaffID? = nil, due: LocalDate? = nil,
        dueTime: TimeOfDay? = nil, priority: TaskPriority = .normal, labels: [String] = [],
        recurrence: Recurrence = .none, rank: Int, createdAt: Date, doneAt: Date? = nil, notes: String = "",
        checklist: [ChecklistItem] = [], links: [ItemLink] = [], columnEnteredAt: Date? = nil
    ) {
        self.id = id; self.title = title; self.column = column; self.owner = owner; self.due = due
        self.dueTime = dueTime; self.priority = priority; self.labels = labels; self.recurrence = recurrence
        self.rank = rank; self.createdAt = createdAt; self.doneAt = doneAt; self.notes = notes
        self.checklist = checklist; self.links = links
        self.columnEnteredAt = columnEnteredAt ?? doneAt ?? createdAt
    }

    public func isOverdue(on today: LocalDate) -> Bool {
        guard column != .done, let due else { return false }
        return due < today
    }

    /// Past its due instant on the practice's clock: the due time on the due day, or the end of that day.
    public func isOverdue(now: Date, clock: PracticeClock) -> Bool {
        guard column != .done, let dueInstant = dueInstant(clock: clock) else { return false }
        return now > dueInstant
    }

    /// Due today on the practice's clock and not done (overdue or not yet).
    public func isDueToday(now: Date, clock: PracticeClock) -> Bool {
        column != .done && due == clock.day(of: now)
    }

    /// The instant it falls due: `dueTime` on `due`, else the start of the next day.
    public func dueInstant(clock: PracticeClock) -> Date? {
        guard let due else { return nil }
        if let dueTime { return clock.instant(due, dueTime) }
        return clock.instant(due.adding(days: 1), TimeOfDay(minutes: 0))
    }

    /// Whole days in the current column at `now` (never negative).
    public func daysInColumn(now: Date) -> Int {
        max(0, Int(now.timeIntervalSince(columnEnteredAt) / 86_400))
    }

    /// "3/5": items ticked of all items; nil when there is no checklist.
    public var checklistProgress: String? {
        checklist.isEmpty ? nil : "\(checklist.filter(\.done).count)/\(checklist.count)"
    }

    /// The number the next checklist item gets: one past the highest ever given on this card still present.
    public var nextChecklistNumber: Int { (checklist.map(\.number).max() ?? 0) + 1 }

    private enum CodingKeys: String, CodingKey {
        case id, title, column, owner, due, dueTime, priority, labels, recurrence, rank, createdAt, doneAt, notes
        case checklist, links, columnEnteredAt, duty
    }

    /// JSON rows written before the richer card (undo images, version-1 folders) lack the new keys: defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let createdAt = try c.decode(Date.self, forKey: .createdAt)
        let doneAt = try c.decodeIfPresent(Date.self, forKey: .doneAt)
        self.init(
            id: try c.decode(TaskID.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
            column: try c.decode(BoardColumn.self, forKey: .column),
            owner: try c.decodeIfPresent(StaffID.self, forKey: .owner),
            due: try c.decodeIfPresent(LocalDate.self, forKey: .due),
            dueTime: try c.decodeIfPresent(TimeOfDay.self, forKey: .dueTime),
            priority: try c.decode(TaskPriority.self, forKey: .priority),
            labels: try c.decode([String].self, forKey: .labels),
            recurrence: try c.decode(Recurrence.self, forKey: .recurrence), rank: try c.decode(Int.self, forKey: .rank),
            createdAt: createdAt, doneAt: doneAt, notes: try c.decodeIfPresent(String.self, forKey: .notes) ?? "",
            checklist: try c.decodeIfPresent([ChecklistItem].self, forKey: .checklist) ?? [],
            links: try c.decodeIfPresent([ItemLink].self, forKey: .links) ?? [],
            columnEnteredAt: try c.decodeIfPresent(Date.self, forKey: .columnEnteredAt))
        duty = try c.decodeIfPresent(DutyOccurrence.self, forKey: .duty)
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
