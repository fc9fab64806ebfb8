import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Staffing: templates, copying a week, time off")
struct StaffingPlanTests {
    static let nextMonday = Fixture.day("2026-11-30")

    static func parse(_ line: String) throws -> Command { try CommandLanguage.parse(line, today: Fixture.today) }

    static func added(_ events: [Event]) -> [Shift] {
        events.compactMap { if case .shiftAdded(let shift) = $0.change { return shift } else { return nil } }
    }

    @Test func aTemplateFillsTheWeekExceptItsExceptionsLeaveAndShiftsAlreadyThere() throws {
        var p = Fixture.staffedWeek()
        let monday = Self.nextMonday
        try p.run(try Self.parse("shift template S-6 mon-fri 08:00 16:00 --break 12:00+30"))
        try p.run(try Self.parse("shift template S-5 mon-fri 09:00 17:00"))
        try p.run(try Self.parse("shift template S-4 tue 10:00 14:00 --role ma"))
        let ben = try #require(p.staff[Fixture.ben])
        #expect(ben.template.map(\.weekday) == [1, 2, 3, 4, 5])
        #expect(ben.template.first?.breakStart == Fixture.time("12:00"))
        #expect(ben.template.first?.breakMinutes == 30)
        // Exceptions: Ben's Wednesday; leave: Priya's Thursday; Joe already works Tuesday morning.
        try p.run(try Self.parse("shift except S-6 2026-12-02"))
        #expect(p.staff[Fixture.ben]?.templateSkips == [monday.adding(days: 2)])
        try p.run(
            .requestTimeOff(Fixture.priya, from: monday.adding(days: 3), through: monday.adding(days: 3), note: ""))
        try p.run(.approveTimeOff(TimeOffID(1)))
        p.setShifts(Fixture.joe, on: monday.adding(days: 1), ["09:00-11:00"])
        let before = p.shifts.count

        let events = try p.run(try Self.parse("shift fill 2026-11-30"))
        let shifts = Self.added(events)
        #expect(p.shifts.count == before + shifts.count)
        func days(_ who: StaffID) -> [Int] {
            shifts.filter { $0.staff == who }.map { monday.days(until: $0.day) }
        }
        #expect(days(Fixture.ben) == [0, 1, 3, 4])
        #expect(days(Fixture.priya) == [0, 1, 2, 4])
        #expect(days(Fixture.joe).isEmpty)
        let benMonday = try #require(shifts.first { $0.staff == Fixture.ben })
        #expect(benMonday.start == Fixture.time("08:00") && benMonday.end == Fixture.time("16:00"))
        #expect(benMonday.breakStart == Fixture.time("12:00") && benMonday.breakMinutes == 30)
        #expect(benMonday.role == .medicalAssistant)
        // IDs follow on, with no duplicates.
        #expect(Set(shifts.map(\.id)).count == shifts.count)
        #expect(shifts.allSatisfy { $0.id.number > before })

        let again = domainError { try p.run(try Self.parse("shift fill 2026-11-30")) }
        #expect(again?.message.hasPrefix("Nothing to add for the week of 2026-11-30") == true)

        // Removing the exception lets one more shift in; the role override of Joe's template holds.
        try p.run(try Self.parse("shift except S-6 2026-12-02 --remove"))
        p.setShifts(Fixture.joe, on: monday.adding(days: 1), [])
        let more = Self.added(try p.run(.applyTemplates(week: monday.adding(days: 4), staff: nil)))
        #expect(more.map(\.staff) == [Fixture.joe, Fixture.ben])
        #expect(more.first?.role == .medicalAssistant)
    }

    @Test func fillingForOnePersonTouchesOnlyThem() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .setTemplate(
                Fixture.ben, weekdays: [1, 3],
                TemplateShift(weekday: 1, start: Fixture.time("08:00"), end: Fixture.time("12:00"))))
        try p.run(
            .setTemplate(
                Fixture.priya, weekdays: [1],
                TemplateShift(weekday: 1, start: Fixture.time("08:00"), end: Fixture.time("12:00"))))
        let shifts = Self.added(try p.run(.applyTemplates(week: Self.nextMonday, staff: Fixture.ben)))
        #expect(shifts.map(\.staff) == [Fixture.ben, Fixture.ben])
        #expect(shifts.map(\.day) == [Self.nextMonday, Self.nextMonday.adding(days: 2)])
        // Clearing Wednesday leaves Monday.
        try p.run(.setTemplate(Fixture.ben, weekdays: [3], nil))
        #expect(p.staff[Fixture.ben]?.template.map(\.weekday) == [1])
    }

    @Test func copyingAWeekSkipsLeaveAndShiftsAlreadyThereAndDropsPunches() throws {
        var p = Fixture.staffedWeek()
        try p.run(.clock(Fixture.ben, .clockIn), at: Fixture.at(8, 0))
        try p.run(.clock(Fixture.ben, .breakStart), at: Fixture.at(10, 0))
        let monday = Self.nextMonday
        try p.run(.requestTimeOff(Fixture.priya, from: monday, through: monday, note: ""))
        try p.run(.approveTimeOff(TimeOffID(1)))
        p.setShifts(Fixture.ana, on: monday, ["08:00-12:00"])
        let before = p.shifts(on: monday).count
        let copied = Self.added(try p.run(try Self.parse("shift copy 2026-11-23 2026-11-30")))
        // This week: 14 provider shifts, and Ana, Priya and Ben on Monday.
        #expect(copied.count == 14 + 1)
        #expect(!copied.contains { $0.staff == Fixture.priya || $0.staff == Fixture.ana })
        let ben = try #require(copied.first { $0.staff == Fixture.ben })
        #expect(ben.day == monday && ben.clockedIn == nil && ben.clockedOut == nil && ben.breaks.isEmpty)
        #expect(p.shifts(on: monday).count == before + 3 + 1)
        #expect(p.shifts(on: monday.adding(days: 2)).map(\.staff) == [Fixture.drLee, Fixture.drPatel])

        let twice = domainError { try p.run(.copyWeek(from: Fixture.today, to: monday, staff: nil)) }
        #expect(twice?.message.hasPrefix("Nothing to copy onto the week of 2026-11-30") == true)
        let ontoItself = domainError {
            try p.run(.copyWeek(from: Fixture.today, to: Fixture.today.adding(days: 3), staff: nil))
        }
        #expect(ontoItself?.message == "Copy a week onto another week, not onto itself.")
    }

    @Test func aNightTemplateOrCopyDoesNotRunIntoAShiftTheNextMorning() throws {
        var p = Fixture.staffedWeek()
        let monday = Self.nextMonday
        try p.run(try Self.parse("shift template S-4 mon 22:00 06:00"))
        #expect(p.staff[Fixture.joe]?.template.first?.end == TimeOfDay(hour: 30))
        p.setShifts(Fixture.joe, on: monday.adding(days: 1), ["05:00-09:00"])
        let refused = domainError { try p.run(.applyTemplates(week: monday, staff: Fixture.joe)) }
        #expect(refused?.message.hasPrefix("Nothing to add") == true)
        // A Sunday night runs into Monday's template shift: the week's fill adds Monday only if clear.
        try p.run(try Self.parse("shift template S-4 mon 05:00 09:00"))
        p.setShifts(Fixture.joe, on: monday.adding(days: 1), [])
        try p.run(
            .addShift(
                Fixture.joe, day: monday.adding(days: -1), start: Fixture.time("22:00"), end: Fixture.time("06:00"),
                role: nil))
        #expect(domainError { try p.run(.applyTemplates(week: monday, staff: Fixture.joe)) } != nil)

        // Copying a week whose Monday night would run into the target week's Tuesday morning.
        var q = Fixture.staffedWeek()
        try q.run(
            .addShift(
                Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("06:00"), role: nil))
        q.setShifts(Fixture.joe, on: monday.adding(days: 1), ["05:00-09:00"])
        let copied = Self.added(try q.run(.copyWeek(from: Fixture.today, to: monday, staff: nil)))
        #expect(!copied.contains { $0.staff == Fixture.joe })
    }

    @Test func aProvidersVacationOverBookedDaysNeedsAnOverride() throws {
        var p = Fixture.staffedWeek()
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", on: Staffing.tuesday)
        _ = try p.book(Fixture.jorge, with: Fixture.drLee, at: "10:00", on: Staffing.tuesday)
        try p.run(
            .requestTimeOff(
                Fixture.drLee, from: Staffing.tuesday, through: Staffing.tuesday.adding(days: 1), note: "family"))
        let entry = try #require(p.timeOff[TimeOffID(1)])
        #expect(entry.status == .requested && entry.kind == .vacation)
        // Tuesday's desk and MA gaps are there with or without Dr Lee: only the visits are a conflict.
        #expect(p.approvalConflicts(entry, now: Fixture.now) == ["2 booked visits with Dr Lee to move"])
        let refused = domainError { try p.run(.approveTimeOff(entry.id)) }
        #expect(
            refused?.message
                == "Approving R-1 would create 1 conflict: 2 booked visits with Dr Lee to move. Add --override to "
                + "approve anyway.")
        #expect(p.timeOff[entry.id]?.status == .requested)
        try p.run(try Self.parse("pto approve R-1 --override"))
        #expect(p.timeOff[entry.id]?.status == .approved)
        #expect(p.timeOff[entry.id]?.decisionNote == "approved over: 2 booked visits with Dr Lee to move")
        #expect(
            domainError { try p.run(.approveTimeOff(entry.id, override: true)) }?.message.contains("already approved")
                == true)
    }

    @Test func aRequestWithoutConflictsIsApprovedWithoutANote() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .requestTimeOff(Fixture.joe, from: Fixture.day("2026-12-07"), through: Fixture.day("2026-12-08"), note: ""))
        try p.run(.approveTimeOff(TimeOffID(1)))
        #expect(p.timeOff[TimeOffID(1)]?.status == .approved)
        #expect(p.timeOff[TimeOffID(1)]?.decisionNote == nil)
    }

    @Test func aDenialKeepsItsReason() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .requestTimeOff(
                Fixture.ben, from: Fixture.day("2026-12-01"), through: Fixture.day("2026-12-03"), kind: .training,
                note: "ACLS"))
        try p.run(try Self.parse("pto deny R-1 --reason \"short-staffed that week\""))
        #expect(p.timeOff[TimeOffID(1)]?.status == .denied)
        #expect(p.timeOff[TimeOffID(1)]?.decisionNote == "short-staffed that week")
        #expect(p.timeOff[TimeOffID(1)]?.kind == .training)
        #expect(domainError { try p.run(.denyTimeOff(TimeOffID(1))) }?.message.contains("already denied") == true)
        // A denied request no longer blocks a new one over the same days.
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2026-12-02"), through: Fixture.day("2026-12-02"), note: ""))
        try p.run(.denyTimeOff(TimeOffID(2)))
        #expect(p.timeOff[TimeOffID(2)]?.decisionNote == nil)
    }

    @Test func overlappingRequestsAreRefused() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2026-12-01"), through: Fixture.day("2026-12-03"), note: ""))
        let error = domainError {
            try p.run(
                .requestTimeOff(
                    Fixture.ben, from: Fixture.day("2026-12-03"), through: Fixture.day("2026-12-04"), note: ""))
        }
        #expect(error?.message == "S-6 (Ben Cole) already has R-1 2026-12-01–2026-12-03 (requested).")
        // Someone else, or the day after, is fine.
        try p.run(
            .requestTimeOff(
                Fixture.priya, from: Fixture.day("2026-12-03"), through: Fixture.day("2026-12-04"), note: ""))
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2026-12-04"), through: Fixture.day("2026-12-04"), note: ""))
        // A pending request does not keep a sick call out.
        try p.run(.callInSick(Fixture.priya, day: Fixture.day("2026-12-03")))
    }

    @Test func theVacationBalanceCountsWeekdaysWithinTheYear() throws {
        var p = Fixture.staffedWeek()
        try p.run(.editStaff(Fixture.ben, StaffEdit(vacationDaysPerYear: .set(5))))
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2026) == 5)
        #expect(p.vacationDaysLeft(Fixture.priya, year: 2026) == nil)
        // Mon 28 Dec 2026 – Tue 5 Jan 2027: four weekdays in 2026, three in 2027 (the weekend not counted).
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2026-12-28"), through: Fixture.day("2027-01-05"), note: ""))
        let entry = try #require(p.timeOff[TimeOffID(1)])
        #expect(entry.weekdays == 7)
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2026) == 5)
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2026, countPending: true) == 1)
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2027, countPending: true) == 2)
        // Within each year the request fits: no conflict.
        #expect(p.approvalConflicts(entry, now: Fixture.now).isEmpty)
        try p.run(.approveTimeOff(entry.id))
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2026) == 1)
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2027) == 2)
        // Sick days and training do not use the balance.
        try p.run(.callInSick(Fixture.ben, day: Fixture.day("2026-12-01")))
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2026) == 1)
        // Two more days in 2026 are more than the one left.
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2026-12-10"), through: Fixture.day("2026-12-11"), note: ""))
        let over = try #require(p.timeOff[TimeOffID(3)])
        #expect(p.approvalConflicts(over, now: Fixture.now) == ["2 vacation days asked, 1 left in 2026"])
        #expect(domainError { try p.run(.approveTimeOff(over.id)) }?.message.contains("1 left in 2026") == true)
        try p.run(.approveTimeOff(over.id, override: true))
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2026) == -1)
    }

    @Test func aRequestIntoTheNewYearIsCountedAgainstEachYear() throws {
        var p = Fixture.staffedWeek()
        try p.run(.editStaff(Fixture.ben, StaffEdit(vacationDaysPerYear: .set(10))))
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2026-12-01"), through: Fixture.day("2026-12-14"), note: ""))
        try p.run(.approveTimeOff(TimeOffID(1)))
        #expect(p.vacationDaysLeft(Fixture.ben, year: 2026) == 0)
        // Thu 31 Dec 2026 – Wed 6 Jan 2027: one day in 2026 (none left), four in 2027 (ten left).
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2026-12-31"), through: Fixture.day("2027-01-06"), note: ""))
        let entry = try #require(p.timeOff[TimeOffID(2)])
        #expect(p.approvalConflicts(entry, now: Fixture.now) == ["1 vacation day asked, 0 left in 2026"])
        // Without the 2026 day, the 2027 days fit.
        try p.run(.denyTimeOff(entry.id))
        try p.run(
            .requestTimeOff(Fixture.ben, from: Fixture.day("2027-01-04"), through: Fixture.day("2027-01-08"), note: ""))
        let january = try #require(p.timeOff[TimeOffID(3)])
        #expect(january.weekdays == 5)
        #expect(p.approvalConflicts(january, now: Fixture.now).isEmpty)
    }
}

@Suite("Staffing: records written before the staffing model")
struct StaffingLegacyJSONTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try DomainCoding.decoder().decode(type, from: Data(json.utf8))
    }

    @Test func aHeadCountRuleFromBeforeRatiosReadsAsAtLeastOnWeekdays() throws {
        let rule = try Self.decode(
            CoverageRule.self, #"{"role":"medical-assistant","from":"08:00","to":"17:00","minimum":2}"#)
        #expect(
            rule == CoverageRule(role: .medicalAssistant, from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17), minimum: 2)
        )
        #expect(rule.name == "MA" && rule.weekdays == CoverageRule.mondayToFriday && rule.need == .atLeast(2))
        // Every rule of the standard set survives its own encoding.
        let encoded = try DomainCoding.encoder().encode(CoverageRule.standard)
        #expect(try DomainCoding.decoder().decode([CoverageRule].self, from: encoded) == CoverageRule.standard)
    }

    @Test func oldStaffShiftAndTimeOffRecordsDecodeWithNoneOfTheNewFields() throws {
        let staff = try Self.decode(
            Staff.self,
            #"{"id":"S-5","givenName":"Priya","familyName":"Shah","role":"medical-assistant","#
                + #""credentials":[{"name":"BLS","expires":"2026-12-02"},"#
                + #"{"name":"Medical licence NY","expires":"2027-01-01"}],"#
                + #""active":true}"#)
        #expect(staff.credentials.map(\.kind) == [.bls, .licence])
        #expect(staff.credentials.map(\.name) == ["BLS", "Medical licence NY"])
        #expect(staff.weeklyHours == nil && staff.template.isEmpty && staff.templateSkips.isEmpty)
        let shift = try Self.decode(
            Shift.self,
            #"{"id":"SH-3","staff":"S-5","day":"2026-11-23","start":"08:00","end":"17:00","role":"medical-assistant"}"#)
        #expect(shift.breakStart == nil && shift.breakMinutes == 0 && shift.clockedIn == nil && shift.breaks.isEmpty)
        let entry = try Self.decode(
            TimeOff.self,
            #"{"id":"R-1","staff":"S-5","kind":"pto","from":"2026-12-01","through":"2026-12-02","#
                + #""status":"approved","note":"","requestedAt":"2026-11-20T15:00:00Z"}"#)
        #expect(entry.kind == .vacation && entry.decisionNote == nil)
        #expect(throws: DecodingError.self) {
            try Self.decode(TimeOffKind.self, #""holiday""#)
        }
    }
}
