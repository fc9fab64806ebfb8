import Foundation

/// Where a staff member is at `now`, as the roster shows it.
public enum RosterStatus: Sendable, Equatable {
    /// No shift that day.
    case off
    /// Approved sick call covering the day.
    case sick(TimeOffID)
    /// Approved PTO covering the day.
    case pto(TimeOffID)
    /// The shift has not begun yet.
    case startsAt(TimeOfDay)
    /// On shift until the given time.
    case onDuty(until: TimeOfDay)
    /// A provider on shift who is with a patient now.
    case withPatient(AppointmentID)
    /// The shift is over.
    case doneAt(TimeOfDay)

    /// "on duty", "SICK", "starts 12:00", …
    public var label: String {
        switch self {
        case .off: return "off"
        case .sick: return "SICK"
        case .pto: return "PTO"
        case .startsAt(let time): return "starts \(time)"
        case .onDuty(let until): return "on duty until \(until)"
        case .withPatient: return "seeing patients"
        case .doneAt(let time): return "done at \(time)"
        }
    }
}

public struct RosterRow: Sendable, Equatable {
    public var staff: Staff
    /// The role covered that day: the shift's if there is one, else the person's own.
    public var role: StaffRole
    /// The day's shifts in time order (usually one).
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
        for shift in shifts(on: day) { dayShifts[shift.staff, default: []].append(shift) }
        var offToday: [StaffID: TimeOff] = [:]
        var pending: [StaffID: [TimeOff]] = [:]
        for entry in timeOff.values {
            if entry.isInForce && entry.includes(day) {
                // A sick call outranks PTO when both are on record for the day.
                if offToday[entry.staff]?.kind != .sick { offToday[entry.staff] = entry }
            }
            if entry.status == .requested && entry.through >= day { pending[entry.staff, default: []].append(entry) }
        }
        var seeing: [StaffID: AppointmentID] = [:]
        for appointment in appointments(on: day) where appointment.status == .withProvider {
            seeing[appointment.provider] = appointment.id
        }
        var rows: [RosterRow] = []
        for member in staff.values where member.active {
            let mine = (dayShifts[member.id] ?? []).sorted { $0.start < $1.start }
            let status: RosterStatus
            if let off = offToday[member.id] {
                status = off.kind == .sick ? .sick(off.id) : .pto(off.id)
            } else if let first = mine.first, let last = mine.last {
                if now < clock.instant(day, first.start) {
                    status = .startsAt(first.start)
                } else if now >= clock.instant(day, last.end) {
                    status = .doneAt(last.end)
                } else if let appointment = seeing[member.id] {
                    status = .withPatient(appointment)
                } else {
                    // Between two shifts the next one's start is what matters.
                    let current = mine.first { now < clock.instant(day, $0.end) } ?? last
                    status =
                        now < clock.instant(day, current.start) ? .startsAt(current.start) : .onDuty(until: current.end)
                }
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
}
