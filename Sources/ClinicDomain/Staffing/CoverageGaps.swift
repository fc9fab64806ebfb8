import Foundation

/// A stretch of a day when a coverage rule is not met ("front desk uncovered 12:00–13:00", "MA 1 of 3").
public struct CoverageGap: Sendable, Equatable, CustomStringConvertible {
    public var day: LocalDate
    /// The rule's name ("front desk").
    public var name: String
    /// Who could fill it.
    public var roles: [StaffRole]
    public var from: TimeOfDay
    public var to: TimeOfDay
    /// People counting toward the rule on the floor throughout the gap (a change in the count starts a new gap).
    public var onDuty: Int
    /// How many the rule asked for throughout the gap.
    public var required: Int

    public init(
        day: LocalDate, name: String, roles: [StaffRole], from: TimeOfDay, to: TimeOfDay, onDuty: Int, required: Int
    ) {
        self.day = day; self.name = name; self.roles = roles; self.from = from; self.to = to; self.onDuty = onDuty
        self.required = required
    }

    /// How many people short.
    public var short: Int { max(0, required - onDuty) }
    public var minutes: Int { to.minutes - from.minutes }

    /// "front desk uncovered 12:00–13:00", "MA 1 of 2 16:30–17:00 (1 short)"
    public var description: String {
        onDuty == 0 && required == 1
            ? "\(name) uncovered \(from)–\(to)"
            : "\(name) \(onDuty) of \(required) \(from)–\(to) (\(short) short)"
    }

    /// The same gap, the same shortfall: two views (with and without an absence) agree on it.
    func sameAs(_ other: CoverageGap) -> Bool { self == other }
}

extension StaffRole {
    /// How the floor talks about the role when it is missing.
    public var coverageName: String {
        switch self {
        case .receptionist: return "front desk"
        case .medicalAssistant: return "MA"
        default: return label.lowercased()
        }
    }
}

extension Practice {
    /// Minutes per step when checking coverage: fine enough to catch a shift ending at 16:30 or a 30-minute
    /// lunch, coarse enough to stay cheap.
    public static let coverageStepMinutes = 15

    /// Per coverage rule, the stretches of `day` where fewer people who count toward it are on the floor than it
    /// asks for. On the floor: a shift covering the stretch (an overnight one from the evening before too),
    /// outside its break, with no approved leave that day, by an active person. A day with no shifts and nothing
    /// booked is a closed day and has no gaps. Steps follow the wall clock; on the night clocks spring forward
    /// the missing hour has no steps. In rule order, then by time.
    public func coverageGaps(on day: LocalDate) -> [CoverageGap] {
        let floor = CoverageFloor(practice: self, day: day)
        guard !floor.isClosed else { return [] }
        var gaps: [CoverageGap] = []
        let step = Practice.coverageStepMinutes
        for rule in settings.coverage where rule.weekdays.contains(day.weekday) && rule.from < rule.to {
            var open: CoverageGap?
            var t = rule.from.minutes
            let end = min(rule.to.minutes, 24 * 60)
            while t < end {
                let stepEnd = min(t + step, end)
                defer { t = stepEnd }
                let from = TimeOfDay(minutes: t), to = TimeOfDay(minutes: stepEnd)
                guard floor.exists(from) else { continue }
                let required = floor.required(rule.need, from: from, to: to)
                let onDuty = floor.onFloor(rule.roles, from: from, to: to)
                if onDuty < required {
                    // Merge only equal shortfalls: "MA 1 of 2 08:00–16:30" then "MA uncovered 16:30–17:00"
                    // says more than one gap over the whole day.
                    if var gap = open, gap.to == from, gap.onDuty == onDuty, gap.required == required {
                        gap.to = to; open = gap
                    } else {
                        if let gap = open { gaps.append(gap) }
                        open = CoverageGap(
                            day: day, name: rule.name, roles: rule.roles, from: from, to: to, onDuty: onDuty,
                            required: required)
                    }
                } else if let gap = open {
                    gaps.append(gap); open = nil
                }
            }
            if let gap = open { gaps.append(gap) }
        }
        return gaps
    }

    /// The gaps of the seven days from `monday`.
    public func coverageGaps(weekOf monday: LocalDate) -> [CoverageGap] {
        (0..<7).flatMap { coverageGaps(on: monday.adding(days: $0)) }
    }
}

/// Who is on the floor when on one day, and what is booked: what the coverage rules count.
struct CoverageFloor {
    struct Presence {
        var staff: StaffID
        var role: StaffRole
        var isProvider: Bool
        /// Minutes of `day` (an overnight shift from the evening before starts at 0).
        var shift: Shift
        var offset: Int

        func covers(from: TimeOfDay, to: TimeOfDay) -> Bool {
            shift.covers(from: TimeOfDay(minutes: from.minutes + offset), to: TimeOfDay(minutes: to.minutes + offset))
        }
    }

    let day: LocalDate
    let clock: PracticeClock
    let present: [Presence]
    let booked: [Appointment]
    let isClosed: Bool

    init(practice: Practice, day: LocalDate) {
        self.day = day
        clock = practice.clock
        var present: [Presence] = []
        var anyShift = false
        func add(_ shift: Shift, offset: Int) {
            anyShift = true
            guard let member = practice.staff[shift.staff], member.active,
                practice.timeOff(for: shift.staff, on: shift.day) == nil
            else { return }
            present.append(
                Presence(
                    staff: shift.staff, role: shift.role, isProvider: shift.role.isProvider, shift: shift,
                    offset: offset))
        }
        for shift in practice.shifts(on: day) { add(shift, offset: 0) }
        for shift in practice.shifts(on: day.adding(days: -1)) where shift.isOvernight { add(shift, offset: 24 * 60) }
        self.present = present
        booked = practice.appointments(on: day).filter(\.holdsSlot)
        isClosed = !anyShift && booked.isEmpty
    }

    /// False for the wall-clock minutes that do not happen (the hour skipped when clocks spring forward).
    func exists(_ time: TimeOfDay) -> Bool {
        clock.timeOfDay(of: clock.instant(day, time)) == time && clock.day(of: clock.instant(day, time)) == day
    }

    /// Distinct people in `roles` on the floor for the whole stretch (two back-to-back shifts count once).
    func onFloor(_ roles: [StaffRole], from: TimeOfDay, to: TimeOfDay) -> Int {
        Set(present.filter { roles.contains($0.role) && $0.covers(from: from, to: to) }.map(\.staff)).count
    }

    func required(_ need: CoverageNeed, from: TimeOfDay, to: TimeOfDay) -> Int {
        switch need {
        case .atLeast(let n):
            return n
        case .perProvider(let ratio):
            let providers = Set(present.filter { $0.isProvider && $0.covers(from: from, to: to) }.map(\.staff)).count
            return Int((Double(providers) * ratio).rounded(.up))
        case .whileBooked(let types, let n):
            return booked.contains {
                types.contains($0.visitType) && $0.overlaps(day: day, start: from, minutes: to.minutes - from.minutes)
            } ? n : 0
        case .whileSeeing(let n):
            return booked.contains { $0.overlaps(day: day, start: from, minutes: to.minutes - from.minutes) } ? n : 0
        }
    }
}
