import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Alerts")
struct AlertTests {
    /// Monday 10:42 with one of everything that needs attention.
    func troubledMorning() throws -> Practice {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.ana, ["08:00-12:00"])
        p.setShifts(Fixture.joe, ["13:00-17:00"])
        try p.run(.callInSick(Fixture.ben, day: nil), at: Fixture.at(7, 10))
        // 王小明 arrived 10:08 for 10:20 with Dr Patel: waiting 22m (from the start), and Dr Patel is 22m behind.
        let xiaoming = try p.book(Fixture.xiaoming, with: Fixture.drPatel, at: "10:20")
        try p.walk(xiaoming, arrived: Fixture.at(10, 8))
        // Jorge arrived 10:22 for 10:20 with Dr Lee: waiting 20m (warn), Dr Lee 20m behind.
        let jorge = try p.book(Fixture.jorge, with: Fixture.drLee, at: "10:20")
        try p.walk(jorge, arrived: Fixture.at(10, 22))
        // Tuan due 10:20 with NP Kim, not here: no-show candidate.
        _ = try p.book(Fixture.tuan, with: Fixture.npKim, at: "10:20")
        // Renée due 10:40, 2 minutes late: not yet a candidate.
        _ = try p.book(Fixture.renee, with: Fixture.npKim, at: "10:40")
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -93), status: .draft)) // deadline passed 3d ago
        p.seed(claim: Fixture.claim(2, dos: Fixture.today.adding(days: -87), status: .ready)) // files in 3 days
        p.seed(
            claim: Fixture.claim(
                3, dos: Fixture.today.adding(days: -20), status: .denied, denial: Denial(group: .CO, code: "50")))
        p.seed(claim: Fixture.claim(4, dos: Fixture.today.adding(days: -20), status: .submitted)) // fine
        for n in 0..<3 { try p.run(.addTask(NewTask(title: "Busy \(n)", column: .doing)), at: Fixture.at(7, 0)) }
        try p.run(.addTask(NewTask(title: "Order gloves", due: Fixture.today.adding(days: -2))), at: Fixture.at(7, 0))
        try p.run(
            .requestTimeOff(
                Fixture.priya, from: Fixture.day("2026-12-01"), through: Fixture.day("2026-12-03"), note: ""))
        return p
    }

    @Test func mostUrgentFirst() throws {
        let alerts = try troubledMorning().alerts(now: Fixture.now)
        let summary = alerts.map { "\($0.severity) \($0.kind) \($0.subject ?? "-")" }
        #expect(
            summary == [
                "critical filingDeadline C-1", // AlertRank: a deadline before staffing within a severity
                "critical coverageGap -", // MA 1 of 2 right now (Ben is sick)
                "warn patientWaiting A-1", // arrived 10:08 for 10:20: waiting since 10:20
                "warn patientWaiting A-2",
                "warn noShowCandidate A-3",
                "warn providerLate A-1", // Dr Patel 22m
                "warn providerLate A-2", // Dr Lee 20m
                "warn filingDeadline C-2",
                "warn coverageGap -", // front desk 12–13, later today
                "warn deniedClaim C-3",
                "warn credentialExpiring S-5",
                "info coverageGap -", // the rest of the week: no front desk or MAs scheduled yet
                "info coverageGap -",
                "info coverageGap -",
                "info coverageGap -",
                "info overdueTask T-4",
                "info wipFull -",
                "info timeOffPending R-2",
            ])
        #expect(
            alerts.map(\.message) == [
                "C-1 filing deadline passed 3d ago",
                "MA 1 of 2 08:00–17:00 (1 short)",
                "王小明 waiting 22m (Dr Patel)",
                "J. Alvarez waiting 20m (Dr Lee)",
                "T. Nguyen not here, due 10:20 (22m)",
                "Dr Patel running 22m late",
                "Dr Lee running 20m late",
                "C-2 files in 3 days",
                "front desk uncovered 12:00–13:00",
                "C-3 denied CO-50 (not medically necessary) $240.00",
                "BLS expires for Priya S. in 9 days",
                "Tue 24 Nov: front desk uncovered 08:00–17:00 +1 more",
                "Wed 25 Nov: front desk uncovered 08:00–17:00 +1 more",
                "Thu 26 Nov: front desk uncovered 08:00–17:00 +1 more",
                "Fri 27 Nov: front desk uncovered 08:00–17:00 +1 more",
                "T-4 Order gloves overdue 2d",
                "Doing is full (3/3)",
                "R-2 PTO request: Priya S. 12-01–12-03",
            ])
    }

    @Test func alertsFollowTheClock() throws {
        var p = try troubledMorning()
        // Early morning: nobody waits, nobody is late; the gaps are all ahead.
        let early = p.alerts(now: Fixture.at(7, 30))
        #expect(
            !early.contains { $0.kind == .patientWaiting || $0.kind == .noShowCandidate || $0.kind == .providerLate })
        #expect(
            early.filter { $0.kind == .coverageGap }.map(\.severity) == [.warn, .warn, .info, .info, .info, .info])
        // After hours today's gaps are past and drop off; the rest of the week's stay.
        #expect(
            p.alerts(now: Fixture.at(17, 30)).filter { $0.kind == .coverageGap }.map(\.severity)
                == [.info, .info, .info, .info])
        // Seeing the patients clears their alerts.
        try p.walk(AppointmentID(1), seen: Fixture.now)
        try p.walk(AppointmentID(2), seen: Fixture.now)
        let later = p.alerts(now: Fixture.now)
        #expect(!later.contains { $0.kind == .patientWaiting || $0.kind == .providerLate })
    }

    @Test func aLatePatientDoesNotMakeTheProviderLate() throws {
        var p = Fixture.staffedWeek()
        let id = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:00")
        try p.walk(id, arrived: Fixture.at(10, 30))
        let alerts = p.alerts(now: Fixture.now)
        #expect(!alerts.contains { $0.kind == .providerLate })
        #expect(!alerts.contains { $0.kind == .patientWaiting }) // 12 minutes: under the warn threshold
    }

    @Test func aQuietPracticeHasOnlyItsStandingAlerts() {
        var p = Fixture.staffedWeek()
        // Staff the rest of the week so only the standing credential alert is left.
        for offset in 1..<5 {
            p.setShifts(Fixture.ana, on: Fixture.today.adding(days: offset), ["08:00-17:00"])
            p.setShifts(Fixture.priya, on: Fixture.today.adding(days: offset), ["08:00-17:00"])
            p.setShifts(Fixture.ben, on: Fixture.today.adding(days: offset), ["08:00-17:00"])
        }
        let alerts = p.alerts(now: Fixture.now)
        #expect(
            alerts == [
                Alert(
                    severity: .warn, kind: .credentialExpiring, message: "BLS expires for Priya S. in 9 days",
                    subject: "S-5")
            ])
    }

    @Test func cachedClaimAlertsGiveTheSameList() throws {
        let p = try troubledMorning()
        let cached = p.claimAlerts(today: Fixture.today)
        #expect(cached.map(\.subject) == ["C-1", "C-2", "C-3"])
        for minute in [0, 30, 90, 400] {
            let now = Fixture.now.addingTimeInterval(Double(minute * 60))
            #expect(p.alerts(now: now, claimAlerts: cached) == p.alerts(now: now))
        }
    }
}
