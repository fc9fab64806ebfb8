import ClinicDomain
import Foundation

/// The one test fixture: a fixed clock (Monday 2026-11-23, 10:42 in New York), the demo seed, and the hand-built
/// practices every test target starts from (`staffedWeek`, `busyDesk`, `FlowMorning`, `demo`). A screen or a
/// rule checked against it reads the same on any machine, on any day, in any zone.
public enum Fixture {
    public static let zoneID = "America/New_York"
    public static let timeZone = TimeZone(identifier: zoneID) ?? TimeZone(secondsFromGMT: -5 * 3600) ?? .gmt
    public static let today = LocalDate(year: 2026, month: 11, day: 23)
    public static let clock = PracticeClock(timeZone: timeZone)
    public static let now = at(10, 42)

    /// The instant the practice's wall clock shows `hour:minute` on `day`.
    public static func at(_ hour: Int, _ minute: Int, on day: LocalDate = today) -> Date {
        clock.instant(day, TimeOfDay(hour: hour, minute: minute))
    }

    /// "HH:MM" in a test; a typo stops the run rather than testing the wrong time.
    public static func time(_ text: String) -> TimeOfDay {
        guard let time = TimeOfDay(text) else { fatalError("bad time \(text) in a test") }
        return time
    }

    /// "YYYY-MM-DD" in a test.
    public static func day(_ text: String) -> LocalDate {
        guard let day = LocalDate(text) else { fatalError("bad date \(text) in a test") }
        return day
    }
}
