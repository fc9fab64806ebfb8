import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Staffing: credentials, the time clock, staff records")
struct StaffingRecordsTests {
    static func days(_ n: Int) -> LocalDate { Fixture.today.adding(days: n) }

    static func status(_ p: Practice, _ who: StaffID, at now: Date) -> RosterStatus? {
        p.rosterRows(on: Fixture.today, now: now).first { $0.staff.id == who }?.status
    }

    // MARK: credentials

    @Test func credentialsEnterThe90And60And30DayWindowsAndExpire() throws {
        var p = Fixture.staffedWeek()
        func set(_ who: StaffID, _ kind: CredentialKind, _ left: Int, state: String = "") {
            guard var member = p.staff[who] else { return }
            member.credentials.append(Credential(kind: kind, expires: Self.days(left), state: state))
            p.seed(staff: member)
        }
        set(Fixture.drLee, .licence, 91, state: "NY") // outside every window
        set(Fixture.drLee, .dea, 90)
        set(Fixture.drPatel, .board, 61)
        set(Fixture.drPatel, .acls, 60)
        set(Fixture.ben, .cpr, 31)
        set(Fixture.ben, .bls, 30)
        set(Fixture.npKim, .malpractice, 0)
        set(Fixture.ana, .hipaa, -1)
        p.settings.practiceCredentials = [Credential(kind: .clia, expires: Self.days(45), number: "33D1234567")]
        var gone = try #require(p.staff[Fixture.joe])
        gone.credentials = [Credential(kind: .bls, expires: Self.days(3))]
        gone.active = false
        p.seed(staff: gone)

        let found = p.expiringCredentials(today: Fixture.today)
        #expect(found.map(\.daysLeft) == [-1, 0, 9, 30, 31, 45, 60, 61, 90])
        #expect(found.map(\.window) == [0, 30, 30, 30, 60, 60, 60, 90, 90])
        #expect(found.map(\.isExpired) == [true] + Array(repeating: false, count: 8))
        let clia = try #require(found.first { $0.credential.kind == .clia })
        #expect(clia.staff == nil)
        #expect(clia.message == "CLIA certificate 33D1234567 expires for the practice in 45 days")
        #expect(found[0].message == "HIPAA training expired for Ana R. 1d ago")
        #expect(found[1].message == "Malpractice insurance expires today for NP Kim")

        // Other windows from the settings.
        p.settings.credentialWarningWindows = [14]
        #expect(p.expiringCredentials(today: Fixture.today).map(\.window) == [0, 14, 14])
        // No windows at all: the expired one is still there.
        p.settings.credentialWarningWindows = []
        #expect(p.expiringCredentials(today: Fixture.today).map(\.daysLeft) == [-1])

        p.settings.credentialWarningWindows = PracticeSettings.defaultCredentialWarningWindows
        let alerts = p.alerts(now: Fixture.now).filter { $0.kind == .credentialExpiring }
        #expect(alerts.count == 9)
        func severity(_ fragment: String) -> AlertSeverity? { alerts.first { $0.message.contains(fragment) }?.severity }
        #expect(severity("HIPAA") == .critical)
        #expect(severity("BLS expires for Ben C. in 30") == .warn)
        #expect(severity("CPR") == .info)
        #expect(severity("CLIA") == .info)
        #expect(alerts.first { $0.message.contains("CLIA") }?.subject == "practice")
        // Judgement call kept: the last valid day ("expires today") is already critical.
        #expect(severity("Malpractice") == .critical)
    }

    @Test func settingAndRenewingCredentialsIsChecked() throws {
        var p = Fixture.staffedWeek()
        let needsState = domainError {
            try p.run(
                .setCredential(Fixture.drLee, Credential(kind: .licence, expires: Self.days(400), number: "209876")))
        }
        #expect(needsState?.message == "A state licence needs its state: --state NY.")
        try p.run(
            .setCredential(
                Fixture.drLee, Credential(kind: .licence, expires: Self.days(400), number: "209876", state: "ny")))
        #expect(p.staff[Fixture.drLee]?.credential(.licence)?.title == "State licence NY 209876")
        // A second state is a second licence; the same state replaces it.
        try p.run(.setCredential(Fixture.drLee, Credential(kind: .licence, expires: Self.days(300), state: "NJ")))
        try p.run(
            .setCredential(Fixture.drLee, Credential(kind: .licence, expires: Self.days(500), number: "1", state: "NY"))
        )
        #expect(p.staff[Fixture.drLee]?.credentials.map(\.state) == ["NJ", "NY"])
        #expect(
            domainError { try p.run(.setCredential(Fixture.drLee, Credential(kind: .clia, expires: Self.days(9)))) }
                != nil)
        #expect(domainError { try p.run(.setCredential(nil, Credential(kind: .dea, expires: Self.days(9)))) } != nil)
        try p.run(.setCredential(nil, Credential(kind: .clia, expires: Self.days(30), number: "33D1234567")))
        #expect(p.settings.practiceCredentials.map(\.kind) == [.clia])

        let nothing = domainError {
            try p.run(.renewCredential(Fixture.ben, kind: .bls, expires: Self.days(700), number: nil))
        }
        #expect(nothing?.message == "Ben C. (S-6) has no BLS on file: add it with `credential set`.")
        let earlier = domainError {
            try p.run(.renewCredential(Fixture.priya, kind: .bls, expires: Self.days(9), number: nil))
        }
        #expect(earlier?.message.contains("a renewal moves it later") == true)
        try p.run(.renewCredential(Fixture.priya, kind: .bls, expires: Self.days(739), number: "B-77"))
        #expect(p.staff[Fixture.priya]?.credential(.bls)?.expires == Self.days(739))
        #expect(p.staff[Fixture.priya]?.credential(.bls)?.number == "B-77")
        try p.run(.renewCredential(nil, kind: .clia, expires: Self.days(730), number: nil))
        #expect(p.settings.practiceCredentials.first?.expires == Self.days(730))
        #expect(p.settings.practiceCredentials.first?.number == "33D1234567")
        try p.run(.removeCredential(Fixture.drLee, kind: .licence))
        #expect(p.staff[Fixture.drLee]?.credential(.licence) == nil)
        #expect(domainError { try p.run(.removeCredential(Fixture.drLee, kind: .licence)) } != nil)
    }

    @Test func aProviderWhoseEveryLicenceLapsedCannotBeBookedOrMovedTo() throws {
        var p = Fixture.staffedWeek()
        var lee = try #require(p.staff[Fixture.drLee])
        lee.credentials = [
            Credential(kind: .licence, expires: Self.days(-1), state: "NY"),
            Credential(kind: .licence, expires: Self.days(2), state: "NJ"),
        ]
        p.seed(staff: lee)
        // One state still valid: bookable today; not from the day after the NJ licence lapses.
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00")
        #expect(p.lapsedLicence(of: lee, on: Self.days(2)) == nil)
        #expect(p.lapsedLicence(of: lee, on: Self.days(3))?.state == "NJ")
        let refused = domainError {
            _ = try p.book(Fixture.jorge, with: Fixture.drLee, at: "09:00", on: Self.days(3), override: true)
        }
        #expect(
            refused?.message
                == "Dr Lee (S-1) cannot be booked on 2026-11-26: their State licence NJ expired 2026-11-25. Renew it "
                + "with `credential renew S-1 licence --expires DATE`.")
        let patients = try p.book(Fixture.jorge, with: Fixture.drPatel, at: "09:00", on: Self.days(3))
        let moveRefused = domainError {
            try p.run(
                .moveAppointment(
                    patients, day: Self.days(3), start: Fixture.time("10:00"), provider: Fixture.drLee, override: true))
        }
        #expect(moveRefused?.message.contains("cannot be booked on 2026-11-26") == true)
        // Every licence lapsed: refused today too; no licence on file at all: not refused.
        lee.credentials = [Credential(kind: .licence, expires: Self.days(-1), state: "NY")]
        p.seed(staff: lee)
        #expect(domainError { _ = try p.book(Fixture.tuan, with: Fixture.drLee, at: "11:00") } != nil)
        lee.credentials = [Credential(kind: .dea, expires: Self.days(-10))]
        p.seed(staff: lee)
        _ = try p.book(Fixture.tuan, with: Fixture.drLee, at: "11:00")
        // Non-providers are never refused for a licence.
        var ben = try #require(p.staff[Fixture.ben])
        ben.credentials = [Credential(kind: .licence, expires: Self.days(-1), state: "NY")]
        #expect(p.lapsedLicence(of: ben, on: Fixture.today) == nil)
    }

    // MARK: the time clock

    @Test func punchesDriveTheRosterStatus() throws {
        var p = Fixture.staffedWeek()
        #expect(Self.status(p, Fixture.priya, at: Fixture.at(8, 10)) == .onDuty(until: Fixture.time("17:00")))
        try p.run(.clock(Fixture.ben, .clockIn), at: Fixture.at(7, 55))
        // Once anyone clocks in, an unpunched running shift is "not in yet".
        #expect(Self.status(p, Fixture.priya, at: Fixture.at(8, 10)) == .notInYet(since: Fixture.time("08:00")))
        #expect(Self.status(p, Fixture.priya, at: Fixture.at(7, 58)) == .startsAt(Fixture.time("08:00")))
        #expect(Self.status(p, Fixture.ben, at: Fixture.at(8, 10)) == .onDuty(until: Fixture.time("17:00")))
        try p.run(.clock(Fixture.ben, .breakStart), at: Fixture.at(12, 0))
        #expect(Self.status(p, Fixture.ben, at: Fixture.at(12, 10)) == .onBreak(since: Fixture.time("12:00")))
        #expect(Self.status(p, Fixture.ben, at: Fixture.at(12, 10))?.isOnFloor == false)
        try p.run(.clock(Fixture.ben, .breakEnd), at: Fixture.at(12, 30))
        #expect(Self.status(p, Fixture.ben, at: Fixture.at(12, 40)) == .onDuty(until: Fixture.time("17:00")))
        try p.run(.clock(Fixture.ben, .clockOut), at: Fixture.at(16, 45))
        #expect(Self.status(p, Fixture.ben, at: Fixture.at(16, 50)) == .gone(at: Fixture.time("16:45")))
        let shift = try Staffing.shift(p, of: Fixture.ben)
        #expect(shift.clockedIn == Fixture.at(7, 55) && shift.clockedOut == Fixture.at(16, 45))
        #expect(shift.breaks == [BreakPunch(start: Fixture.at(12, 0), end: Fixture.at(12, 30))])
    }

    @Test func aProviderWithAPatientIsSeeingPatientsThoughTheClockIsInUse() throws {
        var p = Fixture.staffedWeek()
        try p.run(.clock(Fixture.ben, .clockIn), at: Fixture.at(7, 55))
        let id = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:30")
        try p.walk(id, arrived: Fixture.at(10, 25), seen: Fixture.at(10, 35))
        #expect(Self.status(p, Fixture.drLee, at: Fixture.now) == .withPatient(id))
        #expect(Self.status(p, Fixture.drPatel, at: Fixture.now) == .notInYet(since: Fixture.time("08:00")))
    }

    @Test func punchesOutOfOrderAreRefused() throws {
        var p = Fixture.staffedWeek()
        let out = domainError { try p.run(.clock(Fixture.ben, .clockOut), at: Fixture.at(8, 0)) }
        #expect(out?.message == "Ben C. has not clocked in: `staff in S-6` first.")
        #expect(domainError { try p.run(.clock(Fixture.ben, .breakEnd), at: Fixture.at(8, 0)) } != nil)
        try p.run(.clock(Fixture.ben, .clockIn), at: Fixture.at(8, 0))
        let twice = domainError { try p.run(.clock(Fixture.ben, .clockIn), at: Fixture.at(8, 5)) }
        #expect(twice?.message.hasPrefix("Ben C. clocked in at 08:00") == true)
        let back = domainError { try p.run(.clock(Fixture.ben, .breakEnd), at: Fixture.at(9, 0)) }
        #expect(back?.message == "Ben C. is not on a break.")
        try p.run(.clock(Fixture.ben, .breakStart), at: Fixture.at(12, 0))
        let breakTwice = domainError { try p.run(.clock(Fixture.ben, .breakStart), at: Fixture.at(12, 5)) }
        #expect(breakTwice?.message == "Ben C. has been on break since 12:00.")
        // Clocking out closes the open break.
        try p.run(.clock(Fixture.ben, .clockOut), at: Fixture.at(12, 20))
        #expect(try Staffing.shift(p, of: Fixture.ben).breaks.last?.end == Fixture.at(12, 20))
        #expect(domainError { try p.run(.clock(Fixture.ben, .clockOut), at: Fixture.at(12, 25)) } != nil)
        // Off sick: no punches.
        try p.run(.callInSick(Fixture.priya, day: nil), at: Fixture.at(7, 0))
        let sick = domainError { try p.run(.clock(Fixture.priya, .clockIn), at: Fixture.at(8, 0)) }
        #expect(sick?.message == "Priya S. is off today (R-1, sick).")
    }

    @Test func clockingInWithNoShiftAddsAnUnscheduledOne() throws {
        var p = Fixture.staffedWeek()
        let events = try p.run(.clock(Fixture.joe, .clockIn), at: Fixture.at(9, 7))
        guard case .shiftAdded(let added)? = events.first?.change else {
            Issue.record("no shift added: \(events)"); return
        }
        #expect(events.count == 2)
        #expect(added.staff == Fixture.joe && added.role == .receptionist && added.day == Fixture.today)
        #expect(added.start == Fixture.time("09:05") && added.end == Fixture.time("17:00"))
        let shift = try #require(p.shifts[added.id])
        #expect(shift.clockedIn == Fixture.at(9, 7))
        #expect(Self.status(p, Fixture.joe, at: Fixture.at(9, 30)) == .onDuty(until: Fixture.time("17:00")))
        // Late in the day the unscheduled shift still runs an hour.
        let late = try p.run(.clock(Fixture.ana, .clockIn), at: Fixture.at(17, 42))
        guard case .shiftAdded(let evening)? = late.first?.change else {
            Issue.record("no shift added: \(late)"); return
        }
        #expect(evening.start == Fixture.time("17:40") && evening.end == Fixture.time("18:40"))
    }

    @Test func swappingShiftsKeepsTheRoleAndRefusesOverlapsAndPunchedShifts() throws {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.joe, on: Staffing.tuesday, ["12:00-17:00"])
        let ana = try Staffing.shift(p, of: Fixture.ana)
        let joe = try Staffing.shift(p, of: Fixture.joe, on: Staffing.tuesday)
        let priya = try Staffing.shift(p, of: Fixture.priya)
        let role = domainError { try p.run(.swapShifts(ana.id, priya.id)) }
        #expect(role?.message.contains("only shifts of the same role can be swapped") == true)
        #expect(domainError { try p.run(.swapShifts(ana.id, ana.id)) }?.message.contains("same person") == true)
        try p.run(.swapShifts(ana.id, joe.id))
        #expect(p.shifts[ana.id]?.staff == Fixture.joe && p.shifts[ana.id]?.day == Fixture.today)
        #expect(p.shifts[joe.id]?.staff == Fixture.ana && p.shifts[joe.id]?.day == Staffing.tuesday)
        // Swap back; with an early shift of his own today, Joe cannot take Ana's 08:00–17:00.
        try p.run(.swapShifts(ana.id, joe.id))
        p.setShifts(Fixture.joe, on: Fixture.today, ["12:00-17:00", "08:00-09:00"])
        let morning = try #require(p.shifts(on: Fixture.today).first { $0.staff == Fixture.joe })
        let clash = domainError { try p.run(.swapShifts(ana.id, morning.id)) }
        #expect(clash?.message.contains("already works") == true)
        // A punched shift stays with who worked it.
        try p.run(.clock(Fixture.ana, .clockIn), at: Fixture.at(8, 0))
        let punched = domainError { try p.run(.swapShifts(ana.id, joe.id)) }
        #expect(punched?.message == "\(ana.id) is already clocked in: a shift being worked cannot be swapped.")
    }

    @Test func aNightShiftIsClockedOutTheNextMorningEvenWhenLeaveStartsThatDay() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .addShift(
                Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("06:00"), role: nil))
        try p.run(
            .requestTimeOff(Fixture.joe, from: Staffing.tuesday, through: Staffing.tuesday.adding(days: 2), note: ""))
        try p.run(.approveTimeOff(TimeOffID(1), override: true))
        try p.run(.clock(Fixture.joe, .clockIn), at: Fixture.at(21, 55))
        let night = try Staffing.shift(p, of: Fixture.joe, on: Fixture.today)
        #expect(night.isOvernight)
        // The status carries the shift's own minutes (30:00); the label reads the wall clock.
        #expect(Self.status(p, Fixture.joe, at: Fixture.at(23, 0)) == .onDuty(until: TimeOfDay(hour: 30)))
        #expect(Self.status(p, Fixture.joe, at: Fixture.at(23, 0))?.label == "on duty until 06:00")
        try p.run(.clock(Fixture.joe, .breakStart), at: Fixture.at(2, 0, on: Staffing.tuesday))
        // The next morning's roster shows the night still being worked, though Joe is on leave from that day.
        func tuesday(_ h: Int, _ m: Int) -> RosterRow? {
            p.rosterRows(on: Staffing.tuesday, now: Fixture.at(h, m, on: Staffing.tuesday))
                .first { $0.staff.id == Fixture.joe }
        }
        #expect(tuesday(2, 10)?.status == .onBreak(since: Fixture.time("02:00")))
        #expect(tuesday(2, 10)?.shifts.map(\.id) == [night.id])
        try p.run(.clock(Fixture.joe, .breakEnd), at: Fixture.at(2, 30, on: Staffing.tuesday))
        #expect(tuesday(3, 0)?.status.label == "on duty until 06:00")
        try p.run(.clock(Fixture.joe, .clockOut), at: Fixture.at(6, 2, on: Staffing.tuesday))
        #expect(p.shifts[night.id]?.clockedOut == Fixture.at(6, 2, on: Staffing.tuesday))
        #expect(tuesday(9, 0)?.status == .away(.vacation, TimeOffID(1)))
        // A fresh clock-in on the leave day is still refused.
        let away = domainError { try p.run(.clock(Fixture.joe, .clockIn), at: Fixture.at(9, 0, on: Staffing.tuesday)) }
        #expect(away?.message.hasPrefix("Joe M. is off today (R-1") == true)
    }

    @Test func aPlannedNightBreakShowsOnTheMorningRosterWithoutTheTimeClock() {
        var p = Fixture.staffedWeek()
        p.seed(
            shift: Shift(
                id: ShiftID(40), staff: Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"),
                end: TimeOfDay(hour: 30), role: .receptionist, breakStart: TimeOfDay(hour: 26), breakMinutes: 30))
        func row(_ h: Int, _ m: Int) -> RosterStatus? {
            p.rosterRows(on: Staffing.tuesday, now: Fixture.at(h, m, on: Staffing.tuesday))
                .first { $0.staff.id == Fixture.joe }?.status
        }
        #expect(row(1, 0) == .onDuty(until: TimeOfDay(hour: 30)))
        #expect(row(2, 10) == .onBreak(since: TimeOfDay(hour: 26)))
        #expect(row(2, 10)?.label == "on break since 02:00")
        #expect(row(6, 30) == .off)
        // Monday's roster at 10:42 shows the night ahead.
        #expect(Self.status(p, Fixture.joe, at: Fixture.now) == .startsAt(Fixture.time("22:00")))
    }

    @Test func theRosterPrintsAnOvernightEndAsTheWallClock() {
        #expect(RosterStatus.onDuty(until: TimeOfDay(hour: 30)).label == "on duty until 06:00")
        #expect(RosterStatus.doneAt(TimeOfDay(hour: 31, minute: 30)).label == "done at 07:30")
        #expect(RosterStatus.onDuty(until: TimeOfDay(hour: 17)).label == "on duty until 17:00")
    }

    @Test func aSwapCannotHandSomeoneANightRunningIntoTheirMorning() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .addShift(
                Fixture.joe, day: Fixture.today, start: Fixture.time("22:00"), end: Fixture.time("06:00"), role: nil))
        p.setShifts(Fixture.ana, on: Staffing.tuesday, ["05:00-09:00"])
        p.setShifts(Fixture.joe, on: Staffing.tuesday, ["12:00-17:00"])
        let night = try Staffing.shift(p, of: Fixture.joe, on: Fixture.today)
        let morning = try Staffing.shift(p, of: Fixture.ana, on: Staffing.tuesday)
        let anaMonday = try Staffing.shift(p, of: Fixture.ana)
        // Taking Joe's night for her Monday, Ana would work 22:00–06:00 and then her own 05:00–09:00.
        let error = domainError { try p.run(.swapShifts(night.id, anaMonday.id)) }
        #expect(error?.message == "Ana R. already works 05:00–09:00 on 2026-11-24 (\(morning.id)).")
        // Trading the night for the morning itself is fine: neither keeps the other.
        try p.run(.swapShifts(night.id, morning.id))
        #expect(p.shifts[night.id]?.staff == Fixture.ana && p.shifts[morning.id]?.staff == Fixture.joe)
    }

    // MARK: staff records

    @Test func deactivatingIsRefusedWhileVisitsAreBookedAndRemovesFutureShifts() throws {
        var p = Fixture.staffedWeek()
        p.settings.coverage = Fixture.headCountCoverage
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", on: Staffing.tuesday)
        let booked = domainError { try p.run(.setStaffActive(Fixture.drLee, active: false)) }
        #expect(booked?.message.hasPrefix("Dr Lee has 1 booked visit from 2026-11-24 (A-1)") == true)

        p.setShifts(Fixture.ben, on: Staffing.tuesday, ["08:00-17:00"])
        p.setShifts(Fixture.ben, on: Fixture.today.adding(days: -7), ["08:00-17:00"])
        let past = try Staffing.shift(p, of: Fixture.ben, on: Fixture.today.adding(days: -7))
        let today = try Staffing.shift(p, of: Fixture.ben)
        let tuesday = try Staffing.shift(p, of: Fixture.ben, on: Staffing.tuesday)
        let events = try p.run(try CommandLanguage.parse("staff deactivate S-6", today: Fixture.today))
        #expect(events.map(\.change).dropFirst() == [.shiftRemoved(today.id), .shiftRemoved(tuesday.id)])
        #expect(p.staff[Fixture.ben]?.active == false)
        #expect(p.shifts[past.id] != nil) // history stays
        #expect(!p.rosterRows(on: Fixture.today, now: Fixture.now).contains { $0.staff.id == Fixture.ben })
        #expect(p.coverageGaps(on: Fixture.today).map(\.description) == ["MA 1 of 2 08:00–17:00 (1 short)"])
        #expect(
            domainError { try p.run(.clock(Fixture.ben, .clockIn), at: Fixture.at(8, 0)) }?.message.contains("inactive")
                == true)
        #expect(domainError { try p.run(.setStaffActive(Fixture.ben, active: false)) } != nil)

        try p.run(.setStaffActive(Fixture.ben, active: true))
        #expect(Self.status(p, Fixture.ben, at: Fixture.now) == .off)
    }

    @Test func deactivatingKeepsAShiftAlreadyClockedIn() throws {
        var p = Fixture.staffedWeek()
        try p.run(.clock(Fixture.ben, .clockIn), at: Fixture.at(8, 0))
        let events = try p.run(.setStaffActive(Fixture.ben, active: false), at: Fixture.at(9, 0))
        #expect(events.count == 1)
        #expect(try Staffing.shift(p, of: Fixture.ben).clockedIn == Fixture.at(8, 0))
    }

    @Test func addingAndEditingStaffIsChecked() throws {
        var p = Fixture.staffedWeek()
        let events = try p.run(
            try CommandLanguage.parse(
                "staff add --given Maya --family Chen --role ma --hours 32 --vacation-days 15", today: Fixture.today))
        guard case .staffAdded(let maya)? = events.first?.change else { Issue.record("\(events)"); return }
        #expect(maya.id == StaffID(8) && maya.role == .medicalAssistant && maya.weeklyHours == 32)
        #expect(maya.vacationDaysPerYear == 15 && maya.active)
        #expect(domainError { try p.run(.editStaff(maya.id, StaffEdit(weeklyHours: .set(90)))) } != nil)
        #expect(domainError { try p.run(.editStaff(maya.id, StaffEdit())) } != nil)
        try p.run(.editStaff(maya.id, StaffEdit(weeklyHours: .clear)))
        #expect(p.staff[maya.id]?.weeklyHours == nil)
        // A provider with booked visits keeps a provider role.
        _ = try p.book(Fixture.renee, with: Fixture.npKim, at: "09:00", on: Staffing.tuesday)
        #expect(domainError { try p.run(.editStaff(Fixture.npKim, StaffEdit(role: .nurse))) } != nil)
        try p.run(.editStaff(Fixture.npKim, StaffEdit(role: .physicianAssistant)))
        #expect(p.staff[Fixture.npKim]?.displayName == "PA Kim")
    }
}
