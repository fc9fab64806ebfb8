import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Staffing: what an absence breaks")
struct StaffingImpactTests {
    /// Patients P-5 … P-(4 + count) on top of the fixture's four.
    static func addPatients(_ p: inout Practice, _ count: Int) -> [PatientID] {
        (0..<count).map { i in
            let id = PatientID(5 + i)
            p.seed(
                patient: Patient(
                    id: id, givenName: "Extra\(i)", familyName: "Patient", birthDate: Fixture.day("1970-01-01"),
                    phone: "555-02\(10 + i)", payer: nil))
            return id
        }
    }

    /// No two suggestions overlap each other, and none overlaps a visit still holding a slot with that provider
    /// (other than the visit being moved), nor falls in the past or outside the provider's shift.
    static func expectNoCollisions(
        _ p: Practice, _ visits: [VisitToMove], now: Date, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let moving = Set(visits.map(\.appointment.id))
        var held: [(StaffID, LocalDate, Int, Int)] = []
        for visit in visits {
            guard let slot = visit.suggestion else { continue }
            let start = slot.start.minutes, end = start + visit.appointment.minutes
            #expect(
                p.clock.instant(slot.day, slot.start) >= now, "\(slot) is in the past", sourceLocation: sourceLocation)
            for other in held where other.0 == slot.provider && other.1 == slot.day {
                #expect(
                    !(other.2 < end && start < other.3), "\(slot) collides with another suggestion",
                    sourceLocation: sourceLocation)
            }
            for booked in p.appointments(on: slot.day)
            where booked.holdsSlot && !moving.contains(booked.id)
                && (booked.provider == slot.provider || booked.patient == visit.appointment.patient)
            {
                #expect(
                    !booked.overlaps(day: slot.day, start: slot.start, minutes: visit.appointment.minutes),
                    "\(slot) collides with \(booked.id)", sourceLocation: sourceLocation)
            }
            #expect(
                p.conflicts(
                    provider: slot.provider, patient: visit.appointment.patient, day: slot.day, start: slot.start,
                    minutes: visit.appointment.minutes, ignoring: visit.appointment.id
                ).isEmpty, "\(slot) for \(visit.appointment.id) is not bookable", sourceLocation: sourceLocation)
            held.append((slot.provider, slot.day, start, end))
        }
    }

    @Test func aSickMAOpensOnlyNewGaps() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = Fixture.headCountCoverage
        p.setShifts(Fixture.priya, ["08:00-16:00"])
        let ana = try Staffing.shift(p, of: Fixture.ana)
        try p.run(.editShift(ana.id, ShiftEdit(breakAt: .set(ShiftBreak(start: Fixture.time("12:00"), minutes: 30)))))
        #expect(
            p.coverageGaps(on: Fixture.today).map(\.description)
                == ["front desk uncovered 12:00–12:30", "MA 1 of 2 16:00–17:00 (1 short)"])
        let impact = p.absenceImpact(of: Fixture.ben, on: [Fixture.today], now: Fixture.at(7, 0))
        // The desk's lunch gap was there before; the MA gap at 16:00 deepens, so it is new.
        #expect(
            impact.gaps.map(\.description) == ["MA 1 of 2 08:00–16:00 (1 short)", "MA 0 of 2 16:00–17:00 (2 short)"])
        #expect(impact.visits.isEmpty)
        #expect(!impact.isEmpty)
        // Once the sick call is on record, the impact is the same (compared against the floor without it).
        try p.run(.callInSick(Fixture.ben, day: nil), at: Fixture.at(7, 0))
        #expect(p.absenceImpact(of: Fixture.ben, on: [Fixture.today], now: Fixture.at(7, 1)).gaps == impact.gaps)
    }

    @Test func aSickDayOnRecordStillCountsWhenTheImpactAlsoCoversADayNotYetRecorded() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = Fixture.headCountCoverage
        p.setShifts(Fixture.ben, on: Staffing.tuesday, ["08:00-17:00"])
        p.setShifts(Fixture.priya, on: Staffing.tuesday, ["08:00-17:00"])
        p.setShifts(Fixture.ana, on: Staffing.tuesday, ["08:00-17:00"])
        try p.run(.callInSick(Fixture.ben, day: nil), at: Fixture.at(7, 0))
        let impact = p.absenceImpact(of: Fixture.ben, on: [Fixture.today, Staffing.tuesday], now: Fixture.at(7, 1))
        #expect(impact.gaps.map(\.day) == [Fixture.today, Staffing.tuesday])
        #expect(impact.gaps.allSatisfy { $0.description == "MA 1 of 2 08:00–17:00 (1 short)" })
    }

    @Test func aSickProvidersVisitsStillAheadAreToMoveWithNonCollidingSlots() throws {
        var p = Fixture.staffedWeek()
        let extra = Self.addPatients(&p, 3)
        let done = try p.book(Fixture.renee, with: Fixture.drLee, at: "08:30")
        try p.walk(
            done, arrived: Fixture.at(8, 25), roomed: Fixture.at(8, 30), seen: Fixture.at(8, 35), out: Fixture.at(8, 55)
        )
        let seeing = try p.book(Fixture.jorge, with: Fixture.drLee, at: "10:20")
        try p.walk(seeing, arrived: Fixture.at(10, 15), roomed: Fixture.at(10, 20), seen: Fixture.at(10, 25))
        let waiting = try p.book(Fixture.tuan, with: Fixture.drLee, at: "10:40")
        try p.walk(waiting, arrived: Fixture.at(10, 35))
        let confirmed = try p.book(Fixture.xiaoming, with: Fixture.drLee, at: "11:00")
        try p.run(.confirm(confirmed), at: Fixture.at(9, 0))
        let later = try p.book(extra[0], with: Fixture.drLee, at: "11:00", minutes: 40, on: Staffing.tuesday)
        let cancelled = try p.book(extra[1], with: Fixture.drLee, at: "14:00")
        try p.run(.cancel(cancelled, reason: "weather"), at: Fixture.at(9, 0))
        // Dr Patel is busy 10:45–11:15, NP Kim from 10:40 to 11:20.
        _ = try p.book(extra[1], with: Fixture.drPatel, at: "10:45", minutes: 30)
        _ = try p.book(extra[2], with: Fixture.npKim, at: "10:40", minutes: 40)

        let now = Fixture.now // 10:42
        let impact = p.absenceImpact(of: Fixture.drLee, on: [Fixture.today, Staffing.tuesday], now: now)
        #expect(impact.days == [Fixture.today, Staffing.tuesday])
        #expect(impact.visits.map(\.appointment.id) == [waiting, confirmed, later])
        let slots = impact.visits.compactMap(\.suggestion)
        #expect(slots.count == 3)
        // The waiting patient goes first to the first free start after now: Dr Patel at 11:15 (NP Kim's next free
        // start on the 15-minute grid is 11:30); the next visit then finds Dr Patel's 11:15 held.
        #expect(
            slots.first == SlotSuggestion(provider: Fixture.drPatel, day: Fixture.today, start: Fixture.time("11:15")))
        #expect(slots[1] == SlotSuggestion(provider: Fixture.npKim, day: Fixture.today, start: Fixture.time("11:30")))
        #expect(
            slots[2] == SlotSuggestion(provider: Fixture.drPatel, day: Staffing.tuesday, start: Fixture.time("11:00")))
        Self.expectNoCollisions(p, impact.visits, now: now)
        // A sick call on record gives the same answer.
        try p.run(.callInSick(Fixture.drLee, day: nil), at: now)
        try p.run(.callInSick(Fixture.drLee, day: Staffing.tuesday), at: now)
        #expect(
            p.absenceImpact(of: Fixture.drLee, on: [Fixture.today, Staffing.tuesday], now: now).visits == impact.visits)
    }

    @Test func manyVisitsGetDistinctSlotsNeverInThePast() throws {
        var p = Fixture.staffedWeek()
        let extra = Self.addPatients(&p, 12)
        var booked: [AppointmentID] = []
        for (i, patient) in extra.enumerated() {
            booked.append(try p.book(patient, with: Fixture.drLee, at: "\(9 + i / 3):\(["00", "20", "40"][i % 3])"))
        }
        let now = Fixture.at(11, 3)
        let impact = p.absenceImpact(of: Fixture.drLee, on: [Fixture.today], now: now)
        #expect(impact.visits.count == booked.count)
        #expect(impact.visits.allSatisfy { $0.suggestion != nil })
        Self.expectNoCollisions(p, impact.visits, now: now)
    }

    @Test func withNoSameDaySlotASuggestionFallsToALaterDay() throws {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.drPatel, [])
        p.setShifts(Fixture.npKim, [])
        let first = try p.book(Fixture.renee, with: Fixture.drLee, at: "14:00")
        let second = try p.book(Fixture.jorge, with: Fixture.drLee, at: "14:20")
        let third = try p.book(Fixture.tuan, with: Fixture.drLee, at: "14:40")
        let impact = p.absenceImpact(of: Fixture.drLee, on: [Fixture.today], now: Fixture.now)
        #expect(impact.visits.map(\.appointment.id) == [first, second, third])
        let slots = impact.visits.compactMap(\.suggestion)
        #expect(slots.count == 3)
        #expect(slots.allSatisfy { $0.day == Staffing.tuesday })
        // Tomorrow Dr Lee is back and first in line, then the others at the same hour.
        #expect(
            slots[0] == SlotSuggestion(provider: Fixture.drLee, day: Staffing.tuesday, start: Fixture.time("08:00")))
        #expect(
            slots[1] == SlotSuggestion(provider: Fixture.drPatel, day: Staffing.tuesday, start: Fixture.time("08:00")))
        #expect(
            slots[2] == SlotSuggestion(provider: Fixture.npKim, day: Staffing.tuesday, start: Fixture.time("08:00")))
        Self.expectNoCollisions(p, impact.visits, now: Fixture.now)
    }

    @Test func suggestionsAvoidTheOtherProvidersBreakAndThePatientsOwnVisits() throws {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.npKim, ["13:30-17:00"], role: .nursePractitioner)
        let patel = try Staffing.shift(p, of: Fixture.drPatel)
        try p.run(.editShift(patel.id, ShiftEdit(breakAt: .set(ShiftBreak(start: Fixture.time("12:00"), minutes: 60)))))
        let lunch = try p.book(Fixture.renee, with: Fixture.drLee, at: "12:00")
        // Jorge sees NP Kim 14:20–14:50, right after his visit with Dr Lee; Dr Patel is busy to 14:15.
        let afterwards = try p.book(Fixture.jorge, with: Fixture.drLee, at: "14:00")
        _ = try p.book(Fixture.jorge, with: Fixture.npKim, at: "14:20", minutes: 30)
        _ = try p.book(Fixture.renee, with: Fixture.npKim, at: "14:00")
        _ = try p.book(Fixture.tuan, with: Fixture.drPatel, at: "14:00", minutes: 15)
        let impact = p.absenceImpact(of: Fixture.drLee, on: [Fixture.today], now: Fixture.now)
        #expect(impact.visits.map(\.appointment.id) == [lunch, afterwards])
        let slots = impact.visits.map(\.suggestion)
        // Not inside Dr Patel's lunch, and not over Jorge's visit with NP Kim.
        #expect(slots[0] == SlotSuggestion(provider: Fixture.drPatel, day: Fixture.today, start: Fixture.time("13:00")))
        #expect(slots[1] == SlotSuggestion(provider: Fixture.drPatel, day: Fixture.today, start: Fixture.time("15:00")))
        Self.expectNoCollisions(p, impact.visits, now: Fixture.now)
    }

    @Test func aWaitingPatientIsOnlySuggestedAnotherProviderToday() throws {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.drPatel, [])
        p.setShifts(Fixture.npKim, [])
        let waiting = try p.book(Fixture.tuan, with: Fixture.drLee, at: "10:40")
        try p.walk(waiting, arrived: Fixture.at(10, 35))
        let impact = p.absenceImpact(of: Fixture.drLee, on: [Fixture.today], now: Fixture.now)
        #expect(impact.visits.map(\.appointment.id) == [waiting])
        // No other provider today, and an arrived patient cannot be moved to another day.
        #expect(impact.visits.first?.suggestion == nil)
        let refused = domainError {
            try p.run(
                .moveAppointment(
                    waiting, day: Staffing.tuesday, start: Fixture.time("08:00"), provider: Fixture.drLee,
                    override: false))
        }
        #expect(refused?.message.contains("a waiting patient can go to another provider today") == true)
    }

    @Test func anArrivedPatientMovesToAnotherProviderTheSameDay() throws {
        var p = Fixture.staffedWeek()
        let waiting = try p.book(Fixture.tuan, with: Fixture.drLee, at: "10:40")
        try p.walk(waiting, arrived: Fixture.at(10, 35), roomed: Fixture.at(10, 40))
        try p.run(.callInSick(Fixture.drLee, day: nil), at: Fixture.at(10, 41))
        let suggestion = try #require(
            p.absenceImpact(of: Fixture.drLee, on: [Fixture.today], now: Fixture.now).visits.first?.suggestion)
        try p.run(
            .moveAppointment(
                waiting, day: suggestion.day, start: suggestion.start, provider: suggestion.provider, override: false))
        let moved = try #require(p.appointments[waiting])
        #expect(moved.provider == Fixture.drPatel && moved.day == Fixture.today && moved.start == Fixture.time("10:45"))
        #expect(moved.status == .roomed)
        #expect(!moved.overbooked)
    }

    @Test func coverCandidatesAreTheSameRoleOffThatDayUnderTheirHoursFewestFirst() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = Fixture.headCountCoverage
        func ma(_ n: Int, _ name: String, hours: Int? = nil, active: Bool = true) -> StaffID {
            p.seed(
                staff: Staff(
                    id: StaffID(n), givenName: name, familyName: "MA", role: .medicalAssistant, active: active,
                    weeklyHours: hours))
            return StaffID(n)
        }
        let mia = ma(10, "Mia"), omar = ma(11, "Omar", hours: 8), tess = ma(12, "Tess", hours: 20)
        let uma = ma(13, "Uma"), vic = ma(14, "Vic"), wes = ma(15, "Wes", active: false)
        p.setShifts(omar, on: Staffing.tuesday, ["08:00-12:00"])
        p.setShifts(tess, on: Staffing.tuesday, ["08:00-12:00"])
        p.setShifts(uma, on: Staffing.tuesday, ["13:00-15:00"])
        try p.run(.requestTimeOff(vic, from: Fixture.today, through: Fixture.today, note: ""), at: Fixture.at(7, 0))
        try p.run(.approveTimeOff(TimeOffID(1), override: true), at: Fixture.at(7, 0))
        _ = wes
        let impact = p.absenceImpact(of: Fixture.ben, on: [Fixture.today], now: Fixture.at(7, 0))
        #expect(impact.gaps.map(\.description) == ["MA 1 of 2 08:00–17:00 (1 short)"])
        let cover = try #require(impact.cover.first)
        #expect(cover.gap == impact.gaps.first)
        // Not Priya (working), Ben (the absent one), Omar (8 h cap), Vic (on leave), Wes (inactive), nor the desk.
        #expect(cover.candidates.map(\.staff.id) == [mia, uma, tess])
        #expect(cover.candidates.map(\.plannedMinutes) == [0, 120, 240])
    }
}
