import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// Shared by the staffing tests: a nurse to add, a rule builder and a shift lookup on the fixture.
enum Staffing {
    static let nurse = StaffID(8)
    static let everyDay = [0, 1, 2, 3, 4, 5, 6]
    static let tuesday = Fixture.today.adding(days: 1)
    static let saturday = Fixture.today.adding(days: 5)

    static func rule(
        _ roles: [StaffRole], _ from: String, _ to: String, _ need: CoverageNeed, name: String? = nil,
        weekdays: [Int] = CoverageRule.mondayToFriday
    ) -> CoverageRule {
        CoverageRule(
            name: name, roles: roles, from: Fixture.time(from), to: Fixture.time(to), weekdays: weekdays, need: need)
    }

    static func gap(
        _ name: String, _ roles: [StaffRole], _ from: String, _ to: String, onDuty: Int, required: Int,
        on day: LocalDate = Fixture.today
    ) -> CoverageGap {
        CoverageGap(
            day: day, name: name, roles: roles, from: Fixture.time(from), to: Fixture.time(to), onDuty: onDuty,
            required: required)
    }

    static func addNurse(_ p: inout Practice) {
        p.seed(staff: Staff(id: nurse, givenName: "Nell", familyName: "Ortiz", role: .nurse))
    }

    /// A practice in `zone` with one receptionist (S-1) and one physician (S-2), and the given rules.
    static func practice(zone: String, coverage: [CoverageRule]) -> Practice {
        var p = Practice(settings: PracticeSettings(name: "Zone test", timeZoneID: zone, coverage: coverage))
        p.seed(staff: Staff(id: StaffID(1), givenName: "Ana", familyName: "Ruiz", role: .receptionist))
        p.seed(staff: Staff(id: StaffID(2), givenName: "Grace", familyName: "Lee", role: .physician))
        return p
    }

    static func shift(
        _ p: Practice, of who: StaffID, on day: LocalDate = Fixture.today,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Shift {
        try #require(p.shifts(on: day).first { $0.staff == who }, sourceLocation: sourceLocation)
    }
}

@Suite("Staffing: coverage gaps")
struct StaffingCoverageTests {
    @Test func aShiftEndingOnTheHourLeavesARuleFromThatHourUncovered() {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [Staffing.rule([.receptionist], "12:00", "14:00", .atLeast(1))]
        p.setShifts(Fixture.ana, ["08:00-12:00"])
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["front desk uncovered 12:00–14:00"])
        p.setShifts(Fixture.ana, ["08:00-12:15"])
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["front desk uncovered 12:15–14:00"])
        // 15-minute steps: a shift ending 12:10 does not cover the 12:00–12:15 step.
        p.setShifts(Fixture.ana, ["08:00-12:10"])
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["front desk uncovered 12:00–14:00"])
        p.setShifts(Fixture.ana, ["12:00-14:00"])
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
    }

    @Test func gapsMergeOnlyEqualShortfalls() {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [Staffing.rule([.medicalAssistant], "08:00", "17:00", .atLeast(2))]
        p.setShifts(Fixture.priya, ["08:00-15:00"])
        p.setShifts(Fixture.ben, ["08:00-10:00", "11:00-12:00"])
        let ma: [StaffRole] = [.medicalAssistant]
        #expect(
            p.coverageGaps(on: Fixture.today) == [
                Staffing.gap("MA", ma, "10:00", "11:00", onDuty: 1, required: 2),
                Staffing.gap("MA", ma, "12:00", "15:00", onDuty: 1, required: 2),
                Staffing.gap("MA", ma, "15:00", "17:00", onDuty: 0, required: 2),
            ])
    }

    @Test func anOvernightShiftCoversTheSmallHoursOfTheNextDay() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [
            Staffing.rule([.receptionist], "00:00", "08:00", .atLeast(1), weekdays: Staffing.everyDay)
        ]
        try p.run(
            .addShift(
                Fixture.ana, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("06:00"), role: nil))
        let night = try #require(p.shifts(on: Fixture.today).first { $0.start == Fixture.time("22:00") })
        #expect(night.end.minutes == 30 * 60)
        #expect(night.isOvernight)
        #expect(night.hours() == "22:00–06:00+1")
        #expect(p.shifts(on: Staffing.tuesday).allSatisfy { $0.id != night.id })
        #expect(p.coverageGaps(on: Staffing.tuesday).map(\.description) == ["front desk uncovered 06:00–08:00"])
        // The evening it starts on has nothing before 08:00.
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["front desk uncovered 00:00–08:00"])
    }

    @Test func anOverlappingShiftOfTheSamePersonIsRefusedAcrossMidnight() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .addShift(
                Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("06:00"), role: nil))
        // The next morning, inside the night shift.
        let morning = domainError {
            try p.run(
                .addShift(
                    Fixture.joe, day: Staffing.tuesday, start: Fixture.time("05:00"), end: Fixture.time("09:00"),
                    role: nil))
        }
        #expect(morning?.message.contains("already works 22:00–06:00+1 on 2026-11-23") == true)
        // Another night shift overlapping the same evening.
        #expect(
            domainError {
                try p.run(
                    .addShift(
                        Fixture.joe, day: Fixture.today, start: Fixture.time("23:00"), end: Fixture.time("01:00"),
                        role: nil))
            } != nil)
        // Back to back is fine; someone else is fine.
        try p.run(
            .addShift(
                Fixture.joe, day: Staffing.tuesday, start: Fixture.time("06:00"), end: Fixture.time("09:00"), role: nil)
        )
        try p.run(
            .addShift(
                Fixture.ana, day: Staffing.tuesday, start: Fixture.time("05:00"), end: Fixture.time("09:00"), role: nil)
        )
    }

    @Test func aNightShiftRunningIntoAShiftAlreadyOnTheNextMorningIsRefused() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .addShift(
                Fixture.joe, day: Staffing.tuesday, start: Fixture.time("05:00"), end: Fixture.time("09:00"), role: nil)
        )
        let error = domainError {
            try p.run(
                .addShift(
                    Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("06:00"), role: nil
                ))
        }
        #expect(error?.message.contains("already works 05:00–09:00 on 2026-11-24") == true)
    }

    @Test func theSpringForwardDayHasNoStepsInTheMissingHour() {
        let sunday = Fixture.day("2026-03-08")
        var p = Staffing.practice(
            zone: "America/New_York",
            coverage: [Staffing.rule([.receptionist], "00:00", "06:00", .atLeast(1), weekdays: Staffing.everyDay)])
        p.seed(
            shift: Shift(
                id: ShiftID(1), staff: StaffID(1), day: sunday, start: Fixture.time("00:00"),
                end: Fixture.time("06:00"), role: .receptionist))
        #expect(p.coverageGaps(on: sunday).isEmpty)
        // Split around the missing hour: 02:00–03:00 does not happen, so no phantom gap.
        p.shifts[ShiftID(1)] = nil
        p.seed(
            shift: Shift(
                id: ShiftID(2), staff: StaffID(1), day: sunday, start: Fixture.time("00:00"),
                end: Fixture.time("02:00"), role: .receptionist))
        p.seed(
            shift: Shift(
                id: ShiftID(3), staff: StaffID(1), day: sunday, start: Fixture.time("03:00"),
                end: Fixture.time("06:00"), role: .receptionist))
        #expect(p.coverageGaps(on: sunday).isEmpty)
        // Nobody at the desk: the gap stops at 02:00 and picks up at 03:00.
        for id in [ShiftID(2), ShiftID(3)] { p.shifts[id] = nil }
        p.seed(
            shift: Shift(
                id: ShiftID(4), staff: StaffID(2), day: sunday, start: Fixture.time("00:00"),
                end: Fixture.time("06:00"), role: .physician))
        #expect(
            p.coverageGaps(on: sunday).map(\.description)
                == ["front desk uncovered 00:00–02:00", "front desk uncovered 03:00–06:00"])
    }

    @Test func theFallBackDayCountsItsWallClockOnce() {
        let sunday = Fixture.day("2026-11-01")
        var p = Staffing.practice(
            zone: "America/New_York",
            coverage: [Staffing.rule([.receptionist], "00:00", "06:00", .atLeast(1), weekdays: Staffing.everyDay)])
        p.seed(
            shift: Shift(
                id: ShiftID(1), staff: StaffID(1), day: sunday, start: Fixture.time("00:00"),
                end: Fixture.time("01:00"), role: .receptionist))
        p.seed(
            shift: Shift(
                id: ShiftID(2), staff: StaffID(1), day: sunday, start: Fixture.time("02:00"),
                end: Fixture.time("06:00"), role: .receptionist))
        #expect(p.coverageGaps(on: sunday).map(\.description) == ["front desk uncovered 01:00–02:00"])
    }

    @Test(arguments: [
        ("America/New_York", "2026-03-08", 5 * 60), ("America/New_York", "2026-11-01", 7 * 60),
        ("Europe/London", "2026-03-29", 5 * 60), ("Europe/London", "2026-10-25", 7 * 60),
        ("Europe/London", "2026-11-23", 6 * 60),
    ])
    func aShiftAcrossAClockChangeIsAnHourShorterOrLonger(zone: String, day: String, minutes: Int) {
        var p = Staffing.practice(zone: zone, coverage: [])
        let date = Fixture.day(day)
        let shift = Shift(
            id: ShiftID(1), staff: StaffID(1), day: date, start: Fixture.time("00:00"), end: Fixture.time("06:00"),
            role: .receptionist)
        p.seed(shift: shift)
        #expect(shift.plannedMinutes == 6 * 60)
        #expect(shift.elapsedMinutes(clock: p.clock) == minutes)
        #expect(p.plannedMinutes(StaffID(1), weekOf: date) == minutes)
    }

    @Test func anOvernightShiftIntoTheChangeLosesTheHourToo() {
        let p = Staffing.practice(zone: "America/New_York", coverage: [])
        let night = Shift(
            id: ShiftID(1), staff: StaffID(1), day: Fixture.day("2026-03-07"), start: Fixture.time("22:00"),
            end: TimeOfDay(hour: 30), role: .receptionist, breakStart: Fixture.time("01:00"), breakMinutes: 30)
        #expect(night.plannedMinutes == 8 * 60 - 30)
        #expect(night.elapsedMinutes(clock: p.clock) == 7 * 60 - 30)
    }

    @Test func aNightIntoTheSpringForwardMorningCoversItWithoutTheMissingHour() {
        let saturday = Fixture.day("2026-03-07"), sunday = Fixture.day("2026-03-08")
        var p = Staffing.practice(
            zone: "America/New_York",
            coverage: [Staffing.rule([.receptionist], "00:00", "08:00", .atLeast(1), weekdays: Staffing.everyDay)])
        p.seed(
            shift: Shift(
                id: ShiftID(1), staff: StaffID(1), day: saturday, start: Fixture.time("22:00"),
                end: TimeOfDay(hour: 30), role: .receptionist))
        #expect(p.coverageGaps(on: sunday).map(\.description) == ["front desk uncovered 06:00–08:00"])
        #expect(p.plannedMinutes(StaffID(1), weekOf: saturday) == 7 * 60)
        // The fall-back night is an hour longer.
        let night = Shift(
            id: ShiftID(2), staff: StaffID(1), day: Fixture.day("2026-10-31"), start: Fixture.time("22:00"),
            end: TimeOfDay(hour: 30), role: .receptionist)
        #expect(night.elapsedMinutes(clock: p.clock) == 9 * 60)
    }

    @Test func aLoneReceptionistsBreakOpensAGap() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [Staffing.rule([.receptionist], "08:00", "17:00", .atLeast(1))]
        let ana = try Staffing.shift(p, of: Fixture.ana)
        try p.run(.editShift(ana.id, ShiftEdit(breakAt: .set(ShiftBreak(start: Fixture.time("12:00"), minutes: 30)))))
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["front desk uncovered 12:00–12:30"])
        // Joe covering the lunch closes it.
        p.setShifts(Fixture.joe, ["11:00-13:00"])
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
    }

    @Test func oneMAPerProviderOnTheFloor() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [Staffing.rule([.medicalAssistant], "08:00", "17:00", .perProvider(1), name: "MA")]
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["MA 2 of 3 08:00–17:00 (1 short)"])
        // NP Kim's afternoon off lowers the need from 13:00.
        p.setShifts(Fixture.npKim, ["08:00-13:00"], role: .nursePractitioner)
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["MA 2 of 3 08:00–13:00 (1 short)"])
        // A sick provider lowers it all day.
        try p.run(.callInSick(Fixture.npKim, day: nil), at: Fixture.at(7, 0))
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
    }

    @Test func aHalfRatioRoundsUp() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [Staffing.rule([.medicalAssistant], "08:00", "17:00", .perProvider(0.5), name: "MA")]
        #expect(p.coverageGaps(on: Fixture.today).isEmpty) // 3 providers × 0.5 = 1.5 → 2, and 2 MAs are on
        try p.run(.callInSick(Fixture.ben, day: nil), at: Fixture.at(7, 0))
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["MA 1 of 2 08:00–17:00 (1 short)"])
        try p.run(.callInSick(Fixture.npKim, day: nil), at: Fixture.at(7, 0))
        #expect(p.coverageGaps(on: Fixture.today).isEmpty) // 2 × 0.5 = 1
    }

    @Test func aProcedureNurseIsNeededOnlyWhileAProcedureIsBooked() throws {
        var p = Fixture.staffedWeek()
        Staffing.addNurse(&p)
        p.settings.coverage = [
            Staffing.rule([.nurse], "08:00", "17:00", .whileBooked([.procedure], 1), name: "procedure nurse")
        ]
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00")
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
        try p.run(
            .bookAppointment(
                Booking(
                    patient: Fixture.jorge, provider: Fixture.drPatel, day: Fixture.today, start: Fixture.time("10:00"),
                    minutes: 30, visitType: .procedure)),
            at: Fixture.at(7, 0))
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["procedure nurse uncovered 10:00–10:30"])
        p.setShifts(Staffing.nurse, ["09:30-11:00"])
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
    }

    @Test func aSickProvidersStillBookedVisitsNeedAnotherClinicianOnSite() throws {
        var p = Fixture.staffedWeek()
        Staffing.addNurse(&p)
        let clinicians: [StaffRole] = [.physician, .nursePractitioner, .physicianAssistant, .nurse]
        p.settings.coverage = [Staffing.rule(clinicians, "07:00", "20:00", .whileSeeing(1), name: "licensed clinician")]
        let day = Staffing.tuesday
        p.setShifts(Fixture.drPatel, on: day, [])
        p.setShifts(Fixture.npKim, on: day, [])
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", on: day)
        _ = try p.book(Fixture.tuan, with: Fixture.drLee, at: "09:20", on: day)
        #expect(p.coverageGaps(on: day).isEmpty)
        try p.run(.callInSick(Fixture.drLee, day: day))
        #expect(p.coverageGaps(on: day).map(\.description) == ["licensed clinician uncovered 09:00–09:45"])
        // A nurse on site is a licensed clinician.
        p.setShifts(Staffing.nurse, on: day, ["08:00-12:00"])
        #expect(p.coverageGaps(on: day).isEmpty)
    }

    @Test func rulesHoldOnlyOnTheirWeekdays() {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [Staffing.rule([.receptionist], "08:00", "17:00", .atLeast(1), weekdays: [2])]
        p.setShifts(Fixture.ana, [])
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
        #expect(
            p.coverageGaps(on: Staffing.tuesday)
                == [
                    Staffing.gap(
                        "front desk", [.receptionist], "08:00", "17:00", onDuty: 0, required: 1, on: Staffing.tuesday)
                ])
        #expect(p.coverageGaps(weekOf: Fixture.today).map(\.day) == [Staffing.tuesday])
    }

    @Test func inactiveStaffAndApprovedLeaveDoNotCountButARequestDoes() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = Fixture.headCountCoverage
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
        try p.run(
            .requestTimeOff(Fixture.priya, from: Fixture.today, through: Fixture.today, note: ""), at: Fixture.at(7, 0))
        #expect(p.coverageGaps(on: Fixture.today).isEmpty) // pending: still on the floor
        try p.run(.approveTimeOff(TimeOffID(1), override: true), at: Fixture.at(7, 1))
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["MA 1 of 2 08:00–17:00 (1 short)"])
        var ana = try #require(p.staff[Fixture.ana])
        ana.active = false
        p.seed(staff: ana)
        #expect(
            p.coverageGaps(on: Fixture.today).map(\.description)
                == ["front desk uncovered 08:00–17:00", "MA 1 of 2 08:00–17:00 (1 short)"])
    }

    @Test func aClosedDayHasNoGapsButABookedOneDoes() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = [
            Staffing.rule([.receptionist], "08:00", "17:00", .atLeast(1), weekdays: Staffing.everyDay)
        ]
        #expect(p.coverageGaps(on: Staffing.saturday).isEmpty)
        try p.run(
            .bookAppointment(
                Booking(
                    patient: Fixture.renee, provider: Fixture.drLee, day: Staffing.saturday,
                    start: Fixture.time("09:00"), override: true)),
            at: Fixture.at(7, 0))
        #expect(p.coverageGaps(on: Staffing.saturday).map(\.description) == ["front desk uncovered 08:00–17:00"])
    }
}

@Suite("Staffing: coverage rules by command")
struct StaffingCoverageRuleCommandTests {
    static func run(_ p: inout Practice, _ line: String) throws {
        try p.run(try CommandLanguage.parse(line, today: Fixture.today))
    }

    @Test func rulesAreAddedAndRemovedByTheirVerbs() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = []
        try Self.run(&p, #"coverage add "front desk" --roles receptionist --from 08:00 --to 17:00 --min 1"#)
        try Self.run(&p, "coverage ratio MA --roles ma --from 08:00 --to 17:00 --per-provider 0.5 --days mon,wed")
        try Self.run(&p, #"coverage booked "procedure nurse" --roles nurse --from 08:00 --to 17:00 --visits procedure"#)
        try Self.run(&p, "coverage booked clinician --roles physician,np,nurse --from 07:00 --to 20:00 --visits any")
        #expect(
            p.settings.coverage.map(\.need) == [
                .atLeast(1), .perProvider(0.5), .whileBooked([.procedure], 1), .whileSeeing(1),
            ])
        #expect(p.settings.coverage[1].weekdays == [1, 3])
        #expect(
            p.settings.coverage.map(\.summary) == [
                "front desk: receptionist ≥1 08:00–17:00 Mon–Fri",
                "MA: medical-assistant 0.5 per provider 08:00–17:00 Mon,Wed",
                "procedure nurse: nurse ≥1 while procedure booked 08:00–17:00 Mon–Fri",
                "clinician: physician|nurse-practitioner|nurse ≥1 while patients are seen 07:00–20:00 Mon–Fri",
            ])
        // Today: 3 providers need 2 MAs and 2 are on; nothing booked, so nobody else is needed.
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
        try Self.run(&p, "coverage remove 1")
        #expect(p.settings.coverage.map(\.name) == ["MA", "procedure nurse", "clinician"])
        let missing = domainError { try Self.run(&p, "coverage remove 4") }
        #expect(missing?.message == "There is no coverage rule 4: the practice has 3.")
        #expect(parseError("coverage ratio MA --roles ma --from 08:00 --to 17:00 --per-provider 6") != nil)
        #expect(
            domainError { try p.run(.addCoverageRule(Staffing.rule([.nurse], "17:00", "08:00", .atLeast(1)))) }?
                .message == "A coverage rule runs within a day: 17:00–08:00 does not.")
        #expect(
            domainError { try p.run(.addCoverageRule(Staffing.rule([.nurse], "08:00", "17:00", .atLeast(0)))) } != nil)
    }
}
