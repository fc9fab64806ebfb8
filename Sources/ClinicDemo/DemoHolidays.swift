import ClinicDomain

/// US federal holidays a family practice closes for, with the usual observed-day shift (Saturday → Friday,
/// Sunday → Monday). The week of Thanksgiving then looks like the real one in the week view.
enum DemoHolidays {
    static func isClosed(_ day: LocalDate) -> Bool {
        // A holiday early next month can be observed at the end of this one (New Year's Day on a Saturday).
        let next = day.month == 12 ? (day.year + 1, 1) : (day.year, day.month + 1)
        return (holidays(year: day.year, month: day.month) + holidays(year: next.0, month: next.1))
            .contains { observed($0) == day }
    }

    private static func holidays(year: Int, month: Int) -> [LocalDate] {
        switch month {
        case 1: return [LocalDate(year: year, month: 1, day: 1)]
        case 5: return [last(.monday, year: year, month: 5)]
        case 7: return [LocalDate(year: year, month: 7, day: 4)]
        case 9: return [nth(1, .monday, year: year, month: 9)]
        case 11: return [nth(4, .thursday, year: year, month: 11)]
        case 12: return [LocalDate(year: year, month: 12, day: 25)]
        default: return []
        }
    }

    private enum Weekday: Int { case monday = 1, thursday = 4 }

    private static func nth(_ n: Int, _ weekday: Weekday, year: Int, month: Int) -> LocalDate {
        let first = LocalDate(year: year, month: month, day: 1)
        return first.adding(days: (weekday.rawValue - first.weekday + 7) % 7 + (n - 1) * 7)
    }

    private static func last(_ weekday: Weekday, year: Int, month: Int) -> LocalDate {
        let end = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))
        return end.adding(days: -((end.weekday - weekday.rawValue + 7) % 7))
    }

    private static func observed(_ day: LocalDate) -> LocalDate {
        switch day.weekday {
        case 6: return day.adding(days: -1)
        case 0: return day.adding(days: 1)
        default: return day
        }
    }
}
