/// How far from today a typed-in date may be, per kind of date: a birth date is not in the future, a follow-up not
/// in the past, nothing is years away. `today` is always an argument (the practice's day of `now`).
/// Checked by `Practice.validate` (the rule of record) and, when the caller knows today, by the command language
/// (so the error has the word's column). A refusal names the field, the window and its two ends.
public struct DateWindow: Sendable, Equatable {
    public let field: String
    /// The window in words, as errors say it ("within 2 years of today").
    public let rule: String
    let earliest: Bound
    let latest: Bound

    enum Bound: Sendable, Equatable {
        case fixed(LocalDate)
        /// Today moved by this many years (a 29 February lands on 1 March).
        case yearsFromToday(Int)

        func day(today: LocalDate) -> LocalDate {
            switch self {
            case .fixed(let day): return day
            case .yearsFromToday(let years):
                return LocalDate(year: today.year + years, month: today.month, day: today.day)
            }
        }
    }

    static func aroundToday(_ field: String, years: Int) -> DateWindow {
        DateWindow(
            field: field, rule: "within \(years) years of today", earliest: .yearsFromToday(-years),
            latest: .yearsFromToday(years))
    }

    // MARK: the table

    public static let birthDate = DateWindow(
        field: "birth date", rule: "between 1900-01-01 and today",
        earliest: .fixed(LocalDate(year: 1900, month: 1, day: 1)), latest: .yearsFromToday(0))
    /// A sick call is usually today; recording one late (or ahead, for surgery) stays within two years.
    public static let sickDay = aroundToday("sick day", years: 2)
    public static let timeOffStart = aroundToday("first day off", years: 2)
    public static let timeOffEnd = aroundToday("last day off", years: 2)
    /// A payer follow-up is a promise to call: not in the past, and within a year.
    public static let followUp = DateWindow(
        field: "follow-up date", rule: "from today to a year ahead", earliest: .yearsFromToday(0),
        latest: .yearsFromToday(1))
    public static let appointmentDay = aroundToday("appointment day", years: 2)
    public static let taskDue = aroundToday("due date", years: 2)
    public static let shiftDay = aroundToday("shift day", years: 2)
    /// Licences run two to five years; a credential recorded long expired (history) is still accepted.
    public static let credentialExpiry = DateWindow(
        field: "expiry date", rule: "within ten years of today", earliest: .yearsFromToday(-10),
        latest: .yearsFromToday(10))

    public static let all: [DateWindow] = [
        birthDate, sickDay, timeOffStart, timeOffEnd, followUp, appointmentDay, taskDue, shiftDay,
        credentialExpiry,
    ]

    // MARK: checking

    /// The first and last allowed day, given today.
    public func range(today: LocalDate) -> ClosedRange<LocalDate> {
        earliest.day(today: today)...latest.day(today: today)
    }

    /// Refuses `day` outside the window: `birth date: 2030-01-01 is not between 1900-01-01 and today
    /// (1900-01-01 through 2026-11-23)`.
    public func check(_ day: LocalDate, today: LocalDate) throws(FieldViolation) {
        let allowed = range(today: today)
        guard !allowed.contains(day) else { return }
        throw FieldViolation(
            field: field, rule: "\(day) is not \(rule) (\(allowed.lowerBound) through \(allowed.upperBound))")
    }
}
