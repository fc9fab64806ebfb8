import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

extension Practice {
    /// Replaces `who`'s shifts on `day` with the given ones ("08:00-12:00").
    mutating func setShifts(
        _ who: StaffID, on day: LocalDate = Fixture.today, _ spans: [String], role: StaffRole? = nil
    ) {
        for shift in shifts.values where shift.staff == who && shift.day == day { shifts[shift.id] = nil }
        for span in spans {
            let parts = span.split(separator: "-").map(String.init)
            seed(
                shift: Shift(
                    id: nextID(Shift.self), staff: who, day: day, start: Fixture.time(parts[0]),
                    end: Fixture.time(parts[1]), role: role ?? staff[who]?.role ?? .receptionist))
        }
    }
}

@Suite("Derived views: money")
struct MoneyViewTests {
    @Test func arAgingBucketsByDateOfService() throws {
        var p = Fixture.staffedWeek()
        let ages = [-3, 0, 30, 31, 60, 61, 90, 91, 120, 121, 400]
        for (n, age) in ages.enumerated() {
            p.seed(claim: Fixture.claim(n + 1, dos: Fixture.today.adding(days: -age), charge: 10000))
        }
        p.seed(claim: Fixture.claim(20, dos: Fixture.today, charge: 10000, status: .paid, paid: 10000))
        p.seed(claim: Fixture.claim(21, dos: Fixture.today.adding(days: -200), charge: 10000, status: .writtenOff))
        p.seed(
            claim: Fixture.claim(
                22, dos: Fixture.today.adding(days: -45), charge: 10000, status: .partiallyPaid, paid: 7500))
        let aging = p.arAging(today: Fixture.today)
        #expect(aging.buckets.map(\.bucket) == AgingBucket.allCases)
        #expect(aging.buckets.map(\.count) == [3, 3, 2, 2, 2])
        #expect(aging.buckets.map(\.amount.value) == [30000, 22500, 20000, 20000, 20000])
        #expect(aging.total == Cents(112500))
        #expect(aging.count == 12)
        #expect(aging.bucket(.upTo60).amount == Cents(22500))
        #expect(aging.over120Share == 20000.0 / 112500.0)
        #expect(aging.health == .healthy) // 17.8%
        p.seed(claim: Fixture.claim(30, dos: Fixture.today.adding(days: -200), charge: 5000))
        #expect(p.arAging(today: Fixture.today).health == .watch) // 21.3%
        p.seed(claim: Fixture.claim(31, dos: Fixture.today.adding(days: -200), charge: 30000))
        #expect(p.arAging(today: Fixture.today).health == .bad)
        #expect(AgingBucket.allCases.map(\.label) == ["0–30", "31–60", "61–90", "91–120", "120+"])
        #expect(Fixture.staffedWeek().arAging(today: Fixture.today).health == .healthy)
        #expect(Fixture.staffedWeek().arAging(today: Fixture.today).over120Share == nil)
    }

    @Test(arguments: [
        (0.0, ARHealth.healthy), (0.1799, .healthy), (0.18, .watch), (0.25, .watch), (0.2501, .bad), (0.9, .bad),
    ])
    func arHealthThresholds(share: Double, health: ARHealth) {
        #expect(ARHealth(over120Share: share) == health)
    }

    @Test func denialRateOverAdjudicatedClaimsInTheWindow() {
        var p = Fixture.staffedWeek()
        let recent = Fixture.today.adding(days: -20)
        p.seed(claim: Fixture.claim(1, dos: recent, status: .paid, paid: 24000))
        p.seed(claim: Fixture.claim(2, dos: recent, status: .partiallyPaid, paid: 1000))
        p.seed(claim: Fixture.claim(3, dos: recent, status: .denied, denial: Denial(group: .CO, code: "50")))
        p.seed(claim: Fixture.claim(4, dos: recent, status: .appealed, denial: Denial(group: .CO, code: "16")))
        p.seed(claim: Fixture.claim(5, dos: recent, status: .paid, paid: 24000, denial: Denial(group: .CO, code: "16")))
        p.seed(claim: Fixture.claim(6, dos: recent, status: .submitted))
        p.seed(
            claim: Fixture.claim(
                7, dos: Fixture.today.adding(days: -100), status: .denied, denial: Denial(group: .CO, code: "50")))
        #expect(p.denialRate(today: Fixture.today) == 0.6)
        #expect(p.denialRate(today: Fixture.today, days: 120) == 4.0 / 6.0)
        #expect(p.denialRate(today: Fixture.today, days: 10) == nil)
    }

    @Test func claimQueueOrdersByWhatLosesMoneyFirst() {
        var p = Fixture.staffedWeek()
        let t = Fixture.today
        // Aetna 90d: 5 days past
        p.seed(claim: Fixture.claim(1, dos: t.adding(days: -95), charge: 5000, status: .draft))
        p.seed(claim: Fixture.claim(2, dos: t.adding(days: -80), charge: 90000, status: .draft)) // files in 10
        p.seed(claim: Fixture.claim(3, dos: t.adding(days: -85), charge: 1000, status: .ready)) // files in 5
        p.seed(
            claim: Fixture.claim(
                4, dos: t.adding(days: -20), charge: 5000, status: .denied, denial: Denial(group: .CO, code: "50")))
        p.seed(
            claim: Fixture.claim(
                5, dos: t.adding(days: -20), charge: 30000, status: .denied, denial: Denial(group: .CO, code: "97")))
        p.seed(claim: Fixture.claim(6, dos: t.adding(days: -5), status: .rejected))
        var followUp = Fixture.claim(7, dos: t.adding(days: -30), status: .submitted)
        followUp.followUp = t
        p.seed(claim: followUp)
        p.seed(claim: Fixture.claim(8, dos: t.adding(days: -10), charge: 50000))
        p.seed(claim: Fixture.claim(9, dos: t.adding(days: -40), charge: 50000))
        p.seed(
            claim: Fixture.claim(10, payer: Fixture.medicare, dos: t.adding(days: -60), charge: 2000, status: .draft))
        p.seed(claim: Fixture.claim(11, dos: t, status: .paid, paid: 24000))
        let queue = p.claimQueue(today: t)
        // Money at risk = open × chance of loss (ClaimQueueScore): a $900 claim 10 days from its deadline (60 %)
        // outranks a $50 one already past it (90 %); a $240 rejection (40 %) outranks a $50 denial (60 %).
        #expect(queue.map(\.claim.id.number) == [2, 5, 6, 7, 1, 4, 9, 8, 3, 10])
        #expect(
            queue.map(\.atRisk.value) == [54000, 18000, 9600, 6000, 4500, 3000, 1500, 1000, 700, 100])
        #expect(
            queue.map(\.risk) == [
                .nearDeadline, .denied, .needsAction, .needsAction, .pastDeadline, .denied, .normal, .normal,
                .nearDeadline, .normal,
            ])
        #expect(queue[4].daysToFile == -5)
        #expect(queue[8].daysToFile == 5)
        #expect(queue[1].daysToFile == nil)
        #expect(queue[1].payer?.name == "Aetna")
        #expect(queue[1].open == Cents(30000))
        #expect(queue.last?.daysToFile == 305)
        #expect(queue.last?.ageDays == 60)
    }
}

@Suite("Derived views: staff")
struct StaffViewTests {
    @Test func coverageGapsMergeAdjacentSteps() {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.ana, ["08:00-12:00"])
        p.setShifts(Fixture.joe, ["13:00-17:00"])
        p.setShifts(Fixture.priya, ["08:00-16:30"])
        let gaps = p.coverageGaps(on: Fixture.today)
        #expect(
            gaps == [
                CoverageGap(
                    day: Fixture.today, name: "front desk", roles: [.receptionist], from: Fixture.time("12:00"),
                    to: Fixture.time("13:00"), onDuty: 0, required: 1),
                CoverageGap(
                    day: Fixture.today, name: "MA", roles: [.medicalAssistant], from: Fixture.time("16:30"),
                    to: Fixture.time("17:00"), onDuty: 1, required: 2),
            ])
        #expect(gaps.map(\.description) == ["front desk uncovered 12:00–13:00", "MA 1 of 2 16:30–17:00 (1 short)"])
    }

    @Test func sickAndPTOOpenGapsAndCountsSplitThem() throws {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.priya, ["08:00-16:30"])
        try p.run(.callInSick(Fixture.ben, day: nil), at: Fixture.at(7, 0))
        let gaps = p.coverageGaps(on: Fixture.today).filter { $0.roles == [.medicalAssistant] }
        #expect(gaps.map(\.description) == ["MA 1 of 2 08:00–16:30 (1 short)", "MA 0 of 2 16:30–17:00 (2 short)"])
    }

    @Test func backToBackShiftsCoverAndClosedDaysHaveNoGaps() {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.ana, ["08:00-12:00", "12:00-17:00"])
        #expect(p.coverageGaps(on: Fixture.today).isEmpty)
        let saturday = Fixture.day("2026-11-28")
        #expect(p.coverageGaps(on: saturday).isEmpty)
        // Tuesday has provider shifts but no front desk or MAs at all.
        #expect(
            p.coverageGaps(on: Fixture.today.adding(days: 1)).map(\.description)
                == ["front desk uncovered 08:00–17:00", "MA 0 of 2 08:00–17:00 (2 short)"])
        #expect(p.coverageGaps(on: Fixture.day("2026-12-07")).isEmpty) // nobody scheduled: closed
    }

    @Test func rosterRowsAtTenFortyTwo() throws {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.joe, ["13:00-17:00"])
        p.setShifts(Fixture.priya, ["07:00-10:00"])
        try p.run(.callInSick(Fixture.ben, day: nil), at: Fixture.at(7, 12))
        try p.run(
            .requestTimeOff(Fixture.ana, from: Fixture.day("2026-12-01"), through: Fixture.day("2026-12-03"), note: ""))
        let id = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:30")
        try p.walk(id, arrived: Fixture.at(10, 25), seen: Fixture.at(10, 35))
        p.seed(staff: Staff(id: StaffID(8), givenName: "Old", familyName: "Timer", role: .biller, active: false))
        p.seed(staff: Staff(id: StaffID(9), givenName: "Bea", familyName: "Ng", role: .biller))
        let rows = p.rosterRows(on: Fixture.today, now: Fixture.now)
        #expect(
            rows.map(\.staff.displayName) == [
                "Dr Lee", "Dr Patel", "NP Kim", "Ben C.", "Priya S.", "Joe M.", "Ana R.", "Bea N.",
            ])
        #expect(
            rows.map(\.status) == [
                .withPatient(id), .onDuty(until: Fixture.time("17:00")), .onDuty(until: Fixture.time("17:00")),
                .away(.sick, TimeOffID(1)), .doneAt(Fixture.time("10:00")), .startsAt(Fixture.time("13:00")),
                .onDuty(until: Fixture.time("17:00")), .off,
            ])
        #expect(
            rows.map(\.status.label) == [
                "seeing patients", "on duty until 17:00", "on duty until 17:00", "SICK",
                "done at 10:00", "starts 13:00", "on duty until 17:00", "off",
            ])
        #expect(rows[6].pendingRequests.map(\.id) == [TimeOffID(2)])
        #expect(rows[7].shift == nil)
        #expect(rows[0].shift?.start == Fixture.time("08:00"))
    }

    @Test func rosterBetweenTwoShiftsShowsTheNextStart() {
        var p = Fixture.staffedWeek()
        p.setShifts(Fixture.ana, ["08:00-10:00", "12:00-17:00"])
        let ana = p.rosterRows(on: Fixture.today, now: Fixture.now).first { $0.staff.id == Fixture.ana }
        #expect(ana?.status == .startsAt(Fixture.time("12:00")))
        #expect(ana?.shifts.count == 2)
    }

    @Test func expiringCredentialsSoonestFirst() {
        var p = Fixture.staffedWeek()
        p.staff.modify(Fixture.drLee) {
            $0.credentials = [
                Credential(name: "DEA", expires: Fixture.today.adding(days: -2)),
                Credential(name: "Licence", expires: Fixture.today.adding(days: 100)),
            ]
        }
        let list = p.expiringCredentials(today: Fixture.today)
        // The licence, 100 days out, is outside the widest (90-day) window.
        #expect(list.map(\.credential.name) == ["DEA", "BLS"])
        #expect(list.map(\.daysLeft) == [-2, 9])
        #expect(list.map(\.window) == [0, 30])
        #expect(list.map(\.staff?.id) == [Fixture.drLee, Fixture.priya])
    }

    @Test func weekOverviewCountsAppointmentsAndFreeSlots() throws {
        var p = Fixture.staffedWeek()
        _ = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", minutes: 20)
        _ = try p.book(Fixture.jorge, with: Fixture.drLee, at: "09:30", minutes: 40)
        let cancelled = try p.book(Fixture.tuan, with: Fixture.drLee, at: "11:00")
        try p.run(
            .cancel(cancelled, reason: "patient called"), at: Fixture.at(7, 0, on: Fixture.today.adding(days: -3)))
        let tuesday = Fixture.today.adding(days: 1)
        try p.run(.requestTimeOff(Fixture.drPatel, from: tuesday, through: tuesday, note: ""))
        try p.run(.approveTimeOff(TimeOffID(1)))
        let cells = p.weekOverview(from: Fixture.today)
        #expect(cells.count == 15)
        #expect(cells.prefix(3).map(\.provider) == [Fixture.drLee, Fixture.drPatel, Fixture.npKim])
        let lee = try #require(cells.first)
        #expect(lee.appointments == 2)
        #expect(lee.freeSlots == 36 - 5)
        #expect(lee.working)
        let patelTuesday = try #require(cells.first { $0.provider == Fixture.drPatel && $0.day == tuesday })
        #expect(patelTuesday.onPTO && !patelTuesday.working && patelTuesday.freeSlots == 0)
        let kimWednesday = try #require(
            cells.first { $0.provider == Fixture.npKim && $0.day == Fixture.today.adding(days: 2) })
        #expect(
            kimWednesday
                == WeekCell(
                    day: Fixture.today.adding(days: 2), provider: Fixture.npKim, appointments: 0,
                    freeSlots: 0, working: false, timeOff: nil))
        #expect(p.weekOverview(from: Fixture.today, days: 0).isEmpty)
    }
}
