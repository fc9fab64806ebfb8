import ClinicDemo
import ClinicDomain
import Foundation
import Testing
import TestSupport

@Suite struct SmallPracticeTests {
    let practice = Fixture.smallDemo
    let now = Fixture.now
    let today = Fixture.today

    @Test func sameSeedSameBytesAndDifferentSeedDifferentBytes() throws {
        let encoder = DomainCoding.encoder()
        let first = try encoder.encode(Fixture.demo(seed: 42))
        let second = try encoder.encode(Fixture.demo(seed: 42))
        let other = try encoder.encode(Fixture.demo(seed: 43))
        #expect(first == second)
        #expect(first != other)
    }

    @Test func survivesAJSONRoundTrip() throws {
        let data = try DomainCoding.encoder().encode(practice)
        let decoded = try DomainCoding.decoder().decode(Practice.self, from: data)
        #expect(decoded == practice)
        #expect(decoded.appointmentsByDay == practice.appointmentsByDay)
    }

    @Test func keepsEveryInvariantAcrossSeeds() {
        for seed: UInt64 in [1, 7, 42, 2026, .max] {
            let problems = DemoInvariants.problems(Fixture.demo(seed: seed), now: now)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(8))")
        }
    }

    @Test func hasTheRightSizes() {
        #expect(practice.settings.name == "Maple Family Practice")
        #expect(practice.settings.timeZoneID == "America/New_York")
        #expect((4...6).contains(practice.providers.count))
        #expect((13...17).contains(practice.staff.count))
        #expect(Set(practice.providers.map(\.role)) == [.physician, .nursePractitioner, .physicianAssistant])
        for role in [StaffRole.receptionist, .medicalAssistant, .nurse, .biller, .manager] {
            #expect(practice.staff.values.contains { $0.role == role }, "no \(role)")
        }
        #expect(practice.payers.count == 8)
        #expect((280...320).contains(practice.patients.count))
        #expect((70...95).contains(practice.appointments(on: today).count))
        #expect((600...720).contains(practice.claims.count))
        #expect((20...30).contains(practice.tasks.count))
        // Rest of this week and next: 10–15 a provider a working day on average.
        let tomorrow = practice.appointments(on: today.adding(days: 1)).filter(\.holdsSlot)
        let perProvider = Double(tomorrow.count) / Double(Set(tomorrow.map(\.provider)).count)
        #expect((9...17).contains(perProvider))
        #expect(practice.appointments(on: today.adding(days: -14)).count > 40)
        #expect(practice.appointments(on: today.adding(days: 11)).count > 30)
    }

    @Test func todayShowsEveryFlowStatusAndItsStories() {
        let board = practice.appointments(on: today)
        for status in FlowStatus.allCases {
            #expect(board.contains { $0.status == status }, "no \(status) today")
        }
        #expect(board.filter(\.overbooked).count == 1)
        #expect(board.contains { $0.arrivedLate && $0.history.contains { $0.note?.hasPrefix("late by") == true } })
        let waits = board.filter(\.status.isWaiting).compactMap { $0.enteredAt(.arrived) }
            .map { PracticeClock.minutes(from: $0, to: now) }
        #expect(waits.contains { $0 > 30 })
        #expect(waits.filter { $0 > 15 }.count >= 2)
        #expect(board.filter { $0.status == .checkedOut }.count > board.filter { $0.status == .noShow }.count * 3)
        let checkedOut = board.filter { $0.status == .checkedOut && $0.copayDue > .zero }
        #expect(checkedOut.filter { $0.copayCollected == $0.copayDue }.count * 10 >= checkedOut.count * 8)
        #expect(board.filter { $0.insuranceVerifiedAt != nil }.count * 2 > board.count)
        #expect(
            board.contains { a in
                practice.patients[a.patient].map { !$0.paperworkComplete } == true && a.visitType == .newPatient
            })
    }

    @Test func rosterHasASickCallAGapAndLeave() {
        let sick = practice.timeOff.values.filter { $0.kind == .sick && $0.includes(today) }
        #expect(sick.count == 1)
        let sickID = sick.first?.staff
        #expect(sickID.flatMap { practice.staff[$0]?.role } == .receptionist)
        // With the sick receptionist out, nobody covers the front desk at 12:30.
        let noon = TimeOfDay(hour: 12, minute: 30)
        let covering = practice.shifts(on: today).filter {
            $0.role == .receptionist && $0.staff != sickID && $0.covers(noon)
        }
        #expect(covering.isEmpty)
        #expect(practice.timeOff.values.contains { $0.status == .requested })
        let weekEnd = today.adding(days: 4)
        #expect(
            practice.timeOff.values.contains { r in
                r.kind == .vacation && r.status == .approved && r.from > today && r.from <= weekEnd
                    && practice.staff[r.staff]?.isProvider == true
            })
        let soon = practice.staff.values.flatMap(\.credentials).filter { today.days(until: $0.expires) <= 30 }
        #expect(soon.count >= 3)
        for kind in [CredentialKind.dea, .bls, .hipaa] {
            #expect(practice.staff.values.contains { $0.credentials.contains { $0.kind == kind } })
        }
        #expect(practice.shifts(on: today.adding(days: 11)).count >= 12)
    }

    @Test func closesForThanksgiving() {
        let thanksgiving = LocalDate(year: 2026, month: 11, day: 26)
        #expect(practice.appointments(on: thanksgiving).isEmpty)
        #expect(practice.shifts(on: thanksgiving).isEmpty)
        #expect(!practice.appointments(on: thanksgiving.adding(days: 1)).isEmpty)
    }

    @Test func patientsIncludeAccentedAndCJKNames() {
        let names = Set(practice.patients.values.map(\.fullName))
        // CJK names: family name first, no space
        for name in ["Renée Müller", "José Núñez", "Zoë Ångström", "王小明", "佐藤花子", "김민준"] {
            #expect(names.contains(name), "missing \(name)")
        }
        #expect(practice.patients.values.allSatisfy { $0.phone.contains("555-01") })
        #expect(practice.patients.values.filter { !$0.paperworkComplete }.count >= 3)
        #expect(practice.patients.values.allSatisfy { (0...5_000).contains($0.copay.value) })
        let medicare = practice.payers.values.first { $0.kind == .medicare }
        #expect(medicare?.timelyFilingDays == 365)
    }

    @Test func claimsCoverEveryStatusAndTheBillersStories() throws {
        let claims = Array(practice.claims.values)
        for status in ClaimStatus.allCases {
            #expect(claims.contains { $0.status == status }, "no \(status) claim")
        }
        let denials = Set(claims.compactMap { $0.denial?.description })
        for code in ["CO-50", "CO-97", "CO-16", "CO-4", "OA-18", "CO-29"] {
            #expect(denials.contains(code), "no \(code)")
        }
        let daysToFile = claims.compactMap { c in
            practice.payers[c.payer].flatMap { c.daysToFile(payer: $0, today: today) }
        }
        #expect(daysToFile.contains { (0...15).contains($0) })
        #expect(daysToFile.contains { $0 < 0 })
        #expect(claims.contains { $0.status == .partiallyPaid && $0.adjusted > .zero && $0.open > .zero })
        // A/R aging: open money in every bucket.
        let open = claims.filter { $0.status.isOpen && $0.open > .zero }.map { $0.ageInDays(today: today) }
        for bucket in [0...30, 31...60, 61...90, 91...120, 121...10_000] {
            #expect(open.contains { bucket.contains($0) }, "A/R bucket \(bucket) empty")
        }
        #expect(claims.contains { $0.followUp == today || ($0.followUp.map { $0 < today } ?? false) })
        let oldest = try #require(claims.map(\.dateOfService).min())
        #expect(oldest.days(until: today) >= 130)
        #expect(claims.contains { $0.appointment != nil })
    }

    @Test func boardRespectsWIPAndHasOverdueWork() {
        let tasks = Array(practice.tasks.values)
        for column in BoardColumn.allCases { #expect(tasks.contains { $0.column == column }, "empty \(column)") }
        #expect(tasks.filter { $0.column == .doing }.count == practice.settings.wipLimits[.doing])
        #expect(tasks.filter { $0.column == .today }.count <= practice.settings.wipLimits[.today] ?? 0)
        #expect(tasks.filter { $0.isOverdue(on: today) }.count >= 2)
        #expect(tasks.contains { $0.recurrence == .daily && $0.column != .done })
        #expect(tasks.allSatisfy { $0.owner.map { practice.staff.contains($0) } ?? true })
        let ranks = tasks.filter { $0.column == .backlog }.map(\.rank)
        #expect(Set(ranks).count == ranks.count)
    }
}
