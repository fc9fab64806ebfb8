import ClinicDemo
import ClinicDomain
import Foundation
import Testing
import TestSupport

/// The small demo's staffing as the roster pane shows it at 10:42 on Monday 23 November 2026: templates, caps and
/// allowances, credentials in each warning window, the time clock at `now`, leave of every kind, and the coverage
/// gaps the story needs under `CoverageRule.standard` — the rules are the practice's, not bent for the demo.
@Suite struct DemoStaffingTests {
    let practice = Fixture.smallDemo
    let now = Fixture.now
    let today = Fixture.today

    func member(_ given: String) -> Staff? { practice.staff.values.first { $0.givenName == given } }

    @Test func everyoneHasATemplateWithLunchAndTheShiftsFollowIt() throws {
        #expect(practice.settings.coverage == CoverageRule.standard)
        for staff in practice.staff.values where staff.active {
            #expect(!staff.template.isEmpty, "\(staff.id) has no template")
            #expect(staff.weeklyHours.map { [24, 32, 40].contains($0) } == true, "\(staff.id) cap")
            for entry in staff.template where entry.end.minutes - entry.start.minutes >= 8 * 60 {
                #expect(entry.breakStart != nil && entry.breakMinutes >= 30, "\(staff.id) full day without lunch")
            }
            for shift in practice.shifts(on: today.adding(days: 1)) where shift.staff == staff.id {
                let entry = try #require(staff.template.first { $0.weekday == shift.day.weekday })
                #expect(
                    (shift.start, shift.end, shift.breakStart, shift.breakMinutes)
                        == (entry.start, entry.end, entry.breakStart, entry.breakMinutes))
            }
        }
        // Lunches staggered 11:30 to 13:00; Joe's at 11:30 while Ana still holds the desk.
        let lunches = Set(practice.staff.values.flatMap(\.template).compactMap(\.breakStart))
        #expect(
            lunches == [
                TimeOfDay(hour: 11, minute: 30), TimeOfDay(hour: 12), TimeOfDay(hour: 12, minute: 30),
                TimeOfDay(hour: 13),
            ])
        #expect(member("Joe")?.template.first?.breakStart == TimeOfDay(hour: 11, minute: 30))
        #expect(member("Ben")?.weeklyHours == 32)
        #expect(member("Ana")?.weeklyHours == 24)
        // Part-timers' vacation is not tracked; everyone else has 15–20 days a year.
        let untracked = practice.staff.values.filter { $0.vacationDaysPerYear == nil }.map(\.givenName).sorted()
        #expect(untracked == ["Ana", "Maya"])
        #expect(
            practice.staff.values.compactMap(\.vacationDaysPerYear).allSatisfy { (15...20).contains($0) })
    }

    @Test func templateExceptionsHoldAHolidayAndAKnownAbsence() {
        let thanksgiving = LocalDate(year: 2026, month: 11, day: 26)
        let friday = LocalDate(year: 2026, month: 11, day: 27)
        #expect(practice.staff.values.allSatisfy { $0.templateSkips.contains(thanksgiving) })
        #expect(member("Ana")?.templateSkips.contains(friday) == true)
        #expect(!practice.shifts(on: friday).contains { $0.staff == member("Ana")?.id })
        #expect(practice.templateShifts(weekOf: today).allSatisfy { $0.day != thanksgiving })
    }

    @Test func credentialsOfEveryKindWithOneInEachWindowAndNoBookedProviderLapsed() throws {
        let all = practice.staff.values.flatMap(\.credentials)
        for kind in [CredentialKind.licence, .dea, .board, .bls, .acls, .cpr, .hipaa, .osha, .malpractice, .caqh] {
            #expect(all.contains { $0.kind == kind }, "no \(kind)")
        }
        for provider in practice.providers {
            let kinds = Set(provider.credentials.map(\.kind))
            #expect(kinds.isSuperset(of: [.licence, .dea, .board, .malpractice, .caqh, .hipaa, .osha]))
            #expect(!kinds.isDisjoint(with: [.bls, .acls]))
            let licence = try #require(provider.credential(.licence))
            #expect(licence.state == "NY" && licence.number.count == 6)
            #expect(provider.credential(.dea)?.number.count == 9)
        }
        for staff in practice.staff.values {
            #expect(staff.credential(.hipaa) != nil && staff.credential(.osha) != nil, "\(staff.id) training")
            if [.medicalAssistant, .nurse].contains(staff.role) {
                #expect(staff.credential(.bls) != nil || staff.credential(.cpr) != nil, "\(staff.id) BLS/CPR")
            }
        }
        let clia = try #require(practice.settings.practiceCredentials.first)
        #expect(clia.kind == .clia && clia.number.count == 10)
        let expiring = practice.expiringCredentials(today: today)
        for window in [0, 30, 60, 90] {
            #expect(expiring.contains { $0.window == window }, "nothing in the \(window)-day window")
        }
        let expired = expiring.filter(\.isExpired)
        #expect(expired.count == 1)
        #expect(expired.first?.staff?.isProvider == false)
        for provider in practice.providers {
            for day in Set(practice.appointments.values.filter { $0.provider == provider.id }.map(\.day)) {
                #expect(practice.lapsedLicence(of: provider, on: day) == nil)
            }
        }
    }

    @Test func theTimeClockAtTenFortyTwo() throws {
        let shifts = practice.shifts(on: today)
        let sick = Set(practice.timeOff.values.filter { $0.kind == .sick && $0.includes(today) }.map(\.staff))
        let nowMinute = practice.clock.timeOfDay(of: now).minutes
        let started = shifts.filter { $0.start.minutes <= nowMinute && !sick.contains($0.staff) }
        let notIn = started.filter { $0.clockedIn == nil }
        #expect(notIn.count == 1)
        let late = try #require(notIn.first)
        #expect(late.start.minutes <= nowMinute - 10)
        #expect(practice.staff[late.staff]?.givenName == "Ben")
        let rows = practice.rosterRows(on: today, now: now)
        let status = Dictionary(uniqueKeysWithValues: rows.map { ($0.staff.givenName, $0.status) })
        #expect(status["Ben"] == .notInYet(since: TimeOfDay(hour: 10)))
        #expect(status["Joe"].map { if case .away(.sick, _) = $0 { true } else { false } } == true)
        #expect(rows.contains { if case .onBreak = $0.status { true } else { false } })
        #expect(rows.contains { if case .gone = $0.status { true } else { false } })
        // Everyone else on today's floor clocked in a few minutes around their start.
        for shift in started where shift.id != late.id {
            let clockedIn = try #require(shift.clockedIn, "\(shift.id) not punched")
            let offset = PracticeClock.minutes(from: practice.clock.instant(today, shift.start), to: clockedIn)
            #expect((-8...5).contains(offset))
        }
        // Past days are punched in and out, lunch included.
        for offset in 1...7 {
            for shift in practice.shifts(on: today.adding(days: -offset)) {
                guard practice.timeOff(for: shift.staff, on: shift.day) == nil else { continue }
                #expect(shift.clockedIn != nil && shift.clockedOut != nil, "\(shift.id) not punched")
                #expect(shift.breaks.count == (shift.breakStart == nil ? 0 : 1), "\(shift.id) lunch punch")
            }
        }
    }

    @Test func leaveOfEveryKindPendingDeniedAndOneOverBookedVisits() throws {
        let entries = Array(practice.timeOff.values)
        #expect(Set(entries.map(\.kind)) == Set(TimeOffKind.allCases))
        let denied = entries.filter { $0.status == .denied }
        #expect(denied.count == 1 && denied.first?.decisionNote?.isEmpty == false)
        let pending = entries.filter { $0.status == .requested }
        #expect(pending.count == 2)
        let providerRequest = try #require(pending.first { practice.staff[$0.staff]?.isProvider == true })
        let days = (0...providerRequest.from.days(until: providerRequest.through)).map {
            providerRequest.from.adding(days: $0)
        }
        let impact = practice.absenceImpact(of: providerRequest.staff, on: days, now: now)
        #expect(impact.visits.count > 10, "\(impact.visits.count) visits to move")
    }

    /// Today: Joe's sick call leaves the desk uncovered over lunch, and nothing else. This week otherwise: Friday,
    /// with Ana's known absence, has the desk empty before Joe starts and over his 11:30 lunch. Every other
    /// clinic day from last Monday to next Friday meets every rule.
    @Test func coverageGapsAreTheStorysOnly() {
        #expect(practice.coverageGaps(on: today).map(\.description) == ["front desk uncovered 12:00–13:00"])
        let friday = LocalDate(year: 2026, month: 11, day: 27)
        #expect(
            practice.coverageGaps(on: friday).map(\.description) == [
                "front desk uncovered 08:00–08:30", "front desk uncovered 11:30–12:00",
            ])
        for offset in -7...11 where ![0, 4].contains(offset) {
            let day = today.adding(days: offset)
            #expect(practice.coverageGaps(on: day).isEmpty, "\(day): \(practice.coverageGaps(on: day))")
        }
        let impact = practice.absenceImpact(of: member("Joe")?.id ?? StaffID(0), on: [today], now: now)
        #expect(impact.gaps.map(\.description) == ["front desk uncovered 12:00–13:00"])
    }
}
