import Foundation

/// A stretch of a day when a coverage rule is not met ("front desk uncovered 12:00–13:00").
public struct CoverageGap: Sendable, Equatable, CustomStringConvertible {
    public var day: LocalDate
    public var role: StaffRole
    public var from: TimeOfDay
    public var to: TimeOfDay
    /// People of the role on the floor throughout the gap (a change in the count starts a new gap).
    public var onDuty: Int
    public var minimum: Int

    public init(day: LocalDate, role: StaffRole, from: TimeOfDay, to: TimeOfDay, onDuty: Int, minimum: Int) {
        self.day = day; self.role = role; self.from = from; self.to = to; self.onDuty = onDuty; self.minimum = minimum
    }

    /// "front desk uncovered 12:00–13:00", "MA 1 of 2 16:30–17:00"
    public var description: String {
        let who = role.coverageName
        return onDuty == 0 ? "\(who) uncovered \(from)–\(to)" : "\(who) \(onDuty) of \(minimum) \(from)–\(to)"
    }
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
    /// Minutes per step when checking coverage: fine enough to catch a shift ending at 16:30 (the rule's hour
    /// would hide it), coarse enough to stay cheap.
    public static let coverageStepMinutes = 15

    /// Per coverage rule, the stretches where fewer than `minimum` people of the role are on shift and not off
    /// (approved PTO or sick). Adjacent steps with the same head count merge. Rules hold on weekdays; a day with
    /// no shifts at all is a closed day and has no gaps. In rule order, then by time.
    public func coverageGaps(on day: LocalDate) -> [CoverageGap] {
        guard !day.isWeekend else { return [] }
        let scheduled = shifts(on: day)
        guard !scheduled.isEmpty else { return [] }
        let dayShifts = scheduled.filter { shift in
            timeOff(for: shift.staff, on: day) == nil && staff[shift.staff]?.active != false
        }
        var gaps: [CoverageGap] = []
        let step = Practice.coverageStepMinutes
        for rule in settings.coverage where rule.minimum > 0 && rule.from < rule.to {
            let roleShifts = dayShifts.filter { $0.role == rule.role }
            var open: CoverageGap?
            var t = rule.from.minutes
            while t < rule.to.minutes {
                let stepEnd = min(t + step, rule.to.minutes)
                let from = TimeOfDay(minutes: t), to = TimeOfDay(minutes: stepEnd)
                // One person counts once even with two back-to-back shifts covering the step.
                let onDuty = Set(roleShifts.filter { $0.covers(from: from, to: to) }.map(\.staff)).count
                if onDuty < rule.minimum {
                    // Merge only equal shortfalls: "MA 1 of 2 08:00–16:30" then "MA uncovered 16:30–17:00"
                    // says more than one gap over the whole day.
                    if var gap = open, gap.to == from, gap.onDuty == onDuty {
                        gap.to = to; open = gap
                    } else {
                        if let gap = open { gaps.append(gap) }
                        open = CoverageGap(
                            day: day, role: rule.role, from: from, to: to, onDuty: onDuty,
                            minimum: rule.minimum)
                    }
                } else if let gap = open {
                    gaps.append(gap); open = nil
                }
                t = stepEnd
            }
            if let gap = open { gaps.append(gap) }
        }
        return gaps
    }
}
