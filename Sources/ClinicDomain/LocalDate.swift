import Foundation

/// A calendar day in the practice's own time zone (date of service, birth date, PTO day).
/// Stored and printed as `YYYY-MM-DD`; ordering is chronological.
/// Held as a day number (4 bytes): the large practice keeps ~200k of them in memory, and comparing, hashing and
/// day arithmetic need no calendar. Year, month and day are computed when asked.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private let number: Int32

    /// Normalises out-of-range days the way day arithmetic does (day 0 of March is the last day of February).
    public init(year: Int, month: Int, day: Int) {
        number = Int32(truncatingIfNeeded: LocalDate.dayNumber(year: year, month: month, day: day))
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// Parses `YYYY-MM-DD`, rejecting impossible days such as 2026-02-30.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: Int() alone would also take "+026-01-01" as the year 26.
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= LocalDate.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        let (y, m, d) = civil
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year = y >= 1000 ? "\(y)" : String(repeating: "0", count: max(0, 4 - "\(y)".count)) + "\(y)"
        return "\(year)-\(two(m))-\(two(d))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), so day arithmetic needs no Calendar.
    public var dayNumber: Int { Int(number) }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) { number = Int32(truncatingIfNeeded: dayNumber) }

    private var civil: (year: Int, month: Int, day: Int) {
        let z = Int(number) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((dayNumber % 7) + 11) % 7 }
    public var isWeekend: Bool { weekday == 0 || weekday == 6 }

    public static let weekdayShortNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    public static let monthShortNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `Mon 23 Nov 2026`
    public var longLabel: String {
        "\(LocalDate.weekdayShortNames[weekday]) \(day) \(LocalDate.monthShortNames[month - 1]) \(year)"
    }

    /// `Mon 23 Nov`
    public var shortLabel: String {
        "\(LocalDate.weekdayShortNames[weekday]) \(day) \(LocalDate.monthShortNames[month - 1])"
    }

    /// `11-28`
    public var monthDayLabel: String {
        let (m, d) = (month, day)
        return (m < 10 ? "0\(m)" : "\(m)") + (d < 10 ? "-0\(d)" : "-\(d)")
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not a YYYY-MM-DD date"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Minutes since local midnight, 0..<1440. `09:40` is 580.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }
    public init(hour: Int, minute: Int = 0) { self.minutes = hour * 60 + minute }

    /// Parses `H:MM` or `HH:MM` (24-hour).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        minutes = h * 60 + m
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    public var description: String {
        let (h, m) = (hour, minute)
        return (h < 10 ? "0\(h)" : "\(h)") + (m < 10 ? ":0\(m)" : ":\(m)")
    }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.minutes < rhs.minutes }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        // Stored times may run past midnight (an overnight shift ends at "30:00"); typed ones never do.
        let parts = text.split(separator: ":")
        let overnight = parts.count == 2 ? Int(parts[0]).flatMap { h in h >= 24 && h < 48 ? h : nil } : nil
        if let hour = overnight, let next = TimeOfDay("\(hour - 24):\(parts[1])") {
            self = TimeOfDay(minutes: next.minutes + 24 * 60)
            return
        }
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not an HH:MM time"))
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Converts between instants and the practice's wall clock. Domain code never reads the system clock or zone:
/// the zone comes from the practice settings and `now` is always an argument.
public struct PracticeClock: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public func day(of instant: Date) -> LocalDate {
        let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        return LocalDate(dayNumber: Int((local / 86_400).rounded(.down)))
    }

    public func timeOfDay(of instant: Date) -> TimeOfDay {
        let local = Int((instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))).rounded(.down))
        let secondsIntoDay = ((local % 86_400) + 86_400) % 86_400
        return TimeOfDay(minutes: secondsIntoDay / 60)
    }

    /// The instant at which the wall clock shows `time` on `day`.
    public func instant(_ day: LocalDate, _ time: TimeOfDay) -> Date {
        let naive = Double(day.dayNumber * 86_400 + time.minutes * 60)
        let guess = Date(timeIntervalSince1970: naive)
        let offset = Double(timeZone.secondsFromGMT(for: guess))
        let candidate = Date(timeIntervalSince1970: naive - offset)
        // Around a DST switch the offset at the guess may differ from the offset at the answer.
        let corrected = Double(timeZone.secondsFromGMT(for: candidate))
        return Date(timeIntervalSince1970: naive - corrected)
    }

    /// Minutes between two instants, rounded down, never negative.
    public static func minutes(from start: Date, to end: Date) -> Int {
        max(0, Int(end.timeIntervalSince(start) / 60))
    }
}
