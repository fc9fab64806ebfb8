import Foundation

/// One day of one duty: what a generated card remembers, so the same day is never put on the board twice.
public struct DutyOccurrence: Codable, Hashable, Sendable, CustomStringConvertible {
    public var duty: Int
    public var day: LocalDate

    public init(duty: Int, day: LocalDate) {
        self.duty = duty
        self.day = day
    }

    public var description: String { "D-\(duty) \(day)" }
}

extension Practice {
    /// The occurrences that belong on the board at `now` and are not there: for each duty, the days from today
    /// through its lead days. A day already past is never back-filled — a desk closed over a long weekend finds
    /// today's opening checklist, not three stale ones. Pure and deterministic: every process that has applied the
    /// same journal answers the same, and the store validates `task generate` against the newest state under its
    /// lock, so when two terminals ask at once the second finds nothing left to add.
    public func dutiesDue(now: Date) -> [DutyOccurrence] {
        let duties = settings.duties
        guard !duties.isEmpty else { return [] }
        let today = clock.day(of: now)
        let present = generatedOccurrences(since: today)
        var due: [DutyOccurrence] = []
        for duty in duties {
            for day in duty.rule.occurrences(from: today, through: today.adding(days: max(0, duty.leadDays))) {
                let occurrence = DutyOccurrence(duty: duty.id, day: day)
                if !present.contains(occurrence) { due.append(occurrence) }
            }
        }
        return due
    }

    /// Occurrences on or after `day` that some card (in any column, archived ones included) already holds.
    func generatedOccurrences(since day: LocalDate) -> Set<DutyOccurrence> {
        var found = Set<DutyOccurrence>()
        for card in tasks.values {
            if let occurrence = card.duty, occurrence.day >= day { found.insert(occurrence) }
        }
        return found
    }

    /// `task generate`: a card for every occurrence due (`dutiesDue`); refused when there is none, so a second
    /// terminal's identical request writes nothing.
    func validateGenerateDuties(now: Date) throws(DomainError) -> [Change] {
        let due = dutiesDue(now: now)
        guard !due.isEmpty else { throw DomainError("No duty is due: every occurrence up to today is on the board.") }
        return dutyCards(for: due, now: now).map(Change.taskAdded)
    }

    /// Finishing a duty's card puts its next day on the board at once (in Backlog until that day), unless a card
    /// for that day is already there.
    func nextDutyCard(after card: TaskCard, now: Date, firstNumber: Int) -> TaskCard? {
        guard let occurrence = card.duty, let duty = settings.duties.first(where: { $0.id == occurrence.duty }),
            let next = duty.rule.next(after: occurrence.day)
        else { return nil }
        let wanted = DutyOccurrence(duty: duty.id, day: next)
        guard !generatedOccurrences(since: next).contains(wanted) else { return nil }
        return dutyCards(for: [wanted], now: now, firstNumber: firstNumber).first
    }

    /// The cards for `occurrences`, numbered from the next free task ID: today's in Today, later ones in Backlog.
    func dutyCards(for occurrences: [DutyOccurrence], now: Date, firstNumber: Int? = nil) -> [TaskCard] {
        let today = clock.day(of: now)
        var number = firstNumber ?? nextID(TaskCard.self).number
        var ranks: [BoardColumn: Int] = [:]
        var cards: [TaskCard] = []
        for occurrence in occurrences {
            guard let duty = settings.duties.first(where: { $0.id == occurrence.duty }) else { continue }
            let column: BoardColumn = occurrence.day <= today ? .today : .backlog
            let rank = ranks[column] ?? nextRank(in: column)
            ranks[column] = rank + 1
            let checklist = duty.checklist.enumerated().map { ChecklistItem(number: $0.offset + 1, text: $0.element) }
            var card = TaskCard(
                id: TaskID(number), title: duty.title, column: column, owner: duty.owner, due: occurrence.day,
                dueTime: duty.time, priority: duty.priority, labels: duty.labels, rank: rank, createdAt: now,
                checklist: checklist, columnEnteredAt: now)
            card.duty = occurrence
            cards.append(card)
            number += 1
        }
        return cards
    }
}

extension Practice {
    /// `D-1 "Opening checklist" weekdays 08:00 owner S-3 [facilities] 2 items next 2026-11-24`, one per duty.
    public func dutyLines(now: Date) -> [String] {
        let today = clock.day(of: now)
        return settings.duties.map { duty in
            var parts = [duty.label, "\"\(duty.title)\"", duty.rule.description]
            if let time = duty.time { parts.append("\(time)") }
            if let owner = duty.owner { parts.append("owner \(owner)") }
            if duty.priority != .normal { parts.append(duty.priority.rawValue) }
            if !duty.labels.isEmpty { parts.append("[" + duty.labels.joined(separator: ", ") + "]") }
            if !duty.checklist.isEmpty { parts.append("\(duty.checklist.count) items") }
            if duty.leadDays > 0 { parts.append("lead \(duty.leadDays)d") }
            let next = duty.rule.occurs(on: today) ? today : duty.rule.next(after: today)
            if let next { parts.append("next \(next)") }
            return parts.joined(separator: " ")
        }
    }
}
