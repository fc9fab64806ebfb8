import ClinicDomain
import Foundation
import Testing
import TestSupport

/// Shifts end by the wall clock, not at start plus their length, and an overnight shift reaches into the next day.
@Suite("Shifts on the wall clock")
struct ShiftWallClockTests {
    /// Sunday 1 November 2026: New York falls back from 02:00 EDT to 01:00 EST.
    static let fallBack = LocalDate(year: 2026, month: 11, day: 1)

    @Test func aDayShiftOnTheFallBackDayEndsAtFivePM() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .addShift(
                Fixture.ana, day: Self.fallBack, start: Fixture.time("08:00"), end: Fixture.time("17:00"), role: nil))
        let at1630 = Fixture.at(16, 30, on: Self.fallBack)
        let ana = try #require(p.rosterRows(on: Self.fallBack, now: at1630).first { $0.staff.id == Fixture.ana })
        #expect(ana.status == .onDuty(until: Fixture.time("17:00")))
        let shift = try #require(ana.shift)
        // 08:00–17:00 starts after the change: nine hours. 00:00–08:00 holds the repeated hour: nine, not eight.
        #expect(shift.elapsedMinutes(clock: p.clock) == 9 * 60)
        try p.run(
            .addShift(
                Fixture.joe, day: Self.fallBack, start: Fixture.time("00:00"), end: Fixture.time("08:00"), role: nil))
        let night = try #require(p.shifts(on: Self.fallBack).first { $0.staff == Fixture.joe })
        #expect(night.elapsedMinutes(clock: p.clock) == 9 * 60)
    }

    @Test func anOvernightShiftClashesWithTheNextMorningsShift() throws {
        var p = Fixture.staffedWeek()
        let tuesday = Fixture.today.adding(days: 1)
        try p.run(
            .addShift(Fixture.joe, day: tuesday, start: Fixture.time("05:00"), end: Fixture.time("13:00"), role: nil))
        let refusal = try #require(
            throws: DomainError.self,
            performing: {
                try p.run(
                    .addShift(
                        Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("06:00"),
                        role: nil))
            })
        #expect(refusal.message.contains("already works 05:00–13:00"), "\(refusal.message)")
        // Ending at 05:00 it fits, and reads as the next morning's.
        try p.run(
            .addShift(
                Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("05:00"), role: nil))
        let night = try #require(p.shifts(on: Fixture.today).first { $0.staff == Fixture.joe })
        #expect(night.hours() == "22:00–05:00+1")
        #expect(night.isOvernight)
    }
}
