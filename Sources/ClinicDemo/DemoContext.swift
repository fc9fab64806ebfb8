import ClinicDomain
import Foundation

/// The state shared while one practice is generated: the clock, the practice under construction and the
/// people the scenarios refer to ("the receptionist who called in sick", "the provider running late").
struct DemoContext {
    let size: DemoSize
    let scale: DemoScale
    let seed: UInt64
    let today: LocalDate
    let now: Date
    let clock: PracticeClock
    /// Minutes between the start of `today` and `now` (negative before today, beyond 1440 after it), so that
    /// "past or future?" is one integer comparison for any day.
    let nowMinute: Int
    let firstDay: LocalDate
    let lastDay: LocalDate
    var practice: Practice
    var team: [DemoMember] = []
    var established: [PatientID] = []
    var newcomers: [PatientID] = []
    /// Approved leave by person and day: no shift on planned leave (vacation, training, unpaid); a sick day keeps
    /// its shift (the call-out came after the roster was made) and cancels the provider's visits.
    var ptoDays: Set<StaffDay> = []
    var sickDays: Set<StaffDay> = []
    /// Finished visits, in the order they happened: what the claims are made from.
    var visitsToBill: [ClaimSource] = []
    /// How often each of today's flow-board stories has been placed (see `applyTodaysStories`).
    var storiesTold: [String: Int] = [:]
    /// First and last day that carry appointments.
    let scheduleStart: LocalDate
    let scheduleEnd: LocalDate
    /// Midnight of each day in the window as an instant, computed once: zone lookups are slow and the large
    /// practice asks for half a million stamps. Offsets are taken at noon, after any 02:00 DST switch.
    private var midnights: [Date] = []

    init(
        size: DemoSize, scale: DemoScale, seed: UInt64, today: LocalDate, now: Date, timeZone: TimeZone,
        settings: PracticeSettings
    ) {
        self.size = size
        self.scale = scale
        self.seed = seed
        self.today = today
        self.now = DomainCoding.wholeSecond(now)
        clock = PracticeClock(timeZone: timeZone)
        let nowDay = clock.day(of: self.now)
        nowMinute = today.days(until: nowDay) * 1440 + clock.timeOfDay(of: self.now).minutes
        // Claims reach further back than appointments (A/R aging needs 120+ days).
        scheduleStart = today.adding(days: -scale.pastDays)
        // The small practice books through the end of next week, whatever weekday today is.
        let nextFriday = today.adding(days: 11 - (today.weekday + 6) % 7)
        scheduleEnd = max(today.adding(days: scale.futureDays), nextFriday)
        // Claims reach further back than appointments (A/R aging needs 120+ days).
        firstDay = today.adding(days: -max(scale.pastDays, scale.syntheticClaimDays) - 7)
        lastDay = scheduleEnd.adding(days: 7)
        practice = Practice(settings: settings)
        var midnights: [Date] = []
        midnights.reserveCapacity(firstDay.days(until: lastDay) + 1)
        var day = firstDay
        while day <= lastDay {
            let naive = Double(day.dayNumber * 86_400)
            let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: naive + 43_200))
            midnights.append(Date(timeIntervalSince1970: naive - Double(offset)))
            day = day.adding(days: 1)
        }
        self.midnights = midnights
    }

    /// A random stream for one part of the practice, independent of the others.
    func random(_ stream: UInt64) -> DemoRandom { DemoRandom(seed: seed, stream: stream) }

    /// The instant `minute` minutes after midnight of `day` (minute may spill into neighbouring days).
    func instant(_ day: LocalDate, _ minute: Int) -> Date {
        let dayShift = minute >= 0 ? minute / 1440 : -((1439 - minute) / 1440)
        let target = day.adding(days: dayShift)
        let offset = minute - dayShift * 1440
        let index = firstDay.days(until: target)
        if index >= 0 && index < midnights.count {
            return midnights[index].addingTimeInterval(Double(offset * 60))
        }
        return clock.instant(target, TimeOfDay(minutes: offset))
    }

    /// Minutes from the start of `today` to `minute` on `day`: comparable with `nowMinute`.
    func minuteOnTimeline(_ day: LocalDate, _ minute: Int) -> Int { today.days(until: day) * 1440 + minute }

    func isPast(_ day: LocalDate, _ minute: Int) -> Bool { minuteOnTimeline(day, minute) <= nowMinute }

    /// The Monday of the week holding `day`.
    func monday(of day: LocalDate) -> LocalDate { day.adding(days: -((day.weekday + 6) % 7)) }

    /// Clinic days from `from` through `through`: weekdays except holidays — but today always opens on a
    /// weekday, so a demo started on Thanksgiving still has a board to show.
    func weekdays(from: LocalDate, through: LocalDate) -> [LocalDate] {
        var days: [LocalDate] = []
        var day = from
        while day <= through {
            if isClinicDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    func isClinicDay(_ day: LocalDate) -> Bool { !day.isWeekend && (day == today || !DemoHolidays.isClosed(day)) }

    func members(_ role: StaffRole) -> [DemoMember] { team.filter { $0.role == role } }
    var providers: [DemoMember] { team.filter { $0.role.isProvider } }
    func member(_ id: StaffID) -> DemoMember? { team.first { $0.id == id } }
}

/// A staff member as the generator sees them: the stored `Staff` plus the login name that stamps their actions
/// and their usual hours.
struct DemoMember {
    let id: StaffID
    let username: String
    let role: StaffRole
    /// Usual hours, minutes after midnight; each weekday may differ (a late day, a short Friday).
    let hours: [Int: (start: Int, end: Int)]
    /// The same week as the staff record's template (with lunch breaks).
    let template: [TemplateShift]
    /// The template's exceptions: days they do not work though the template says so (holidays, a known absence).
    var skips: Set<LocalDate>
    /// Vacation days a year; nil when not tracked.
    let vacationDays: Int?
}

/// One person on one day.
struct StaffDay: Hashable {
    let staff: StaffID
    let day: LocalDate
}
