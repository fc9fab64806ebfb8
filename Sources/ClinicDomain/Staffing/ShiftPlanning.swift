import Foundation

/// Planning a week: shifts from templates, a week copied onto another, hours per person.
extension Practice {
    /// The Monday of the week holding `day` (weeks run Monday to Sunday, as the roster's grid shows them).
    public static func monday(of day: LocalDate) -> LocalDate { day.adding(days: -((day.weekday + 6) % 7)) }

    /// The shifts the templates would add in the week of `day`: for each active person with a template (or just
    /// `only`), each weekday it names, unless that day is one of the template's exceptions, the person has
    /// approved leave, or they already have a shift overlapping it. IDs follow on from the last shift's.
    public func templateShifts(weekOf day: LocalDate, only: StaffID? = nil) -> [Shift] {
        let monday = Practice.monday(of: day)
        var planned: [Shift] = []
        var next = nextID(Shift.self).number
        for member in staff.sorted where member.active && (only == nil || member.id == only) {
            for entry in member.template.sorted(by: { ($0.weekday + 6) % 7 < ($1.weekday + 6) % 7 }) {
                let date = monday.adding(days: (entry.weekday + 6) % 7)
                guard !member.templateSkips.contains(date), timeOff(for: member.id, on: date) == nil,
                    !hasShift(member.id, on: date, from: entry.start, to: entry.end, besides: planned)
                else { continue }
                planned.append(
                    Shift(
                        id: ShiftID(next), staff: member.id, day: date, start: entry.start, end: entry.end,
                        role: entry.role ?? member.role, breakStart: entry.breakStart,
                        breakMinutes: entry.breakMinutes))
                next += 1
            }
        }
        return planned
    }

    /// The shifts of the week of `source` moved onto the same weekdays of the week of `target`, without their
    /// punches, skipping people who are inactive, on leave that day or already working then.
    public func copiedShifts(fromWeekOf source: LocalDate, toWeekOf target: LocalDate, only: StaffID? = nil)
        -> [Shift]
    {
        let from = Practice.monday(of: source), to = Practice.monday(of: target)
        var planned: [Shift] = []
        var next = nextID(Shift.self).number
        for offset in 0..<7 {
            let date = to.adding(days: offset)
            for shift in shifts(on: from.adding(days: offset)) where only == nil || shift.staff == only {
                guard staff[shift.staff]?.active == true, timeOff(for: shift.staff, on: date) == nil,
                    !hasShift(shift.staff, on: date, from: shift.start, to: shift.end, besides: planned)
                else { continue }
                planned.append(
                    Shift(
                        id: ShiftID(next), staff: shift.staff, day: date, start: shift.start, end: shift.end,
                        role: shift.role, breakStart: shift.breakStart, breakMinutes: shift.breakMinutes))
                next += 1
            }
        }
        return planned
    }

    /// A shift of `member` overlapping `from`–`to` of `day` (which may run past 24:00), recorded or among
    /// `besides`: one that day, last night's running into it, or the next morning's.
    func hasShift(_ member: StaffID, on day: LocalDate, from: TimeOfDay, to: TimeOfDay, besides: [Shift] = [])
        -> Bool
    {
        let near = (-1...1).flatMap { shifts(on: day.adding(days: $0)) } + besides
        return near.contains { other in
            let days = day.days(until: other.day)
            guard other.staff == member, (-1...1).contains(days) else { return false }
            return other.start.minutes + days * 24 * 60 < to.minutes
                && from.minutes < other.end.minutes + days * 24 * 60
        }
    }

    /// Minutes `member` is planned to work in the week of `day` (shifts less breaks, by the wall clock: a shift
    /// across a DST change counts the hour it gains or loses), leave days excluded.
    public func plannedMinutes(_ member: StaffID, weekOf day: LocalDate) -> Int {
        let monday = Practice.monday(of: day)
        var total = 0
        for offset in 0..<7 {
            let date = monday.adding(days: offset)
            guard timeOff(for: member, on: date) == nil else { continue }
            for shift in shifts(on: date) where shift.staff == member { total += shift.elapsedMinutes(clock: clock) }
        }
        return total
    }

    /// Vacation days a person has left in `year`: allowance less approved (and, `countPending`, requested)
    /// vacation weekdays falling in that year. Nil when their allowance is not configured.
    public func vacationDaysLeft(_ member: StaffID, year: Int, countPending: Bool = false) -> Int? {
        guard let allowance = staff[member]?.vacationDaysPerYear else { return nil }
        var used = 0
        for entry in timeOff.values where entry.staff == member && entry.kind == .vacation {
            guard entry.status == .approved || (countPending && entry.status == .requested) else { continue }
            for offset in 0...max(0, entry.from.days(until: entry.through)) {
                let date = entry.from.adding(days: offset)
                if date.year == year && !date.isWeekend { used += 1 }
            }
        }
        return allowance - used
    }
}
