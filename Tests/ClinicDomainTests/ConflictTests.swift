import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Booking conflicts and the next free slot")
struct ConflictTests {
    func kinds(
        _ p: Practice, _ patient: PatientID, _ provider: StaffID, _ start: String, minutes: Int = 20,
        on day: LocalDate = Fixture.today
    ) -> [BookingConflict.Kind] {
        p.conflicts(
            provider: provider, patient: patient, day: day, start: Fixture.time(start), minutes: minutes,
            ignoring: nil
        ).map(\.kind)
    }

    @Test func aFreeSlotInsideTheShiftHasNoConflict() throws {
        let p = Fixture.staffedWeek()
        #expect(kinds(p, Fixture.renee, Fixture.drLee, "09:00").isEmpty)
    }

    @Test func providerOverlap() throws {
        var p = Fixture.staffedWeek()
        let first = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", minutes: 30)
        #expect(kinds(p, Fixture.jorge, Fixture.drLee, "09:20") == [.providerOverlap])
        #expect(kinds(p, Fixture.jorge, Fixture.drLee, "08:45", minutes: 15).isEmpty) // ends as the other starts
        #expect(kinds(p, Fixture.jorge, Fixture.drLee, "09:30").isEmpty) // starts as the other ends
        let message = p.conflicts(
            provider: Fixture.drLee, patient: Fixture.jorge, day: Fixture.today,
            start: Fixture.time("09:20"), minutes: 20, ignoring: nil
        ).first?.message
        #expect(message == "Dr Lee already has A-1 (R. Müller) 09:00–09:30")
        // A cancelled appointment frees its slot.
        try p.run(.cancel(first, reason: "patient called"), at: Fixture.at(7, 0, on: Fixture.today.adding(days: -3)))
        #expect(kinds(p, Fixture.jorge, Fixture.drLee, "09:20").isEmpty)
    }

    @Test func outsideTheShift() throws {
        let p = Fixture.staffedWeek()
        #expect(kinds(p, Fixture.renee, Fixture.drLee, "16:50") == [.outsideShift])
        #expect(kinds(p, Fixture.renee, Fixture.drLee, "07:45") == [.outsideShift])
        #expect(kinds(p, Fixture.renee, Fixture.drLee, "16:40").isEmpty)
        // No shift at all: NP Kim is off on Wednesday.
        let wednesday = Fixture.today.adding(days: 2)
        let found = p.conflicts(
            provider: Fixture.npKim, patient: Fixture.renee, day: wednesday,
            start: Fixture.time("10:00"), minutes: 20, ignoring: nil)
        #expect(found.map(\.message) == ["NP Kim has no shift on 2026-11-25"])
    }

    @Test func providerOnPTOOrSick() throws {
        var p = Fixture.staffedWeek()
        let tomorrow = Fixture.today.adding(days: 1)
        try p.run(
            .requestTimeOff(Fixture.drPatel, from: tomorrow, through: tomorrow.adding(days: 1), note: "conference"))
        // A pending request does not block booking yet; approval does.
        #expect(kinds(p, Fixture.renee, Fixture.drPatel, "10:00", on: tomorrow).isEmpty)
        try p.run(.approveTimeOff(TimeOffID(1)), actor: "manager")
        #expect(kinds(p, Fixture.renee, Fixture.drPatel, "10:00", on: tomorrow) == [.providerOff])
        try p.run(.callInSick(Fixture.drLee, day: nil))
        let sick = p.conflicts(
            provider: Fixture.drLee, patient: Fixture.renee, day: Fixture.today,
            start: Fixture.time("13:00"), minutes: 20, ignoring: nil)
        #expect(sick.map(\.message) == ["Dr Lee is out sick on 2026-11-23 (R-2)"])
    }

    @Test func patientDoubleBooked() throws {
        var p = Fixture.staffedWeek()
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00")
        #expect(kinds(p, Fixture.renee, Fixture.drPatel, "09:10") == [.patientDoubleBooked])
        #expect(kinds(p, Fixture.renee, Fixture.drLee, "09:10") == [.providerOverlap, .patientDoubleBooked])
    }

    @Test func bookingRefusesAConflictAndOverrideOverbooks() throws {
        var p = Fixture.staffedWeek()
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00")
        let error = try #require(domainError { _ = try p.book(Fixture.jorge, with: Fixture.drLee, at: "09:10") })
        #expect(
            error.message == "Not booked: Dr Lee already has A-1 (R. Müller) 09:00–09:20. Add --override to overbook.")
        #expect(p.appointments.count == 1)
        let id = try p.book(Fixture.jorge, with: Fixture.drLee, at: "09:10", override: true)
        let overbooked = try #require(p.appointments[id])
        #expect(overbooked.overbooked)
        #expect(overbooked.history.first?.note == "overbooked")
        // A clean booking is not marked.
        let clean = try p.book(Fixture.tuan, with: Fixture.drLee, at: "11:00")
        #expect(p.appointments[clean]?.overbooked == false)
    }

    @Test func bookingOnlyWithProviders() throws {
        var p = Fixture.staffedWeek()
        let error = try #require(domainError { _ = try p.book(Fixture.renee, with: Fixture.ana, at: "09:00") })
        #expect(error.message.contains("S-3 (Ana Ruiz) is a receptionist, not a provider"))
        #expect(
            domainError { _ = try p.book(PatientID(99), with: Fixture.drLee, at: "09:00") }?.message
                == "There is no patient P-99.")
    }

    @Test func movingChecksConflictsIgnoringItself() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", minutes: 30)
        _ = try p.book(Fixture.jorge, with: Fixture.drLee, at: "10:00")
        // Sliding into its own old slot is fine.
        try p.run(
            .moveAppointment(a, day: Fixture.today, start: Fixture.time("09:10"), provider: nil, override: false),
            at: Fixture.at(7, 0))
        #expect(
            domainError {
                try p.run(
                    .moveAppointment(
                        a, day: Fixture.today, start: Fixture.time("09:50"), provider: nil, override: false),
                    at: Fixture.at(7, 0))
            }?.message.hasPrefix("Not moved: Dr Lee already has A-2") == true)
        let tomorrow = Fixture.today.adding(days: 1)
        try p.run(
            .moveAppointment(
                a, day: tomorrow, start: Fixture.time("09:00"), provider: Fixture.drPatel, override: false),
            at: Fixture.at(7, 0))
        #expect(p.appointments(on: Fixture.today).map(\.id) == [AppointmentID(2)])
        #expect(p.appointments(on: tomorrow).map(\.id) == [a])
        #expect(p.appointments[a]?.provider == Fixture.drPatel)
        #expect(p.appointments[a]?.history.last?.note == "rescheduled from 2026-11-23 09:10")
    }

    @Test func nextFreeSlotSkipsBookedTime() throws {
        var p = Fixture.staffedWeek()
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:45", minutes: 30)
        _ = try p.book(Fixture.jorge, with: Fixture.drLee, at: "11:15", minutes: 20)
        let slot = try #require(
            p.nextFreeSlot(provider: Fixture.drLee, minutes: 20, from: Fixture.today, after: Fixture.time("10:42")))
        // 10:45 is the next grid time; 10:45–11:35 is taken; 11:45 is the next 15-minute mark after 11:35.
        #expect(slot.day == Fixture.today)
        #expect(slot.start == Fixture.time("11:45"))
        let early = try #require(
            p.nextFreeSlot(provider: Fixture.drLee, minutes: 15, from: Fixture.today, after: Fixture.time("10:15")))
        #expect(early.start == Fixture.time("10:15"))
    }

    @Test func nextFreeSlotRespectsTheShiftEnd() throws {
        let p = Fixture.staffedWeek()
        let slot = try #require(
            p.nextFreeSlot(provider: Fixture.drLee, minutes: 40, from: Fixture.today, after: Fixture.time("16:25")))
        #expect(slot.day == Fixture.today.adding(days: 1))
        #expect(slot.start == Fixture.time("08:00"))
        let fits = try #require(
            p.nextFreeSlot(provider: Fixture.drLee, minutes: 30, from: Fixture.today, after: Fixture.time("16:25")))
        #expect(fits.day == Fixture.today && fits.start == Fixture.time("16:30"))
    }

    @Test func nextFreeSlotSkipsThePlannedBreak() throws {
        var p = Fixture.staffedWeek()
        let lunch = try #require(p.shifts(on: Fixture.today).first { $0.staff == Fixture.drLee })
        p.shifts.modify(lunch.id) {
            $0.breakStart = Fixture.time("12:00"); $0.breakMinutes = 30
        }
        // 11:45–12:05 would run into the 12:00–12:30 lunch: the next slot is 12:30, and it books.
        let slot = try #require(
            p.nextFreeSlot(provider: Fixture.drLee, minutes: 20, from: Fixture.today, after: Fixture.time("11:45")))
        #expect(slot.day == Fixture.today && slot.start == Fixture.time("12:30"))
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "12:30", minutes: 20)
    }

    @Test func nextFreeSlotSkipsTimeOffAndDaysWithoutShifts() throws {
        var p = Fixture.staffedWeek()
        try p.run(.requestTimeOff(Fixture.npKim, from: Fixture.today, through: Fixture.today.adding(days: 1), note: ""))
        try p.run(.approveTimeOff(TimeOffID(1)), actor: "manager")
        // Mon and Tue on PTO, Wednesday no shift: Thursday 08:00.
        let slot = try #require(
            p.nextFreeSlot(provider: Fixture.npKim, minutes: 20, from: Fixture.today, after: Fixture.time("08:00")))
        #expect(slot.day == Fixture.today.adding(days: 3))
        #expect(slot.start == Fixture.time("08:00"))
        // Nothing within the search window.
        #expect(
            p.nextFreeSlot(
                provider: Fixture.npKim, minutes: 20, from: Fixture.today, after: Fixture.time("08:00"), days: 3) == nil
        )
    }
}
