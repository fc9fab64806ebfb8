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
        var with = self
        let recorded = days.allSatisfy { timeOff(for: member, on: $0) != nil }
        var without = self
        if recorded {
            // Compare against the floor without their leave.
            for entry in timeOff.values
            where entry.staff == member && entry.isInForce
                && days.contains(where: entry.includes)
            {
                without.timeOff[entry.id] = nil
            }
        } else if let first = days.min(), let last = days.max() {
            with.seed(
                timeOff: TimeOff(
                    id: nextID(TimeOff.self), staff: member, kind: .sick, from: first, through: last, status: .approved,
                    requestedAt: now))
        }
        var gaps: [CoverageGap] = []
        for day in days.sorted() {
            let before = without.coverageGaps(on: day)
            gaps += with.coverageGaps(on: day).filter { gap in !Self.noWorse(gap, than: before) }
        }
        let visits = with.visitsToMove(of: member, on: days.sorted(), now: now)
        let cover = gaps.map { CoverOption(gap: $0, candidates: with.coverCandidates(for: $0, excluding: member)) }
        return AbsenceImpact(staff: member, days: days.sorted(), gaps: gaps, visits: visits, cover: cover)
    }

    /// True when `gap` was already as deep without the absence at every step (a provider away can make a ratio
    /// rule ask for fewer people: "MA 2 of 3" where it was "MA 2 of 4" is no gap the absence opened).
    static func noWorse(_ gap: CoverageGap, than before: [CoverageGap]) -> Bool {
        stride(from: gap.from.minutes, to: gap.to.minutes, by: coverageStepMinutes).allSatisfy { t in
            before.contains {
                $0.name == gap.name && $0.from.minutes <= t && t < $0.to.minutes && $0.short >= gap.short
            }
        }
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
    /// start; else the first later day with any provider, the absent one included once back.
    func freeSlot(for appointment: Appointment, awayProvider: StaffID, now: Date) -> SlotSuggestion? {
        let today = clock.day(of: now)
        let earliest = appointment.day == today ? max(appointment.start, clock.timeOfDay(of: now)) : appointment.start
        var best: SlotSuggestion?
        for provider in providers where provider.id != awayProvider {
            guard
                let slot = nextFreeSlot(
                    provider: provider.id, minutes: appointment.minutes, from: appointment.day, after: earliest, days: 1
                ),
                slot.day == appointment.day, bookable(provider.id, on: slot.day)
            else { continue }
            if best.map({ slot.start < $0.start }) ?? true {
                best = SlotSuggestion(provider: provider.id, day: slot.day, start: slot.start)
            }
        }
        if let best { return best }
        let nextDay = max(appointment.day, today).adding(days: 1)
        var later: SlotSuggestion?
        for provider in providers {
            guard
                let slot = nextFreeSlot(
                    provider: provider.id, minutes: appointment.minutes, from: nextDay, after: settings.dayStart,
                    days: 14),
                bookable(provider.id, on: slot.day)
            else { continue }
            let candidate = SlotSuggestion(provider: provider.id, day: slot.day, start: slot.start)
            if later.map({ (slot.day, slot.start) < ($0.day, $0.start) }) ?? true { later = candidate }
        }
        return later
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
