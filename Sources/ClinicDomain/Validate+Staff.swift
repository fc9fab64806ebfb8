import Foundation

extension Practice {
    func validateSick(_ id: StaffID, day: LocalDate?, now: Date) throws(DomainError) -> [Change] {
        let member = try require(id)
        let day = day ?? clock.day(of: now)
        try checked(day, .sickDay, now: now)
        if let existing = timeOff(for: id, on: day) {
            throw DomainError(
                "\(id) (\(member.fullName)) is already off on \(day) (\(existing.id), \(existing.kind.rawValue)).")
        }
        let entry = TimeOff(
            id: nextID(TimeOff.self), staff: id, kind: .sick, from: day, through: day, status: .approved,
            note: "called in sick", requestedAt: now)
        return [.timeOffRecorded(entry)]
    }

    func validateTimeOffRequest(
        _ id: StaffID, from: LocalDate, through: LocalDate, note: String,
        now: Date
    ) throws(DomainError) -> [Change] {
        let member = try require(id)
        try checked(from, .timeOffStart, now: now)
        try checked(through, .timeOffEnd, now: now)
        let note = try checked(note, .timeOffNote)
        guard from <= through else {
            throw DomainError("Time off from \(from) through \(through): the end is before the start.")
        }
        guard from.days(until: through) < 60 else {
            throw DomainError("Time off is requested 60 days at a time at most.")
        }
        if let overlap = timeOff.values.first(where: {
            $0.staff == id && $0.status != .denied && $0.from <= through && from <= $0.through
        }) {
            throw DomainError(
                "\(id) (\(member.fullName)) already has \(overlap.id) \(overlap.from)–\(overlap.through) "
                    + "(\(overlap.status.rawValue))."
            )
        }
        let entry = TimeOff(
            id: nextID(TimeOff.self), staff: id, kind: .pto, from: from, through: through,
            status: .requested, note: note, requestedAt: now)
        return [.timeOffRecorded(entry)]
    }

    func decideTimeOff(_ id: TimeOffID, to status: TimeOffStatus) throws(DomainError) -> [Change] {
        let entry = try require(id)
        guard entry.status == .requested else {
            throw DomainError(
                "\(id) is already \(entry.status.rawValue): only a pending request can be approved or denied.")
        }
        return [.timeOffDecided(id, to: status)]
    }

    func validateAddShift(
        _ id: StaffID, day: LocalDate, start: TimeOfDay, end: TimeOfDay,
        role: StaffRole?, now: Date
    ) throws(DomainError) -> [Change] {
        let member = try require(id)
        try checked(day, .shiftDay, now: now)
        guard start < end else { throw DomainError("A shift must end after it starts (\(start)–\(end)).") }
        if let clash = shifts(on: day).first(where: { $0.staff == id && $0.start < end && start < $0.end }) {
            throw DomainError(
                "\(member.displayName) already works \(clash.start)–\(clash.end) on \(day) (\(clash.id)).")
        }
        return [
            .shiftAdded(
                Shift(id: nextID(Shift.self), staff: id, day: day, start: start, end: end, role: role ?? member.role))
        ]
    }
}
