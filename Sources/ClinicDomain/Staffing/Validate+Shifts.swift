import Foundation

/// Shifts, the week's plan and the time clock.
extension Practice {
    func validateAddShift(
        _ id: StaffID, day: LocalDate, start: TimeOfDay, end: TimeOfDay, role: StaffRole?, breakAt: ShiftBreak?,
        now: Date
    ) throws(DomainError) -> [Change] {
        let member = try requireActive(id)
        try checked(day, .shiftDay, now: now)
        let shift = try checkedShift(
            Shift(
                id: nextID(Shift.self), staff: id, day: day, start: start, end: Practice.overnightEnd(start, end),
                role: role ?? member.role, breakStart: breakAt?.start, breakMinutes: breakAt?.minutes ?? 0),
            ignoring: nil)
        return [.shiftAdded(shift)]
    }

    /// An end at or before the start is the next morning's (22:00–06:00 ends at 30:00).
    static func overnightEnd(_ start: TimeOfDay, _ end: TimeOfDay) -> TimeOfDay {
        end <= start && end.minutes < 24 * 60 ? TimeOfDay(minutes: end.minutes + 24 * 60) : end
    }

    func validateEditShift(_ id: ShiftID, _ edit: ShiftEdit) throws(DomainError) -> [Change] {
        guard edit != ShiftEdit() else {
            throw DomainError("Nothing to change for \(id): give --start, --end, --break or --role.")
        }
        var shift = try requireShift(id)
        if shift.clockedOut != nil, edit.role != nil {
            throw DomainError("\(id) is over: its role stays as worked.")
        }
        if let start = edit.start { shift.start = start }
        if let end = edit.end { shift.end = Practice.overnightEnd(shift.start, end) }
        if let role = edit.role { shift.role = role }
        switch edit.breakAt {
        case .unchanged: break
        case .clear: shift.breakStart = nil; shift.breakMinutes = 0
        case .set(let planned): shift.breakStart = planned.start; shift.breakMinutes = planned.minutes
        }
        return [.shiftChanged(try checkedShift(shift, ignoring: id))]
    }

    func validateRemoveShift(_ id: ShiftID) throws(DomainError) -> [Change] {
        let shift = try requireShift(id)
        if let clockedIn = shift.clockedIn {
            throw DomainError(
                "\(id) was clocked in at \(clock.timeOfDay(of: clockedIn)): a worked shift stays on record "
                    + "(edit its hours instead).")
        }
        return [.shiftRemoved(id)]
    }

    func validateSwap(_ first: ShiftID, _ second: ShiftID) throws(DomainError) -> [Change] {
        var a = try requireShift(first), b = try requireShift(second)
        guard a.staff != b.staff else { throw DomainError("\(first) and \(second) are the same person's shifts.") }
        guard a.role == b.role else {
            throw DomainError(
                "\(first) covers \(a.role.rawValue) and \(second) \(b.role.rawValue): only shifts of the same role "
                    + "can be swapped.")
        }
        for shift in [a, b] where shift.clockedIn != nil {
            throw DomainError("\(shift.id) is already clocked in: a shift being worked cannot be swapped.")
        }
        (a.staff, b.staff) = (b.staff, a.staff)
        for shift in [a, b] {
            let member = try requireActive(shift.staff)
            if timeOff(for: shift.staff, on: shift.day) != nil {
                throw DomainError("\(member.displayName) is on leave on \(shift.day): they cannot take \(shift.id).")
            }
        }
        for shift in [a, b] {
            if let clash = clash(with: shift, ignoring: [first, second]) {
                throw DomainError(
                    "\(staff[shift.staff]?.displayName ?? "\(shift.staff)") already works \(clash.hours()) on "
                        + "\(clash.day) (\(clash.id)).")
            }
        }
        return [.shiftChanged(a), .shiftChanged(b)]
    }

    /// Hours within limits, the break inside the shift, no overlap with the person's other shifts that day.
    private func checkedShift(_ shift: Shift, ignoring: ShiftID?) throws(DomainError) -> Shift {
        guard shift.start < shift.end else {
            throw DomainError("A shift must end after it starts (\(shift.hours())).")
        }
        guard shift.end.minutes - shift.start.minutes <= Shift.maxMinutes else {
            throw DomainError("A shift is \(Shift.maxMinutes / 60) hours at most; \(shift.hours()) is longer.")
        }
        if let breakStart = shift.breakStart, let breakEnd = shift.breakEnd {
            guard (5...120).contains(shift.breakMinutes) else {
                throw DomainError("A break lasts 5 to 120 minutes, not \(shift.breakMinutes).")
            }
            guard shift.start < breakStart && breakEnd < shift.end else {
                throw DomainError("The break \(breakStart)+\(shift.breakMinutes)m is not inside \(shift.hours()).")
            }
        }
        if let clash = clash(with: shift, ignoring: ignoring.map { [$0] } ?? []) {
            let name = staff[shift.staff]?.displayName ?? shift.staff.description
            throw DomainError("\(name) already works \(clash.hours()) on \(clash.day) (\(clash.id)).")
        }
        return shift
    }

    /// The person's shift overlapping `shift`, other than those in `ignoring`: on its day, last night's
    /// overnight ones, and for an overnight shift the next morning's.
    func clash(with shift: Shift, ignoring: Set<ShiftID>) -> Shift? {
        let nearby =
            shifts(on: shift.day) + shifts(on: shift.day.adding(days: -1)).filter(\.isOvernight)
            + (shift.isOvernight ? shifts(on: shift.day.adding(days: 1)) : [])
        return nearby.first { other in
            guard !ignoring.contains(other.id), other.staff == shift.staff else { return false }
            let offset = other.day == shift.day ? 0 : other.day < shift.day ? -24 * 60 : 24 * 60
            return other.start.minutes + offset < shift.end.minutes && shift.start.minutes < other.end.minutes + offset
        }
    }

    private func requireShift(_ id: ShiftID) throws(DomainError) -> Shift {
        guard let shift = shifts[id] else { throw DomainError("There is no shift \(id).") }
        return shift
    }

    // MARK: the time clock

    /// Punches against the shift that is running at `now` (or starts within the hour, or an overnight one from
    /// yesterday). Clocking in with no shift adds an unscheduled one from now to the end of the practice's day.
    func validateClock(_ id: StaffID, _ action: ClockAction, now: Date) throws(DomainError) -> [Change] {
        let member = try requireActive(id)
        let today = clock.day(of: now)
        let shift = currentShift(of: id, now: now)
        // Leave counts on the shift's own day: a night begun the evening before is still worked to its end.
        let workDay = shift?.day ?? today
        if let off = timeOff(for: id, on: workDay) {
            throw DomainError(
                "\(member.displayName) is off \(workDay == today ? "today" : "on \(workDay)") (\(off.id), "
                    + "\(off.kind.label)).")
        }
        switch action {
        case .clockIn:
            guard let shift else {
                let start = TimeOfDay(minutes: clock.timeOfDay(of: now).minutes / 5 * 5)
                let end = max(settings.dayEnd, TimeOfDay(minutes: min(24 * 60, start.minutes + 60)))
                let added = Shift(
                    id: nextID(Shift.self), staff: id, day: today, start: start, end: end, role: member.role)
                return [.shiftAdded(try checkedShift(added, ignoring: nil)), .shiftPunched(added.id, .clockIn)]
            }
            if let clockedIn = shift.clockedIn {
                throw DomainError(
                    "\(member.displayName) clocked in at \(clock.timeOfDay(of: clockedIn)) for \(shift.id)"
                        + (shift.clockedOut != nil ? " and out again: add a shift for a second stint." : "."))
            }
            return [.shiftPunched(shift.id, .clockIn)]
        case .breakStart, .breakEnd, .clockOut:
            guard let shift, let state = shift.punchState(at: now) else {
                throw DomainError("\(member.displayName) has not clocked in: `staff in \(id)` first.")
            }
            switch (action, state) {
            case (_, .out(let at)):
                throw DomainError("\(member.displayName) clocked out at \(clock.timeOfDay(of: at)).")
            case (.breakStart, .onBreak(let since)):
                throw DomainError("\(member.displayName) has been on break since \(clock.timeOfDay(of: since)).")
            case (.breakEnd, .in):
                throw DomainError("\(member.displayName) is not on a break.")
            default:
                return [.shiftPunched(shift.id, action)]
            }
        }
    }

    /// The shift a punch at `now` belongs to: one being worked (clocked in, not out), else one running now or
    /// starting within the hour, else yesterday's overnight one still running.
    func currentShift(of id: StaffID, now: Date) -> Shift? {
        let today = clock.day(of: now)
        let candidates =
            shifts(on: today.adding(days: -1)).filter { $0.staff == id && $0.isOvernight }
            + shifts(on: today).filter { $0.staff == id }
        if let working = candidates.first(where: { $0.clockedIn != nil && $0.clockedOut == nil }) { return working }
        return candidates.first { shift in
            let begin = clock.instant(shift.day, shift.start)
            return shift.clockedIn == nil && begin.addingTimeInterval(-3600) <= now
                && now < shift.endInstant(clock: clock)
        }
    }

    // MARK: templates and the week's plan

    func validateSetTemplate(_ id: StaffID, weekdays: [Int], _ entry: TemplateShift?) throws(DomainError)
        -> [Change]
    {
        var member = try requireActive(id)
        guard !weekdays.isEmpty, weekdays.allSatisfy({ (0...6).contains($0) }) else {
            throw DomainError("Name the weekdays the template sets (mon-fri, sat, …).")
        }
        member.template.removeAll { weekdays.contains($0.weekday) }
        if let entry {
            let end = Practice.overnightEnd(entry.start, entry.end)
            // Checked as a shift would be, on a day with nothing else.
            let probe = Shift(
                id: ShiftID(1), staff: id, day: LocalDate(dayNumber: 0), start: entry.start, end: end,
                role: entry.role ?? member.role, breakStart: entry.breakStart, breakMinutes: entry.breakMinutes)
            _ = try Practice(settings: settings).checkedShift(probe, ignoring: nil)
            for weekday in weekdays {
                var line = entry
                line.weekday = weekday; line.end = end
                member.template.append(line)
            }
        }
        member.template.sort { ($0.weekday + 6) % 7 < ($1.weekday + 6) % 7 }
        return [.staffChanged(member)]
    }

    func validateSkipTemplate(_ id: StaffID, day: LocalDate, remove: Bool, now: Date) throws(DomainError)
        -> [Change]
    {
        var member = try requireActive(id)
        try checked(day, .shiftDay, now: now)
        if remove {
            guard member.templateSkips.contains(day) else {
                throw DomainError("\(member.displayName)'s template has no exception on \(day).")
            }
            member.templateSkips.removeAll { $0 == day }
        } else {
            guard !member.templateSkips.contains(day) else {
                throw DomainError("\(member.displayName)'s template already skips \(day).")
            }
            member.templateSkips.append(day)
            member.templateSkips.sort()
            // Exceptions long past are history: keep the record small.
            member.templateSkips.removeAll { $0 < clock.day(of: now).adding(days: -366) }
        }
        return [.staffChanged(member)]
    }

    func validateApplyTemplates(week: LocalDate, staff only: StaffID?, now: Date) throws(DomainError) -> [Change] {
        try checked(week, .shiftDay, now: now)
        if let only { _ = try requireActive(only) }
        let planned = templateShifts(weekOf: week, only: only)
        guard !planned.isEmpty else {
            throw DomainError(
                "Nothing to add for the week of \(Practice.monday(of: week)): every template day already has its "
                    + "shift, is an exception or is leave.")
        }
        return planned.map { .shiftAdded($0) }
    }

    func validateCopyWeek(from source: LocalDate, to target: LocalDate, staff only: StaffID?, now: Date)
        throws(DomainError) -> [Change]
    {
        try checked(source, .shiftDay, now: now)
        try checked(target, .shiftDay, now: now)
        guard Practice.monday(of: source) != Practice.monday(of: target) else {
            throw DomainError("Copy a week onto another week, not onto itself.")
        }
        if let only { _ = try requireActive(only) }
        let planned = copiedShifts(fromWeekOf: source, toWeekOf: target, only: only)
        guard !planned.isEmpty else {
            throw DomainError(
                "Nothing to copy onto the week of \(Practice.monday(of: target)): its shifts are already there (or "
                    + "the week of \(Practice.monday(of: source)) has none).")
        }
        return planned.map { .shiftAdded($0) }
    }
}
