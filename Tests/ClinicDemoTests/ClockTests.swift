import ClinicDemo
import ClinicDomain
import Foundation
import Testing
import TestSupport

/// The practice stays sensible whatever the clock says: before opening, after closing, on a weekend.
@Suite struct ClockTests {
    let clock = Fixture.clock
    let today = Fixture.today

    @Test(arguments: [(6, 0), (8, 5), (12, 30), (16, 55), (20, 0)])
    func invariantsHoldAllDay(hour: Int, minute: Int) {
        let now = clock.instant(today, TimeOfDay(hour: hour, minute: minute))
        let practice = Fixture.demo(seed: 11, now: now)
        let problems = DemoInvariants.problems(practice, now: now)
        #expect(problems.isEmpty, "\(hour):\(minute): \(problems.prefix(8))")
    }

    @Test func beforeOpeningNothingHasHappenedToday() {
        let now = clock.instant(today, TimeOfDay(hour: 6, minute: 0))
        let board = Fixture.demo(now: now).appointments(on: today)
        #expect(!board.isEmpty)
        #expect(board.allSatisfy { $0.status.isUpcoming || $0.status == .cancelled })
    }

    @Test func afterClosingEverythingTodayIsFinished() {
        let now = clock.instant(today, TimeOfDay(hour: 20, minute: 0))
        let board = Fixture.demo(now: now).appointments(on: today)
        #expect(board.allSatisfy { $0.status.isFinal })
        #expect(board.contains { $0.status == .checkedOut })
    }

    @Test func aWeekendIsQuietButComplete() {
        let saturday = LocalDate(year: 2026, month: 11, day: 28)
        let now = clock.instant(saturday, TimeOfDay(hour: 10, minute: 0))
        let practice = Fixture.demo(today: saturday, now: now)
        #expect(practice.appointments(on: saturday).isEmpty)
        #expect(!practice.appointments(on: saturday.adding(days: 2)).isEmpty)
        #expect(DemoInvariants.problems(practice, now: now).isEmpty)
        #expect(Set(practice.claims.values.map(\.status)).count == ClaimStatus.allCases.count)
    }

    @Test func theZoneComesFromTheArgument() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo") ?? .gmt
        let local = PracticeClock(timeZone: tokyo)
        let now = local.instant(today, TimeOfDay(hour: 10, minute: 42))
        let practice = DemoPractice.generate(size: .small, seed: 7, today: today, now: now, timeZone: tokyo)
        #expect(practice.settings.timeZoneID == "Asia/Tokyo")
        #expect(DemoInvariants.problems(practice, now: now).isEmpty)
        #expect(practice.appointments(on: today).contains { $0.status == .withProvider })
    }
}
