import ClinicDomain
import Foundation

/// The value forms the text exports share: ISO days and instants, plain money, true/false.
enum InteropValues {
    /// `2026-11-23T15:42:00Z`: whole seconds in UTC (the store keeps instants to the millisecond; no export here
    /// needs more than seconds, and every parser reads this form).
    static func instant(_ date: Date) -> String {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down))
        let (days, second) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let dayNumber = second < 0 ? days - 1 : days
        let inDay = second < 0 ? second + 86_400 : second
        let day = LocalDate(dayNumber: dayNumber)
        return "\(day)T\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))Z"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func money(_ cents: Cents) -> String { cents.plain }

    static func flag(_ value: Bool) -> String { value ? "true" : "false" }
}
