import ClinicDemo
import ClinicDomain
import Foundation

extension Fixture {
    /// The demo seed the dashboard, its goldens and the end-to-end tests share (`clinicdesk demo --seed 42`).
    public static let seed: UInt64 = 42

    /// A generated practice on the fixture's clock and zone.
    public static func demo(
        _ size: DemoSize = .small, seed: UInt64 = seed, today: LocalDate = today,
        now: Date = now
    ) -> Practice {
        DemoPractice.generate(size: size, seed: seed, today: today, now: now, timeZone: timeZone)
    }

    /// `demo()`, generated once per test process: most tests only read it.
    public static let smallDemo = demo()
}
