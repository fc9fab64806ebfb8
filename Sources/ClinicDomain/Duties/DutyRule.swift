import Foundation

/// When a recurring duty falls due: every day (or only on some weekdays), a weekday each week, a day each month,
/// quarter or year. A day past the month's end means the month's last day — "monthly 31" is Nov 30 and Feb 28,
/// and "yearly 02-29" is Feb 28 in a common year — so a duty never skips a month or a year.
public enum DutyRule: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Weekdays as `LocalDate.weekday` counts them (0 Sunday … 6 Saturday); all seven for every day.
    case daily(weekdays: [Int])
    case weekly(weekday: Int)
    /// 1…31; a day past the month's end is its last day.
    case monthly(day: Int)
    /// `month` 1…3 within each quarter (1: Jan, Apr, Jul, Oct), `day` as for monthly.
    case quarterly(month: Int, day: Int)
    case yearly(month: Int, day: Int)

    public static let everyDay = DutyRule.daily(weekdays: Array(0...6))
    public static let workingDays = DutyRule.daily(weekdays: [1, 2, 3, 4, 5])

    /// Whether the duty falls due on `day`.
    public func occurs(on day: LocalDate) -> Bool {
        switch self {
        case .daily(let weekdays): return weekdays.contains(day.weekday)
        case .weekly(let weekday): return day.weekday == weekday
        case .monthly(let wanted): return day.day == Self.clamped(wanted, month: day.month, year: day.year)
        case .quarterly(let month, let wanted):
            return (day.month - 1) % 3 + 1 == month && day.day == Self.clamped(wanted, month: day.month, year: day.year)
        case .yearly(let month, let wanted):
            return day.month == month && day.day == Self.clamped(wanted, month: month, year: day.year)
        }
    }

    /// The first day after `day` the duty falls due. Every rule falls due at least once a year, so the walk is
    /// bounded (a year and a day).
    public func next(after day: LocalDate) -> LocalDate? {
        var candidate = day.adding(days: 1)
        for _ in 0..<367 {
            if occurs(on: candidate) { return candidate }
            candidate = candidate.adding(days: 1)
        }
        return nil
    }

    /// The days in `from...through` the duty falls due, oldest first.
    public func occurrences(from: LocalDate, through: LocalDate) -> [LocalDate] {
        guard from <= through else { return [] }
        return (from.dayNumber...through.dayNumber).map(LocalDate.init(dayNumber:)).filter(occurs(on:))
    }

    private static func clamped(_ day: Int, month: Int, year: Int) -> Int {
        min(day, LocalDate.daysIn(month: month, year: year))
    }

    // MARK: - Text: `daily`, `weekdays`, `weekly mon`, `monthly 31`, `monthly last`, `quarterly 1-15`, `yearly 02-29`

    public var description: String {
        switch self {
        case .daily(let weekdays) where weekdays.sorted() == Array(0...6): return "daily"
        case .daily(let weekdays) where weekdays.sorted() == [1, 2, 3, 4, 5]: return "weekdays"
        case .daily(let weekdays):
            return "daily "
                + weekdays.sorted().map { LocalDate.weekdayShortNames[$0].lowercased() }.joined(separator: ",")
        case .weekly(let weekday): return "weekly \(LocalDate.weekdayShortNames[weekday].lowercased())"
        case .monthly(let day): return day >= 31 ? "monthly last" : "monthly \(day)"
        case .quarterly(let month, let day): return "quarterly \(month)-" + (day >= 31 ? "last" : "\(day)")
        case .yearly(let month, let day): return "yearly " + Self.twoDigits(month) + "-" + Self.twoDigits(day)
        }
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Parses the forms `description` prints; nil with the reason in `error` otherwise.
    public static func parse(_ text: String) -> Result<DutyRule, DutyRuleError> {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let kind = words.first else { return .failure(DutyRuleError(usage)) }
        let argument = words.count > 1 ? words[1] : nil
        guard words.count <= 2 else { return .failure(DutyRuleError(usage)) }
        switch (kind, argument) {
        case ("daily", nil): return .success(.everyDay)
        case ("weekdays", nil): return .success(.workingDays)
        case ("daily", let days?):
            var found: [Int] = []
            for name in days.split(separator: ",") {
                guard let weekday = weekday(String(name)) else {
                    return .failure(DutyRuleError("'\(name)' is not a weekday (mon, tue, … sun)"))
                }
                found.append(weekday)
            }
            return .success(.daily(weekdays: Array(Set(found)).sorted()))
        case ("weekly", let name?):
            guard let weekday = weekday(name) else {
                return .failure(DutyRuleError("'\(name)' is not a weekday (mon, tue, … sun)"))
            }
            return .success(.weekly(weekday: weekday))
        case ("monthly", let day?):
            guard let day = dayOfMonth(day) else {
                return .failure(DutyRuleError("'\(day)' is not a day of the month (1–31 or last)"))
            }
            return .success(.monthly(day: day))
        case ("quarterly", let text?):
            let parts = text.split(separator: "-").map(String.init)
            guard parts.count == 2, let month = Int(parts[0]), (1...3).contains(month), let day = dayOfMonth(parts[1])
            else {
                return .failure(DutyRuleError("'\(text)' is not MONTH-DAY within a quarter (1-15, 3-last)"))
            }
            return .success(.quarterly(month: month, day: day))
        case ("yearly", let text?):
            let parts = text.split(separator: "-").map(String.init)
            guard parts.count == 2, let month = Int(parts[0]), (1...12).contains(month), let day = Int(parts[1]),
                (1...LocalDate.daysIn(month: month, year: 2024)).contains(day)
            else {
                return .failure(DutyRuleError("'\(text)' is not a MM-DD date (12-31, 02-29)"))
            }
            return .success(.yearly(month: month, day: day))
        default:
            return .failure(DutyRuleError(usage))
        }
    }

    public static let usage =
        "a rule: daily, weekdays, daily mon,thu, weekly fri, monthly 15, monthly last, quarterly 1-15, yearly 02-29"

    private static func weekday(_ name: String) -> Int? {
        LocalDate.weekdayShortNames.firstIndex { $0.lowercased() == String(name.prefix(3)) && name.count >= 3 }
    }

    private static func dayOfMonth(_ text: String) -> Int? {
        if text == "last" { return 31 }
        guard let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }
}

extension DutyRule {
    /// Stored as its text (`"monthly last"`), so the settings JSON reads as the command line writes it.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch Self.parse(text) {
        case .success(let rule): self = rule
        case .failure(let error):
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

public struct DutyRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
