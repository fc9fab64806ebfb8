#if DEBUG
    @testable import ClinicDemo
#else
    import ClinicDemo
#endif
import ClinicDomain
import Foundation
import Testing
import TestSupport

/// The benchmark practice of docs/PERFORMANCE.md. A full year takes ~1 s to generate in release but 10–15 s in a debug
/// build,
/// so debug runs check the large practice on two months of history and extrapolate the year; release runs
/// (`swift test -c release --filter ClinicDemoTests`) generate and check the real thing.
@Suite struct LargePracticeTests {
    let today = Fixture.today

    /// Checks the large practice; returns the year of appointments it implies (history density × a year's
    /// weekdays + the month booked ahead), which is the real count when the history is a full year.
    @discardableResult
    func check(_ practice: Practice, pastDays: Int) -> Double {
        #expect(practice.providers.count == 20)
        #expect(practice.staff.count == 60)
        #expect(practice.staff.values.filter { $0.role == .medicalAssistant }.count == 22)
        let past = practice.appointments.values.filter { $0.day < today }
        let ahead = practice.appointments.count - past.count
        let perWeekday =
            Double(past.count)
            / Double(Self.weekdays(from: today.adding(days: -pastDays), through: today.adding(days: -1)))
        #expect((330...400).contains(perWeekday), "\(perWeekday) appointments a past weekday")
        let seen = past.filter { $0.status == .checkedOut }.count
        let claimsPerVisit = Double(practice.claims.count) / Double(max(1, seen))
        // Every finished visit is billed but a handful of recent ones (plus the synthetic stories).
        #expect((0.95...1.02).contains(claimsPerVisit), "\(claimsPerVisit) claims per finished visit")
        #expect(practice.appointments(on: today.adding(days: 30)).count > 100)
        for status in FlowStatus.allCases {
            #expect(practice.appointments(on: today).contains { $0.status == status }, "no \(status) today")
        }
        #expect(Set(practice.claims.values.map(\.status)).count == ClaimStatus.allCases.count)
        #expect(practice.tasks.values.filter { $0.column == .doing }.count == 3)
        // Staffing: a credential in every warning window, today's started shifts punched (but the one not in
        // yet and the sick), and under the standard rules a normal day without more than a few gaps.
        let expiring = practice.expiringCredentials(today: today)
        for window in [0, 30, 60, 90] { #expect(expiring.contains { $0.window == window }, "no \(window)") }
        let tenFortyTwo = practice.clock.timeOfDay(of: Fixture.now)
        let sick = Set(practice.timeOff.values.filter { $0.kind == .sick && $0.includes(today) }.map(\.staff))
        let unpunched = practice.shifts(on: today).filter {
            $0.start <= tenFortyTwo && $0.clockedIn == nil && !sick.contains($0.staff)
        }
        #expect(unpunched.count == 1, "\(unpunched.map(\.id))")
        #expect(practice.coverageGaps(on: today).count <= 4, "\(practice.coverageGaps(on: today))")
        if ProcessInfo.processInfo.environment["PRINT_GAPS"] != nil {
            for offset in -7...11 {
                print("GAPS \(today.adding(days: offset)): \(practice.coverageGaps(on: today.adding(days: offset)))")
            }
        }
        let problems = DemoInvariants.problems(practice, now: Fixture.now)
        #expect(problems.isEmpty, "\(problems.count) problems: \(problems.prefix(8))")
        return perWeekday * Double(Self.weekdays(from: today.adding(days: -365), through: today.adding(days: -1)))
            + Double(ahead)
    }

    static func weekdays(from: LocalDate, through: LocalDate) -> Int {
        (0...from.days(until: through)).filter { !from.adding(days: $0).isWeekend }.count
    }

    #if DEBUG
        @Test func twoMonthsOfTheLargePracticeScaleToAYear() {
            var scale = DemoScale.of(.large)
            scale.pastDays = 60
            scale.taskHistoryDays = 60
            let practice = DemoPractice.generate(
                size: .large, scale: scale, seed: 7, today: today, now: Fixture.now,
                timeZone: Fixture.timeZone)
            let year = check(practice, pastDays: 60)
            #expect((90_000...110_000).contains(year), "extrapolated \(year) appointments a year")
        }
    #else
        @Test func isTheSizeTheBenchmarksExpect() {
            let started = ContinuousClock.now
            let practice = DemoPractice.generate(
                size: .large, seed: 7, today: today, now: Fixture.now,
                timeZone: Fixture.timeZone)
            print("large practice generated in \(ContinuousClock.now - started)")
            #expect(
                (90_000...110_000).contains(practice.appointments.count), "\(practice.appointments.count) appointments")
            #expect((80_000...95_000).contains(practice.claims.count), "\(practice.claims.count) claims")
            #expect((1_800...2_200).contains(practice.tasks.count), "\(practice.tasks.count) tasks")
            #expect(practice.shifts.count > 15_000)
            #expect(practice.appointments(on: today.adding(days: -360)).count > 200)
            let year = check(practice, pastDays: 365)
            #expect(abs(year - Double(practice.appointments.count)) < 1_000)
        }
    #endif
}
