import Foundation

/// One person's working hours on one day, in the role they cover that day. An overnight shift ends past 24:00
/// (`end` 30:00 is 06:00 the next morning) and belongs to the day it starts. A lunch break inside it is part of
/// the shift: the person is off the floor for it, so coverage counts them out.
public struct Shift: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "SH"
    public var id: ShiftID
    public var staff: StaffID
    public var day: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var role: StaffRole
    /// The planned break's start; nil: no break planned.
    public var breakStart: TimeOfDay?
    public var breakMinutes: Int
    /// Time clock: when they clocked in and out, and each break taken (an open one has no end).
    public var clockedIn: Date?
    public var clockedOut: Date?
    public var breaks: [BreakPunch]

    public init(
        id: ShiftID, staff: StaffID, day: LocalDate, start: TimeOfDay, end: TimeOfDay, role: StaffRole,
        breakStart: TimeOfDay? = nil, breakMinutes: Int = 0, clockedIn: Date? = nil, clockedOut: Date? = nil,
        breaks: [BreakPunch] = []
    ) {
        self.id = id; self.staff = staff; self.day = day; self.start = start; self.end = end; self.role = role
        self.breakStart = breakStart; self.breakMinutes = breakStart == nil ? 0 : breakMinutes
        self.clockedIn = clockedIn; self.clockedOut = clockedOut; self.breaks = breaks
    }

    private enum CodingKeys: String, CodingKey {
        case id, staff, day, start, end, role, breakStart, breakMinutes, clockedIn, clockedOut, breaks
    }

    /// Shifts written before breaks and the time clock decode with none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(ShiftID.self, forKey: .id), staff: try c.decode(StaffID.self, forKey: .staff),
            day: try c.decode(LocalDate.self, forKey: .day), start: try c.decode(TimeOfDay.self, forKey: .start),
            end: try c.decode(TimeOfDay.self, forKey: .end), role: try c.decode(StaffRole.self, forKey: .role),
            breakStart: try c.decodeIfPresent(TimeOfDay.self, forKey: .breakStart),
            breakMinutes: try c.decodeIfPresent(Int.self, forKey: .breakMinutes) ?? 0,
            clockedIn: try c.decodeIfPresent(Date.self, forKey: .clockedIn),
            clockedOut: try c.decodeIfPresent(Date.self, forKey: .clockedOut),
            breaks: try c.decodeIfPresent([BreakPunch].self, forKey: .breaks) ?? [])
    }

    /// Longest shift the practice accepts (a double, or an overnight on call).
    public static let maxMinutes = 16 * 60

    public var breakEnd: TimeOfDay? { breakStart.map { TimeOfDay(minutes: $0.minutes + breakMinutes) } }
    public var isOvernight: Bool { end.minutes > 24 * 60 }

    /// On the floor at `time` of its own day (minutes may run past 24:00 for the small hours after an overnight
    /// start): inside the shift and outside its planned break.
    public func covers(_ time: TimeOfDay) -> Bool {
        guard start <= time && time < end else { return false }
        if let breakStart, let breakEnd, breakStart <= time && time < breakEnd { return false }
        return true
    }
    /// On the floor for the whole stretch (a break overlapping it counts them out).
    public func covers(from: TimeOfDay, to: TimeOfDay) -> Bool {
        guard start <= from && to <= end else { return false }
        if let breakStart, let breakEnd, breakStart < to && from < breakEnd { return false }
        return true
    }
    /// Scheduled inside the shift at `time`, break or not (a provider's appointments may not sit in a break).
    public func spans(_ time: TimeOfDay) -> Bool { start <= time && time < end }

    /// Paid minutes planned: the span less the break.
    public var plannedMinutes: Int { max(0, end.minutes - start.minutes - breakMinutes) }

    /// Planned minutes as the wall clock runs on its day: a shift across a DST change is an hour longer or shorter.
    public func elapsedMinutes(clock: PracticeClock) -> Int {
        max(0, PracticeClock.minutes(from: clock.instant(day, start), to: endInstant(clock: clock)) - breakMinutes)
    }

    /// When it ends by the wall clock (the next morning for an overnight shift), not start plus its length: on
    /// the day clocks fall back, 08:00–17:00 lasts ten hours.
    public func endInstant(clock: PracticeClock) -> Date {
        clock.instant(day.adding(days: end.minutes / (24 * 60)), TimeOfDay(minutes: end.minutes % (24 * 60)))
    }

    /// "08:00–17:00", "22:00–06:00+1"; with a break "08:00–17:00 (lunch 12:00 30m)" when `withBreak`.
    public func hours(withBreak: Bool = false) -> String {
        var text = "\(start)–\(TimeOfDay(minutes: end.minutes % (24 * 60)))" + (isOvernight ? "+1" : "")
        if withBreak, let breakStart { text += " (break \(breakStart) \(breakMinutes)m)" }
        return text
    }

    /// Where the person is by the time clock: nil when they have not clocked in.
    public func punchState(at now: Date) -> PunchState? {
        guard let clockedIn, clockedIn <= now else { return nil }
        if let clockedOut, clockedOut <= now { return .out(clockedOut) }
        if let open = breaks.last, open.start <= now, open.end.map({ $0 > now }) ?? true { return .onBreak(open.start) }
        return .in(clockedIn)
    }
}

/// One break taken, by the time clock.
public struct BreakPunch: Codable, Sendable, Equatable {
    public var start: Date
    public var end: Date?
    public init(start: Date, end: Date? = nil) { self.start = start; self.end = end }
}

public enum PunchState: Sendable, Equatable {
    case `in`(Date)
    case onBreak(Date)
    case out(Date)
}

/// What `staff in` / `break` / `out` record against a shift (the time is the event's).
public enum ClockAction: String, Codable, Sendable, CaseIterable {
    case clockIn = "in", breakStart = "break", breakEnd = "back", clockOut = "out"
}

/// One line of a person's usual week: a weekday (0 Sunday … 6 Saturday) and hours.
public struct TemplateShift: Codable, Sendable, Equatable {
    public var weekday: Int
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var breakStart: TimeOfDay?
    public var breakMinutes: Int
    /// Nil: the person's own role.
    public var role: StaffRole?

    public init(
        weekday: Int, start: TimeOfDay, end: TimeOfDay, breakStart: TimeOfDay? = nil, breakMinutes: Int = 0,
        role: StaffRole? = nil
    ) {
        self.weekday = weekday; self.start = start; self.end = end; self.breakStart = breakStart
        self.breakMinutes = breakStart == nil ? 0 : breakMinutes; self.role = role
    }
}

/// Time away: requested → approved | denied; a sick call is recorded approved at once.
public struct TimeOff: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "R"
    public var id: TimeOffID
    public var staff: StaffID
    public var kind: TimeOffKind
    public var from: LocalDate
    public var through: LocalDate
    public var status: TimeOffStatus
    public var note: String
    public var requestedAt: Date
    public var decidedBy: String?
    /// Why it was denied, or what an approval knowingly overrode ("approved over 2 conflicts").
    public var decisionNote: String?

    public init(
        id: TimeOffID, staff: StaffID, kind: TimeOffKind, from: LocalDate, through: LocalDate,
        status: TimeOffStatus, note: String = "", requestedAt: Date, decidedBy: String? = nil,
        decisionNote: String? = nil
    ) {
        self.id = id; self.staff = staff; self.kind = kind; self.from = from; self.through = through
        self.status = status; self.note = note; self.requestedAt = requestedAt; self.decidedBy = decidedBy
        self.decisionNote = decisionNote
    }

    public func includes(_ day: LocalDate) -> Bool { from <= day && day <= through }
    /// Approved leave keeps the person off the floor; a pending request does not yet.
    public var isInForce: Bool { status == .approved }
    /// Weekdays it spans (what a vacation balance counts).
    public var weekdays: Int {
        (0...max(0, from.days(until: through))).filter { !from.adding(days: $0).isWeekend }.count
    }
}

/// Why someone is away. `vacation` was called `pto` before training and unpaid leave existed.
public enum TimeOffKind: String, Codable, Sendable, CaseIterable {
    case vacation, sick, training, unpaid

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let kind = TimeOffKind.parse(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a time-off kind"))
        }
        self = kind
    }

    public static func parse(_ text: String) -> TimeOffKind? {
        let lower = text.lowercased()
        return lower == "pto" ? .vacation : TimeOffKind(rawValue: lower)
    }

    /// "PTO", "sick", "training", "unpaid": what the roster and grid print.
    public var label: String {
        switch self {
        case .vacation: return "PTO"
        case .sick: return "sick"
        case .training: return "training"
        case .unpaid: return "unpaid"
        }
    }
}

public enum TimeOffStatus: String, Codable, Sendable { case requested, approved, denied }

extension Shift {
    /// Records a punch (validation decided it fits): clocking out closes an open break.
    mutating func punch(_ action: ClockAction, at time: Date) {
        switch action {
        case .clockIn: clockedIn = time
        case .breakStart: breaks.append(BreakPunch(start: time))
        case .breakEnd: if let last = breaks.indices.last, breaks[last].end == nil { breaks[last].end = time }
        case .clockOut:
            if let last = breaks.indices.last, breaks[last].end == nil { breaks[last].end = time }
            clockedOut = time
        }
    }
}
