import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Waits and flow metrics on an injected clock")
struct WaitAndMetricsTests {
    @Test func theWaitRisesAsNowAdvancesAndStopsWhenSeen() throws {
        var p = Fixture.staffedWeek()
        // Booked for 10:05, arrived 10:08: the wait runs from the arrival (an early patient's would run from 10:05).
        let id = try p.book(Fixture.xiaoming, with: Fixture.drPatel, at: "10:05")
        try p.walk(id, arrived: Fixture.at(10, 8))
        let at1030 = try #require(p.flowBoard(on: Fixture.today, now: Fixture.at(10, 30)).first)
        #expect(at1030.waitMinutes == 22)
        #expect(at1030.waitLevel == .warn)
        #expect(at1030.minutesInStatus == 22)
        let at1042 = try #require(p.flowBoard(on: Fixture.today, now: Fixture.now).first)
        #expect(at1042.waitMinutes == 34)
        #expect(at1042.waitLevel == .late)
        #expect(at1042.patient?.shortName == "王小明")
        #expect(at1042.provider?.displayName == "Dr Patel")
        // Roomed: still waiting for the provider, so the total wait runs on; time in status restarts.
        try p.walk(id, roomed: Fixture.at(10, 45))
        let roomed = try #require(p.flowBoard(on: Fixture.today, now: Fixture.at(10, 50)).first)
        #expect(roomed.waitMinutes == 42)
        #expect(roomed.minutesInStatus == 5)
        #expect(roomed.appointment.room == "1")
        // With the provider: the wait stops at 47 minutes and is no longer an alarm.
        try p.walk(id, seen: Fixture.at(10, 55))
        let seen = try #require(p.flowBoard(on: Fixture.today, now: Fixture.at(11, 30)).first)
        #expect(seen.waitMinutes == 47)
        #expect(seen.waitLevel == .ok)
        #expect(seen.minutesInStatus == 35)
        try p.walk(id, out: Fixture.at(11, 40))
        let out = try #require(p.flowBoard(on: Fixture.today, now: Fixture.at(12, 0)).first)
        #expect(out.waitMinutes == 47)
        #expect(out.minutesInStatus == nil)
    }

    @Test(arguments: [(0, WaitLevel.ok), (14, .ok), (15, .warn), (29, .warn), (30, .late), (90, .late)])
    func waitLevelsFollowTheSettings(minutes: Int, level: WaitLevel) throws {
        var p = Fixture.staffedWeek()
        let id = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00")
        try p.walk(id, arrived: Fixture.at(9, 0))
        let now = Fixture.at(9, 0).addingTimeInterval(Double(minutes * 60))
        #expect(p.flowBoard(on: Fixture.today, now: now).first?.waitLevel == level)
    }

    @Test func notArrivedRowsShowLatenessAndNoWait() throws {
        var p = Fixture.staffedWeek()
        let id = try p.book(Fixture.tuan, with: Fixture.drLee, at: "10:20")
        var row = try #require(p.flowBoard(on: Fixture.today, now: Fixture.at(10, 0)).first)
        #expect(row.lateToStart == nil)
        #expect(row.waitMinutes == nil)
        #expect(row.waitLevel == .none)
        #expect(row.minutesInStatus == nil)
        row = try #require(p.flowBoard(on: Fixture.today, now: Fixture.now).first)
        #expect(row.lateToStart == 22)
        try p.walk(id, arrived: Fixture.now)
        #expect(p.flowBoard(on: Fixture.today, now: Fixture.now).first?.lateToStart == nil)
    }

    @Test func flowBoardIsInTimeOrderAndFilters() throws {
        var p = Fixture.staffedWeek()
        let late = try p.book(Fixture.renee, with: Fixture.drLee, at: "11:00")
        let early = try p.book(Fixture.jorge, with: Fixture.drPatel, at: "09:00")
        let mid = try p.book(Fixture.tuan, with: Fixture.drLee, at: "10:00")
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", on: Fixture.today.adding(days: 1))
        try p.walk(mid, arrived: Fixture.at(9, 50))
        let board = p.flowBoard(on: Fixture.today, now: Fixture.now)
        #expect(board.map(\.appointment.id) == [early, mid, late])
        #expect(
            p.flowBoard(on: Fixture.today, now: Fixture.now, provider: Fixture.drLee).map(\.appointment.id) == [
                mid, late,
            ])
        #expect(p.flowBoard(on: Fixture.today, now: Fixture.now, statuses: [.arrived]).map(\.appointment.id) == [mid])
        #expect(
            p.flowBoard(on: Fixture.today, now: Fixture.now, provider: Fixture.drPatel, statuses: [.arrived]).isEmpty)
    }

    /// Today at 10:42: one seen on time, one seen late, one roomed, one waiting, one no-show, one cancelled, one due
    /// later.
    func busyMorning() throws -> Practice {
        var p = Fixture.staffedWeek()
        let seenOnTime = try p.book(Fixture.renee, with: Fixture.drLee, at: "08:00")
        try p.walk(
            seenOnTime, arrived: Fixture.at(7, 55), roomed: Fixture.at(8, 0), seen: Fixture.at(8, 5),
            out: Fixture.at(8, 25))
        let seenLate = try p.book(Fixture.jorge, with: Fixture.drPatel, at: "08:30")
        try p.walk(seenLate, arrived: Fixture.at(8, 20), roomed: Fixture.at(8, 40), seen: Fixture.at(8, 50))
        let roomed = try p.book(Fixture.tuan, with: Fixture.drLee, at: "10:00")
        try p.walk(roomed, arrived: Fixture.at(10, 0), roomed: Fixture.at(10, 30))
        let waiting = try p.book(Fixture.xiaoming, with: Fixture.drPatel, at: "10:20")
        try p.walk(waiting, arrived: Fixture.at(10, 8))
        let noShow = try p.book(Fixture.renee, with: Fixture.npKim, at: "09:00")
        try p.run(.noShow(noShow), at: Fixture.at(9, 20))
        let cancelled = try p.book(Fixture.jorge, with: Fixture.npKim, at: "09:30")
        try p.run(.cancel(cancelled, reason: "sick child"), at: Fixture.at(7, 0))
        _ = try p.book(Fixture.tuan, with: Fixture.npKim, at: "14:00")
        return p
    }

    @Test func metricsCountTheDay() throws {
        let p = try busyMorning()
        let m = p.flowMetrics(on: Fixture.today, now: Fixture.now)
        #expect(m.booked == 6)
        #expect(m.waitingNow == 2)
        #expect(m.longestWaitMinutes == 42)
        // Waits run from the later of the start and the arrival: 5 (08:00 → 08:05), 20 (08:30 → 08:50), 42 (roomed,
        // live), 22 (waiting since 10:20, live) → 22.
        #expect(m.averageWaitMinutes == 22)
        // Started and held a slot: 08:00, 08:30, 09:00 no-show, 10:00, 10:20 → 1 of 5.
        #expect(m.noShowRate == 0.2)
        // Seen: 08:05 for 08:00 (on time), 08:50 for 08:30 (20 late) → half.
        #expect(m.onTimeStarts == 0.5)
        #expect(m.remaining == 3)
        #expect(
            m.countsByStatus == [
                .checkedOut: 1, .withProvider: 1, .roomed: 1, .arrived: 1, .noShow: 1,
                .cancelled: 1, .scheduled: 1,
            ])
    }

    @Test func metricsMoveWithTheClock() throws {
        let p = try busyMorning()
        let later = p.flowMetrics(on: Fixture.today, now: Fixture.at(11, 2))
        #expect(later.longestWaitMinutes == 62)
        // 5, 20, 62 and 42 (from the 10:20 start, not the 10:08 arrival) → 32.
        #expect(later.averageWaitMinutes == 32)
        let empty = Fixture.staffedWeek().flowMetrics(on: Fixture.today, now: Fixture.now)
        #expect(
            empty
                == FlowMetrics(
                    booked: 0, waitingNow: 0, longestWaitMinutes: nil, averageWaitMinutes: nil,
                    noShowRate: nil, onTimeStarts: nil, remaining: 0, countsByStatus: [:]))
    }

    @Test func aLateArrivalDoesNotMakeTheProviderLate() throws {
        var p = Fixture.staffedWeek()
        let id = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00")
        try p.walk(id, arrived: Fixture.at(9, 40), seen: Fixture.at(9, 45))
        #expect(p.flowMetrics(on: Fixture.today, now: Fixture.now).onTimeStarts == 1.0)
    }

    @Test func waitsCountRealMinutesAcrossTheFallBackHour() throws {
        var p = Fixture.staffedWeek()
        let fall = Fixture.day("2026-11-01")
        p.seed(
            shift: Shift(
                id: ShiftID(99), staff: Fixture.drLee, day: fall, start: Fixture.time("00:00"),
                end: Fixture.time("06:00"), role: .physician))
        let id = try p.book(Fixture.renee, with: Fixture.drLee, at: "00:30", on: fall)
        try p.walk(id, arrived: Fixture.at(0, 30, on: fall))
        // 00:30 → 03:30 on the wall clock is four real hours that night.
        let row = try #require(p.flowBoard(on: fall, now: Fixture.at(3, 30, on: fall)).first)
        #expect(row.waitMinutes == 240)
    }
}
