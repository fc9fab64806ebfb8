import Foundation

/// What someone's absence breaks: the coverage gaps it opens, and for a provider the booked visits that now need
/// another provider or day (each with a suggested slot), with who could cover each gap. The sick-call screen and
/// the time-off approval both show it; it is computed against the practice as it would be with the absence.
public struct AbsenceImpact: Sendable, Equatable {
    public var staff: StaffID
    public var days: [LocalDate]
    /// Gaps on those days that the absence opens or deepens.
    public var gaps: [CoverageGap]
    public var visits: [VisitToMove]
    public var cover: [CoverOption]

    public var isEmpty: Bool { gaps.isEmpty && visits.isEmpty }
}

/// A booked visit of an absent provider, with the first free slot found for it (nil: none within two weeks).
public struct VisitToMove: Sendable, Equatable {
    public var appointment: Appointment
    public var suggestion: SlotSuggestion?
}

public struct SlotSuggestion: Sendable, Equatable, CustomStringConvertible {
    public var provider: StaffID
    public var day: LocalDate
    public var start: TimeOfDay
    public var description: String { "\(day) \(start) with \(provider)" }
}

/// Someone who could fill a gap: same role, off that day, not past their weekly hours with it.
public struct CoverOption: Sendable, Equatable {
    public var gap: CoverageGap
    public var candidates: [CoverCandidate]
}

public struct CoverCandidate: Sendable, Equatable {
    public var staff: Staff
    /// Minutes already planned that week.
    public var plannedMinutes: Int
}

extension Practice {
    /// The impact of `member` being away on `days` (already recorded or not). `now` keeps suggestions out of the
    /// past. Suggestions do not collide: each visit's slot is held before the next is searched.
    public func absenceImpact(of member: StaffID, on days: [LocalDate], now: Date) -> AbsenceImpact {
        // Compared against the floor without their leave on those days; the absence is the leave on record, or a
        // sick call over them when some day has none yet.
        var without = self
        for entry in timeOff.values
        where entry.staff == member && entry.isInForce && days.contains(where: entry.includes) {
            without.timeOff[entry.id] = nil
        }
        var with = self
        let recorded = days.allSatisfy { timeOff(for: member, on: $0) != nil }
        if !recorded, let first = days.min(), let last = days.max() {
            with.seed(
                timeOff: TimeOff(
                    id: nextID(TimeOff.self), staff: member, kind: .sick, from: first, through: last, status: .approved,
                    requestedAt: now))
        }
        var gaps: [CoverageGap] = []
        for day in days.sorted() {
            let before = without.coverageGaps(on: day)
            // Today's stretches already over are history: what the manager can still fix starts now.
            let over = day == clock.day(of: now) ? clock.timeOfDay(of: now) : TimeOfDay(minutes: 0)
            gaps += with.coverageGaps(on: day).filter { $0.to > over && !Practice.wasAsShort($0, before: before) }
        }
        let visits = with.visitsToMove(of: member, on: days.sorted(), now: now)
        let cover = gaps.map { CoverOption(gap: $0, candidates: with.coverCandidates(for: $0, excluding: member)) }
        return AbsenceImpact(staff: member, days: days.sorted(), gaps: gaps, visits: visits, cover: cover)
    }

    /// True when the floor was already at least this short throughout `gap` without the absence: a provider's
    /// sick call that lowers the MAs needed turns "MA 3 of 4" into "MA 2 of 3", which is no new gap.
    static func wasAsShort(_ gap: CoverageGap, before: [CoverageGap]) -> Bool {
        var t = gap.from.minutes
        while t < gap.to.minutes {
            guard
                let covering = before.first(where: {
                    $0.name == gap.name && $0.from.minutes <= t && t < $0.to.minutes && $0.short >= gap.short
                })
            else { return false }
            t = covering.to.minutes
        }
        return true
    }

    /// Visits still ahead (not started with the provider, not finished) booked with `provider` on `days`.
    func visitsToMove(of provider: StaffID, on days: [LocalDate], now: Date) -> [VisitToMove] {
        var scratch = self
        var visits: [VisitToMove] = []
        for day in days {
            for appointment in appointments(on: day)
            where appointment.provider == provider && appointment.holdsSlot && !appointment.status.isFinal
                && appointment.status != .withProvider
            {
                let suggestion = scratch.freeSlot(for: appointment, awayProvider: provider, now: now)
                if let suggestion {
                    // Hold the slot so the next visit is not suggested into it.
                    var held = appointment
                    held.id = scratch.nextID(Appointment.self)
                    held.provider = suggestion.provider; held.day = suggestion.day; held.start = suggestion.start
                    scratch.seed(appointment: held)
                }
                visits.append(VisitToMove(appointment: appointment, suggestion: suggestion))
            }
        }
        return visits
    }

    /// The same day with another provider first (at or after the visit's time, never in the past), nearest
    /// start; else the first later day with any provider, the absent one included once back. A patient already
    /// waiting (arrived, roomed) can only go to another provider that day, so gets no later day. Every slot is
    /// one booking would accept: inside the provider's shift and outside its break, clear of the patient's other
    /// visits.
    func freeSlot(for appointment: Appointment, awayProvider: StaffID, now: Date) -> SlotSuggestion? {
        let today = clock.day(of: now)
        let earliest = appointment.day == today ? max(appointment.start, clock.timeOfDay(of: now)) : appointment.start
        var best: SlotSuggestion?
        for provider in providers where provider.id != awayProvider {
            guard
                let slot = movableSlot(
                    for: appointment, provider: provider.id, from: appointment.day, after: earliest, days: 1),
                slot.day == appointment.day, bookable(provider.id, on: slot.day)
            else { continue }
            if best.map({ slot.start < $0.start }) ?? true {
                best = SlotSuggestion(provider: provider.id, day: slot.day, start: slot.start)
            }
        }
        if let best { return best }
        guard appointment.status.isUpcoming else { return nil }
        let nextDay = max(appointment.day, today).adding(days: 1)
        var later: SlotSuggestion?
        for provider in providers {
            guard
                let slot = movableSlot(
                    for: appointment, provider: provider.id, from: nextDay, after: settings.dayStart, days: 14),
                bookable(provider.id, on: slot.day)
            else { continue }
            let candidate = SlotSuggestion(provider: provider.id, day: slot.day, start: slot.start)
            if later.map({ (slot.day, slot.start) < ($0.day, $0.start) }) ?? true { later = candidate }
        }
        return later
    }

    /// The first free slot of `provider` (`nextFreeSlot`) from `day` at `time` that moving `appointment` there
    /// would not conflict with: `nextFreeSlot` knows the provider's visits only, not breaks or the patient's day.
    private func movableSlot(
        for appointment: Appointment, provider: StaffID, from day: LocalDate, after time: TimeOfDay, days: Int
    ) -> (day: LocalDate, start: TimeOfDay)? {
        let step = max(5, settings.slotMinutes)
        let last = day.adding(days: max(1, days) - 1)
        var day = day, time = time
        while day <= last {
            guard
                let slot = nextFreeSlot(
                    provider: provider, minutes: appointment.minutes, from: day, after: time,
                    days: day.days(until: last) + 1)
            else { return nil }
            let found = conflicts(
                provider: provider, patient: appointment.patient, day: slot.day, start: slot.start,
                minutes: appointment.minutes, ignoring: appointment.id)
            if found.isEmpty { return slot }
            day = slot.day
            time = TimeOfDay(minutes: slot.start.minutes + step)
            if time.minutes >= 24 * 60 { (day, time) = (day.adding(days: 1), TimeOfDay(minutes: 0)) }
        }
        return nil
    }

    /// A provider who may be booked that day: active, no approved leave, licence not lapsed.
    func bookable(_ provider: StaffID, on day: LocalDate) -> Bool {
        guard let member = staff[provider], member.active, timeOff(for: provider, on: day) == nil else { return false }
        return lapsedLicence(of: member, on: day) == nil
    }

    /// People who could fill `gap`: active, in one of its roles, no shift that day and no leave, and (when
    /// capped) not past their weekly hours with the gap added. Fewest hours that week first.
    public func coverCandidates(for gap: CoverageGap, excluding absent: StaffID? = nil) -> [CoverCandidate] {
        let working = Set(shifts(on: gap.day).map(\.staff))
        var found: [CoverCandidate] = []
        for member in staff.values where member.active && member.id != absent && gap.roles.contains(member.role) {
            guard !working.contains(member.id), timeOff(for: member.id, on: gap.day) == nil else { continue }
            let planned = plannedMinutes(member.id, weekOf: gap.day)
            if let cap = member.weeklyHours, planned + gap.minutes > cap * 60 { continue }
            found.append(CoverCandidate(staff: member, plannedMinutes: planned))
        }
        return found.sorted { ($0.plannedMinutes, $0.staff.id) < ($1.plannedMinutes, $1.staff.id) }
    }
}
