import Foundation

/// Where a staff member is at `now`, as the roster shows it.
public enum RosterStatus: Sendable, Equatable {
    /// No shift that day.
    case off
    /// Approved leave covering the day (a sick call, vacation, training, unpaid).
    case away(TimeOffKind, TimeOffID)
    /// The shift has not begun yet.
    case startsAt(TimeOfDay)
    /// The shift has begun and they have not clocked in (only where the practice uses the time clock that day).
    case notInYet(since: TimeOfDay)
    /// On the floor until the given time.
    case onDuty(until: TimeOfDay)
    /// On a break: clocked out for one, or inside the planned one.
    case onBreak(since: TimeOfDay)
    /// A provider on shift who is with a patient now.
    case withPatient(AppointmentID)
    /// Clocked out.
    case gone(at: TimeOfDay)
    /// The shift is over (no time clock).
    case doneAt(TimeOfDay)

    /// "on duty until 17:00", "SICK", "not in yet (08:00)", …
    public var label: String {
        switch self {
        case .off: return "off"
        case .away(let kind, _): return kind == .sick ? "SICK" : kind.label
        case .startsAt(let time): return "starts \(time.wallClock)"
        case .notInYet(let since): return "not in yet (\(since.wallClock))"
        case .onDuty(let until): return "on duty until \(until.wallClock)"
        case .onBreak(let since): return "on break since \(since.wallClock)"
        case .withPatient: return "seeing patients"
        case .gone(let at): return "gone at \(at.wallClock)"
        case .doneAt(let time): return "done at \(time.wallClock)"
        }
    }

    /// On the floor now: counts for "who covers the desk this hour".
    public var isOnFloor: Bool {
        switch self {
        case .onDuty, .withPatient: return true
        default: return false
        }
    }
}

extension TimeOfDay {
    /// The time a clock shows: an overnight shift's 30:00 is 06:00.
    fileprivate var wallClock: TimeOfDay { TimeOfDay(minutes: minutes % (24 * 60)) }
}

public struct RosterRow: Sendable, Equatable {
    public var staff: Staff
    /// The role covered that day: the shift's if there is one, else the person's own.
    public var role: StaffRole
    /// The day's shifts in time order (usually one); while last night's overnight shift runs, it comes first.
    public var shifts: [Shift]
    public var status: RosterStatus
    /// Time-off requests awaiting a decision that have not ended before the day.
    public var pendingRequests: [TimeOff]

    public init(staff: Staff, role: StaffRole, shifts: [Shift], status: RosterStatus, pendingRequests: [TimeOff]) {
        self.staff = staff; self.role = role; self.shifts = shifts; self.status = status
        self.pendingRequests = pendingRequests
    }

    /// The first shift of the day, for one-line displays.
    public var shift: Shift? { shifts.first }
}

extension Practice {
    /// Every active staff member for `day`, ordered by role (providers first) then name, with their status at `now`.
    /// One pass over shifts and time off, plus the day's appointments.
    public func rosterRows(on day: LocalDate, now: Date) -> [RosterRow] {
        var dayShifts: [StaffID: [Shift]] = [:]
        let allShifts = shifts(on: day)
        for shift in allShifts { dayShifts[shift.staff, default: []].append(shift) }
        // Practices that do not use the time clock trust the schedule; once anyone clocks in that day, the clock
        // is the truth and an unpunched running shift is "not in yet".
        let clockInUse = allShifts.contains { $0.clockedIn != nil }
        var offToday: [StaffID: TimeOff] = [:]
        var pending: [StaffID: [TimeOff]] = [:]
        for entry in timeOff.values {
            if entry.isInForce && entry.includes(day) {
                // A sick call outranks other leave when both are on record for the day.
                if offToday[entry.staff]?.kind != .sick { offToday[entry.staff] = entry }
            }
            if entry.status == .requested && entry.through >= day { pending[entry.staff, default: []].append(entry) }
        }
        // A night shift begun the evening before is on this morning's roster while it runs.
        var lastNight: [StaffID: Shift] = [:]
        for shift in shifts(on: day.adding(days: -1)) where shift.isOvernight && clock.day(of: now) == day {
            let end = clock.instant(shift.day, shift.start)
                .addingTimeInterval(Double(shift.end.minutes - shift.start.minutes) * 60)
            let working = shift.clockedIn.map { $0 <= now } == true && shift.clockedOut == nil
            if now < end || working { lastNight[shift.staff] = shift }
        }
        var seeing: [StaffID: AppointmentID] = [:]
        for appointment in appointments(on: day) where appointment.status == .withProvider {
            seeing[appointment.provider] = appointment.id
        }
        var rows: [RosterRow] = []
        for member in staff.values where member.active {
            let night = lastNight[member.id]
            let mine = (night.map { [$0] } ?? []) + (dayShifts[member.id] ?? []).sorted { $0.start < $1.start }
            let status: RosterStatus
            if let night {
                status = shiftStatus(
                    [night], day: night.day, now: now, clockInUse: clockInUse, seeing: seeing[member.id])
            } else if let off = offToday[member.id] {
                status = .away(off.kind, off.id)
            } else if !mine.isEmpty {
                status = shiftStatus(mine, day: day, now: now, clockInUse: clockInUse, seeing: seeing[member.id])
            } else {
                status = .off
            }
            let requests = (pending[member.id] ?? []).sorted { ($0.from, $0.id) < ($1.from, $1.id) }
            rows.append(
                RosterRow(
                    staff: member, role: mine.first?.role ?? member.role, shifts: mine, status: status,
                    pendingRequests: requests))
        }
        rows.sort { a, b in
            if a.role != b.role { return a.role < b.role }
            if a.staff.familyName != b.staff.familyName { return a.staff.familyName < b.staff.familyName }
            return a.staff.id < b.staff.id
        }
        return rows
    }

    /// The status from a person's shifts that day (in time order): the time clock first, then the plan.
    private func shiftStatus(
        _ mine: [Shift], day: LocalDate, now: Date, clockInUse: Bool, seeing: AppointmentID?
    ) -> RosterStatus {
        // Minutes of the shifts' own day: past 24:00 the morning after (an overnight shift's planned break).
        let time = TimeOfDay(minutes: clock.timeOfDay(of: now).minutes + (clock.day(of: now) > day ? 24 * 60 : 0))
        func end(_ shift: Shift) -> Date { shift.endInstant(clock: clock) }
        // The shift that matters now: the one running, else the next, else the last.
        let current = mine.first { now < end($0) } ?? mine[mine.count - 1]
        if let punch = current.punchState(at: now) {
            switch punch {
            case .out(let at): return .gone(at: clock.timeOfDay(of: at))
            case .onBreak(let since): return .onBreak(since: clock.timeOfDay(of: since))
            case .in: return seeing.map { .withPatient($0) } ?? .onDuty(until: current.end)
            }
        }
        if now < clock.instant(day, current.start) { return .startsAt(current.start) }
        if now >= end(current) { return .doneAt(current.end) }
        // A provider with a patient is in, punched or not.
        if let appointment = seeing { return .withPatient(appointment) }
        if clockInUse { return .notInYet(since: current.start) }
        if let breakStart = current.breakStart, let breakEnd = current.breakEnd, breakStart <= time && time < breakEnd {
            return .onBreak(since: breakStart)
        }
        return .onDuty(until: current.end)
    }
}
