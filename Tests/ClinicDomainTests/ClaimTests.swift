import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

enum ClaimAction: String, CaseIterable, Sendable {
    case submit, accept, reject, pay, deny, appeal, writeOff

    func command(_ id: ClaimID) -> Command {
        switch self {
        case .submit: return .submitClaim(id)
        case .accept: return .acceptClaim(id)
        case .reject: return .rejectClaim(id, reason: "invalid member ID")
        case .pay: return .payClaim(id, amount: Cents(1000), adjustment: nil)
        case .deny: return .denyClaim(id, Denial(group: .CO, code: "50"))
        case .appeal: return .appealClaim(id)
        case .writeOff: return .writeOffClaim(id)
        }
    }
}

/// The claim lifecycle, written out independently of `ClaimStatus.next`.
let legalClaimSteps: [ClaimStatus: Set<ClaimAction>] = [
    .draft: [.submit], .ready: [.submit], .rejected: [.submit, .writeOff],
    .submitted: [.accept, .reject, .pay, .deny], .accepted: [.pay, .deny, .reject],
    .partiallyPaid: [.pay, .deny, .appeal, .writeOff], .denied: [.pay, .appeal, .writeOff],
    .appealed: [.pay, .deny, .writeOff],
    // Money that arrives is posted: on a paid claim as a credit, on a written-off one reopening it.
    .paid: [.pay], .writtenOff: [.pay], .replaced: [], .voided: [],
]

@Suite("Claims")
struct ClaimTests {
    @Test(
        "every status × action is allowed or refused as the table says",
        arguments: ClaimStatus.allCases, ClaimAction.allCases)
    func transition(from status: ClaimStatus, action: ClaimAction) throws {
        var p = Fixture.staffedWeek()
        p.seed(
            claim: Fixture.claim(
                7, dos: Fixture.today.adding(days: -10), status: status,
                paid: status == .partiallyPaid ? 5000 : 0,
                denial: status == .denied ? Denial(group: .CO, code: "50") : nil))
        let legal = legalClaimSteps[status]?.contains(action) ?? false
        if legal {
            try p.run(action.command(ClaimID(7)))
        } else {
            let before = p
            let error = try #require(domainError { try p.run(action.command(ClaimID(7))) })
            #expect(error.message.hasPrefix("C-7 cannot "), "\(error)")
            #expect(error.message.contains("it is \(status.label)"), "\(error)")
            #expect(p == before)
        }
    }

    @Test func payingADraftIsRefused() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today, status: .draft))
        let error = try #require(domainError { try p.run(.payClaim(ClaimID(1), amount: Cents(100), adjustment: nil)) })
        #expect(error.message == "C-1 cannot be paid: it is draft; from there it can only become ready, submitted.")
    }

    @Test func aTimelyFilingDenialIsAppealedOnlyWithProofOfTimelyFiling() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -100), status: .submitted))
        try p.run(.denyClaim(ClaimID(1), Denial(group: .CO, code: "29")))
        let error = try #require(domainError { try p.run(.appealClaim(ClaimID(1))) })
        #expect(error.message.contains("CO-29"))
        #expect(error.message.contains("proof of timely filing"))
        try p.run(.appealClaim(ClaimID(1), note: "clearinghouse acceptance report of 2026-09-01"))
        let claim = try #require(p.claims[ClaimID(1)])
        #expect(claim.status == .appealed)
        #expect(claim.history.last?.note == "clearinghouse acceptance report of 2026-09-01")
        try p.run(.writeOffClaim(ClaimID(1), reason: "appeal lost"))
        #expect(p.claims[ClaimID(1)]?.open == .zero)
        #expect(p.claims[ClaimID(1)]?.money.writtenOff == Cents(24000))
    }

    @Test func anOverpaymentPostsAsACreditOnTheClaim() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today, charge: 24000))
        try p.run(.payClaim(ClaimID(1), amount: Cents(20000), adjustment: Cents(5000)))
        let claim = try #require(p.claims[ClaimID(1)])
        #expect(claim.status == .paid)
        #expect(claim.money.insuranceBalance == Cents(-1000))
        #expect(claim.open == .zero)
        #expect(claim.history.last?.note == "paid $200.00, CO-45 $50.00; credit $10.00")
        #expect(domainError { try p.run(.payClaim(ClaimID(1), amount: .zero, adjustment: nil)) } != nil)
    }

    @Test func partialThenPaidSettlesTheClaim() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today, charge: 24000))
        try p.run(.payClaim(ClaimID(1), amount: Cents(10000), adjustment: Cents(4000)))
        var claim = try #require(p.claims[ClaimID(1)])
        #expect(claim.status == .partiallyPaid)
        #expect(claim.open == Cents(10000))
        try p.run(.payClaim(ClaimID(1), amount: Cents(10000), adjustment: nil))
        claim = try #require(p.claims[ClaimID(1)])
        #expect(claim.status == .paid)
        #expect(claim.open == .zero)
        #expect(claim.history.map(\.status) == [.partiallyPaid, .paid])
        #expect(claim.history.first?.note == "paid $100.00, CO-45 $40.00")
        #expect(claim.money.payerPaid == Cents(20000))
        #expect(claim.money.contractual == Cents(4000))
    }

    @Test func deniedAppealedThenPaid() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -20)))
        try p.run(.denyClaim(ClaimID(1), Denial(group: .CO, code: "50", rarc: "N130")))
        #expect(p.claims[ClaimID(1)]?.denial?.description == "CO-50")
        #expect(p.claims[ClaimID(1)]?.denial?.reason == "not medically necessary")
        try p.run(.appealClaim(ClaimID(1)))
        try p.run(.payClaim(ClaimID(1), amount: Cents(24000), adjustment: nil))
        #expect(p.claims[ClaimID(1)]?.status == .paid)
    }

    @Test func submitChecksCodesAndStampsTheDay() throws {
        var p = Fixture.staffedWeek()
        p.seed(
            claim: Fixture.claim(
                1, dos: Fixture.today, status: .draft, codes: ["9921", "99214"], diagnoses: ["E11.9", "11.9"]))
        let error = try #require(domainError { try p.run(.submitClaim(ClaimID(1))) })
        #expect(
            error.message
                == "C-1 cannot be submitted: '11.9' is not an ICD-10-CM code; "
                + "line 1: '9921' is not a CPT/HCPCS code (5 characters: 99214, G0439).")
        p.seed(
            claim: Fixture.claim(
                2, dos: Fixture.today, status: .draft, codes: ["99214", "G0439"], diagnoses: ["Z00.00"]))
        try p.run(.submitClaim(ClaimID(2)))
        #expect(p.claims[ClaimID(2)]?.submittedOn == Fixture.today)
        #expect(p.claims[ClaimID(2)]?.status == .submitted)
    }

    @Test func filingDeadlineComesFromThePayer() throws {
        let p = Fixture.staffedWeek()
        let claim = Fixture.claim(1, dos: Fixture.day("2026-10-01"), status: .draft)
        let aetna = try #require(p.payers[Fixture.aetna])
        let medicare = try #require(p.payers[Fixture.medicare])
        #expect(claim.filingDeadline(payer: aetna) == Fixture.day("2026-12-30"))
        #expect(claim.daysToFile(payer: aetna, today: Fixture.today) == 37)
        #expect(claim.filingDeadline(payer: medicare) == Fixture.day("2027-10-01"))
        // The clock runs until the payer accepts the claim, not merely until it is sent.
        var submitted = claim
        submitted.status = .submitted
        #expect(submitted.daysToFile(payer: aetna, today: Fixture.today) == 37)
        submitted.status = .accepted
        #expect(submitted.daysToFile(payer: aetna, today: Fixture.today) == nil)
    }

    @Test func followUpOnlyForOpenClaims() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today, status: .paid))
        #expect(domainError { try p.run(.setClaimFollowUp(ClaimID(1), Fixture.today)) } != nil)
        p.seed(claim: Fixture.claim(2, dos: Fixture.today))
        try p.run(.setClaimFollowUp(ClaimID(2), Fixture.day("2026-12-01")))
        #expect(p.claims[ClaimID(2)]?.followUp == Fixture.day("2026-12-01"))
    }
}

@Suite("Tasks")
struct TaskTests {
    func board(doing: Int) throws -> Practice {
        var p = Fixture.staffedWeek()
        for n in 0..<doing { try p.run(.addTask(NewTask(title: "Doing \(n)", column: .doing))) }
        return p
    }

    @Test func wipLimitRefusesAndOverrideMoves() throws {
        var p = try board(doing: 3)
        try p.run(.addTask(NewTask(title: "Call Aetna", column: .backlog)))
        let id = TaskID(4)
        let error = try #require(domainError { try p.run(.moveTask(id, to: .doing, override: false)) })
        #expect(error.message == "Doing is full (3/3, its WIP limit): finish something first, or override.")
        #expect(p.tasks[id]?.column == .backlog)
        try p.run(.moveTask(id, to: .doing, override: true))
        #expect(p.tasks(in: .doing).map(\.id) == [TaskID(1), TaskID(2), TaskID(3), id])
        #expect(p.fullColumns() == [FullColumn(column: .doing, count: 4, limit: 3)])
    }

    @Test func addingIntoAFullColumnIsRefused() throws {
        var p = try board(doing: 3)
        #expect(domainError { try p.run(.addTask(NewTask(title: "One more", column: .doing))) } != nil)
        #expect(domainError { try p.run(.addTask(NewTask(title: "   "))) }?.message == "task title: must not be empty.")
    }

    @Test func movingWithinTheLimitAndDone() throws {
        var p = try board(doing: 2)
        try p.run(.addTask(NewTask(title: "Fire drill")))
        try p.run(.moveTask(TaskID(3), to: .doing, override: false))
        try p.run(.completeTask(TaskID(1)))
        let done = try #require(p.tasks[TaskID(1)])
        #expect(done.column == .done)
        #expect(done.doneAt == DomainCoding.wholeSecond(Fixture.now))
        #expect(domainError { try p.run(.completeTask(TaskID(1))) }?.message == "T-1 is already in Done.")
    }

    @Test func aRecurringTaskSpawnsItsNextOccurrence() throws {
        var p = Fixture.staffedWeek()
        try p.run(
            .addTask(
                NewTask(
                    title: "Payroll close", column: .today, owner: Fixture.ana, due: Fixture.today,
                    priority: .high, labels: ["billing"], recurrence: .weekly)))
        let events = try p.run(.completeTask(TaskID(1)))
        #expect(events.count == 2)
        let next = try #require(p.tasks[TaskID(2)])
        #expect(next.title == "Payroll close")
        #expect(next.column == .backlog)
        #expect(next.due == Fixture.today.adding(days: 7))
        #expect(next.owner == Fixture.ana)
        #expect(next.recurrence == .weekly)
        #expect(next.labels == ["billing"])
        #expect(p.tasks[TaskID(1)]?.column == .done)
    }

    @Test(arguments: [
        (Recurrence.daily, "2026-12-31", "2027-01-01"), (.weekly, "2026-12-28", "2027-01-04"),
        (.monthly, "2026-01-31", "2026-02-28"), (.monthly, "2028-01-31", "2028-02-29"),
        (.monthly, "2026-12-15", "2027-01-15"),
        (.yearly, "2028-02-29", "2029-02-28"),
    ])
    func recurrenceNextDay(recurrence: Recurrence, from: String, expected: String) {
        #expect(recurrence.next(after: Fixture.day(from)) == Fixture.day(expected))
    }

    @Test func reorderSwapsNeighbours() throws {
        var p = Fixture.staffedWeek()
        for title in ["a", "b", "c"] { try p.run(.addTask(NewTask(title: title))) }
        try p.run(.reorderTask(TaskID(3), by: -1))
        #expect(p.tasks(in: .backlog).map(\.title) == ["a", "c", "b"])
        #expect(
            domainError { try p.run(.reorderTask(TaskID(1), by: -1)) }?.message
                == "T-1 is already at the top of Backlog.")
    }

    @Test func overdueTasksMostOverdueFirst() throws {
        var p = Fixture.staffedWeek()
        try p.run(.addTask(NewTask(title: "late low", due: Fixture.today.adding(days: -1), priority: .low)))
        try p.run(.addTask(NewTask(title: "very late", due: Fixture.today.adding(days: -5))))
        try p.run(.addTask(NewTask(title: "late high", due: Fixture.today.adding(days: -1), priority: .high)))
        try p.run(.addTask(NewTask(title: "due today", due: Fixture.today)))
        try p.run(.addTask(NewTask(title: "done late", due: Fixture.today.adding(days: -9))))
        try p.run(.completeTask(TaskID(5)))
        #expect(p.overdueTasks(today: Fixture.today).map(\.title) == ["very late", "late high", "late low"])
    }
}
