import ClinicDemo
import ClinicDomain
import Foundation

/// The fixed clock every demo test uses: Monday 23 Nov 2026, 10:42 in New York.
enum DemoFixture {
    static let zone = TimeZone(identifier: "America/New_York") ?? TimeZone(secondsFromGMT: -5 * 3600)!
    static let today = LocalDate(year: 2026, month: 11, day: 23)
    static let clock = PracticeClock(timeZone: zone)
    static let now = clock.instant(today, TimeOfDay(hour: 10, minute: 42))

    static func small(seed: UInt64 = 7, now: Date = now, today: LocalDate = today) -> Practice {
        DemoPractice.generate(size: .small, seed: seed, today: today, now: now, timeZone: zone)
    }

    /// Generated once per test process: the large practice is worth reusing.
    static let small7 = small()
}
