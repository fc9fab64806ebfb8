import Foundation
import Testing
import TestSupport

@testable import ClinicDomain

/// Charge capture to cash in the domain: a checked-out visit becomes a claim at the practice's fees, the payer's
/// edits run at submit, postings split by bucket, and the patient's balance follows PR, copays and payments.
@Suite struct BillingTests {
    /// Renée's 09:00 visit today, checked out at 09:40.
    static func checkedOutVisit() throws -> (Practice, AppointmentID) {
        var p = Fixture.staffedWeek()
        let visit = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00")
        try p.walk(
            visit, arrived: Fixture.at(8, 55), roomed: Fixture.at(9, 0), seen: Fixture.at(9, 10),
            out: Fixture.at(9, 40))
        return (p, visit)
    }

    static func create(_ visit: AppointmentID, dx: [String] = ["E11.9", "I10"], lines: [NewServiceLine]) -> Command {
        .createClaim(NewClaim(appointment: visit, content: ClaimContent(diagnoses: dx, lines: lines)))
    }

    @Test func aCheckedOutVisitIsBilledAtTheFeeSchedulesFees() throws {
        var (p, visit) = try Self.checkedOutVisit()
        #expect(p.unbilledVisits(today: Fixture.today).map(\.appointment) == [visit])
        let events = try p.run(
            Self.create(
                visit,
                lines: [
                    NewServiceLine(code: "99214", modifiers: ["25"], pointers: [1, 2]),
                    NewServiceLine(code: "36415", pointers: [1]),
                ]))
        guard case .claimCreated(let claim)? = events.first?.change else { Issue.record("no claim"); return }
        #expect(claim.payer == Fixture.aetna)
        #expect(claim.provider == Fixture.drLee)
        #expect(claim.dateOfService == Fixture.today)
        #expect(claim.status == .draft)
        #expect(claim.lines.map(\.charge) == [Cents(16500), Cents(1500)])
        #expect(claim.billed == Cents(18000))
        #expect(claim.placeOfService == "11")
        #expect(p.unbilledVisits(today: Fixture.today).isEmpty)
        // A second claim for the same visit is refused; so is billing a visit still in progress.
        #expect(domainError { try p.run(Self.create(visit, lines: [NewServiceLine(code: "99213")])) } != nil)
    }

    @Test func feesComeFromTheScheduleAndUnknownCodesNeedOne() throws {
        var (p, visit) = try Self.checkedOutVisit()
        let error = try #require(domainError { try p.run(Self.create(visit, lines: [NewServiceLine(code: "99499")])) })
        #expect(error.message.contains("99499 has no fee in the practice's fee schedule"))
        try p.run(.setFee(code: "99499", fee: Cents(9900)))
        #expect(p.settings.feeSchedule.fee(for: "99499") == Cents(9900))
        try p.run(Self.create(visit, lines: [NewServiceLine(code: "99499", units: 2)]))
        #expect(p.claim(forVisit: visit)?.billed == Cents(19800))
    }

    @Test func codesAreCheckedWhenTheClaimIsMade() throws {
        var (p, visit) = try Self.checkedOutVisit()
        let cases: [(Command, String)] = [
            (Self.create(visit, dx: ["E11"], lines: [NewServiceLine(code: "99214")]), "'E11' is a category"),
            (Self.create(visit, dx: ["E11.99"], lines: [NewServiceLine(code: "99214")]), "not an ICD-10-CM code"),
            (
                Self.create(visit, lines: [NewServiceLine(code: "99214", modifiers: ["25", "59", "XS", "GT", "95"])]),
                "5 modifiers"
            ),
            (Self.create(visit, lines: [NewServiceLine(code: "99214", pointers: [3])]), "diagnosis 3"),
            (Self.create(visit, lines: [NewServiceLine(code: "99214", units: 0)]), "at least 1"),
            (
                .createClaim(
                    NewClaim(
                        appointment: visit,
                        content: ClaimContent(
                            diagnoses: ["E11.9"], lines: [NewServiceLine(code: "99214")], placeOfService: "00"))),
                "place of service '00'"
            ),
        ]
        for (command, message) in cases {
            let before = p
            let error = try #require(domainError { try p.run(command) })
            #expect(error.message.contains(message), "\(error.message)")
            #expect(p == before)
        }
    }

    @Test func submitRunsThePayersEditsAndAsksBeforeFilingLate() throws {
        var p = Fixture.staffedWeek()
        // Aetna files within 90 days: 95 days after the visit is 5 days late.
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -95), status: .ready))
        let error = try #require(domainError { try p.run(.submitClaim(ClaimID(1))) })
        #expect(error.message.contains("5 days past Aetna's filing deadline (2026-11-18"), "\(error.message)")
        #expect(error.message.contains("--late"))
        try p.run(.submitClaim(ClaimID(1), lateOverride: true))
        let claim = try #require(p.claims[ClaimID(1)])
        #expect(claim.status == .submitted)
        #expect(claim.filedLateAfter == Fixture.day("2026-11-18"))
        #expect(claim.history.last?.note?.contains("past the filing deadline") == true)
        // The risk stays until the payer accepts it.
        #expect(p.claimQueue(today: Fixture.today).first { $0.claim.id == claim.id }?.risk == .pastDeadline)
        try p.run(.acceptClaim(ClaimID(1)))
        #expect(p.claimQueue(today: Fixture.today).first { $0.claim.id == claim.id }?.risk != .pastDeadline)
    }

    @Test func submitNeedsValidNPIsAndTheBillingProvider() throws {
        var p = Fixture.staffedWeek(
            settings: PracticeSettings(name: "No billing", timeZoneID: Fixture.zoneID))
        p.seed(claim: Fixture.claim(1, dos: Fixture.today, status: .ready))
        let error = try #require(domainError { try p.run(.submitClaim(ClaimID(1))) })
        #expect(error.message.contains("billing provider"))
        var billing = Fixture.billingProvider
        billing.npi = "1234567890" // fails the Luhn check with the 80840 prefix
        #expect(
            domainError { try p.run(.setBillingProvider(billing)) }?.message.contains("fails the NPI check") == true)
        try p.run(.setBillingProvider(Fixture.billingProvider))
        try p.run(.submitClaim(ClaimID(1)))
        #expect(MedicalCodes.isValidNPI("1234567893"))
        #expect(!MedicalCodes.isValidNPI("1234567890"))
    }

    @Test func patientResponsibilityCopaysAndPaymentsMakeTheBalance() throws {
        var (p, visit) = try Self.checkedOutVisit()
        try p.run(.collectCopay(visit, amount: nil)) // $25 at the desk
        try p.run(Self.create(visit, lines: [NewServiceLine(code: "99214")]))
        let id = try #require(p.claim(forVisit: visit)?.id)
        try p.run(.submitClaim(id))
        // The payer allows $120: pays $80, PR-3 copay $25, PR-1 deductible $15; CO-45 $45.
        let post = RemittancePost(
            key: "EFT1/60054", payerName: "Aetna", paymentDate: Fixture.today,
            claims: [
                RemittanceClaimPost(
                    claimID: id.description, statusCode: 1, charge: Cents(16500), paid: Cents(8000),
                    adjustments: [
                        RemittanceAdjustmentPost(group: .CO, code: "45", amount: Cents(4500)),
                        RemittanceAdjustmentPost(group: .PR, code: "3", amount: Cents(2500)),
                        RemittanceAdjustmentPost(group: .PR, code: "1", amount: Cents(1500)),
                    ])
            ])
        try p.run(.postRemittances([post]))
        let claim = try #require(p.claims[id])
        #expect(claim.status == .paid)
        #expect(claim.money.insuranceBalance == .zero)
        var balance = p.patientBalance(Fixture.renee)
        #expect(balance.charged == Cents(4000))
        #expect(balance.copays == Cents(2500))
        #expect(balance.total == Cents(1500))
        try p.run(.recordPatientPayment(Fixture.renee, amount: Cents(2000), method: .card, claim: id, refund: false))
        balance = p.patientBalance(Fixture.renee)
        #expect(balance.total == Cents(-500))
        #expect(balance.isCredit)
        #expect(
            domainError {
                try p.run(
                    .recordPatientPayment(Fixture.renee, amount: Cents(600), method: .card, claim: nil, refund: true))
            } != nil)
        try p.run(.recordPatientPayment(Fixture.renee, amount: Cents(500), method: .check, claim: nil, refund: true))
        #expect(p.patientBalance(Fixture.renee).total == .zero)
        #expect(p.patientBalances()[Fixture.renee]?.total == .zero)
    }

    @Test func aSelfPayVisitIsOwedByThePatient() throws {
        var (p, visit) = try Self.checkedOutVisit()
        p.seed(payer: Payer(id: PayerID(9), name: "Self-pay", kind: .selfPay, timelyFilingDays: 365, payerCode: "SELF"))
        var renee = try #require(p.patients[Fixture.renee])
        renee.payer = nil
        p.seed(patient: renee)
        try p.run(Self.create(visit, lines: [NewServiceLine(code: "99213")]))
        let claim = try #require(p.claim(forVisit: visit))
        #expect(claim.payer == PayerID(9))
        #expect(p.patientBalance(Fixture.renee).total == Cents(11500))
        #expect(p.arAging(today: Fixture.today).total == .zero)
        #expect(domainError { try p.run(.submitClaim(claim.id)) }?.message.contains("self-pay") == true)
    }

    @Test func patientResponsibilityIsNotADenialAndNonsensePairsAreRefused() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -20)))
        #expect(
            domainError { try p.run(.denyClaim(ClaimID(1), Denial(group: .PR, code: "1"))) }?.message
                .contains("patient responsibility") == true)
        #expect(
            domainError { try p.run(.denyClaim(ClaimID(1), Denial(group: .CO, code: "1"))) }?.message
                .contains("makes no sense") == true)
        try p.run(.denyClaim(ClaimID(1), Denial(group: .CO, code: "16", rarc: "M51")))
        #expect(DenialRoute(p.claims[ClaimID(1)]!.denial!) == .correctAndResubmit)
    }

    @Test func aCorrectedClaimReplacesTheOriginalAndAVoidCancelsOne() throws {
        var p = Fixture.staffedWeek()
        var denied = Fixture.claim(1, dos: Fixture.today.adding(days: -20), status: .denied)
        denied.payerClaimNumber = "PCN-1"
        p.seed(claim: denied)
        try p.run(.replaceClaim(ClaimID(1)))
        let replacement = try #require(p.claims[ClaimID(2)])
        #expect(replacement.frequency == .replacement)
        #expect(replacement.replaces == ClaimID(1))
        #expect(replacement.payerClaimNumber == "PCN-1")
        #expect(replacement.status == .draft)
        #expect(p.claims[ClaimID(1)]?.status == .replaced)
        #expect(p.claims[ClaimID(1)]?.open == .zero)
        p.seed(claim: Fixture.claim(3, dos: Fixture.today.adding(days: -20), status: .paid, paid: 24000))
        try p.run(.voidClaim(ClaimID(3)))
        #expect(p.claims[ClaimID(3)]?.status == .voided)
        #expect(p.claims[ClaimID(4)]?.frequency == .void)
        #expect(p.arAging(today: Fixture.today).total == Cents(24000)) // only the replacement draft is owed
    }

    @Test func lateMoneyReopensAWriteOff() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -200), status: .denied))
        try p.run(.writeOffClaim(ClaimID(1), reason: "appeal window closed"))
        #expect(p.claims[ClaimID(1)]?.money.writtenOff == Cents(24000))
        try p.run(.payClaim(ClaimID(1), amount: Cents(10000), adjustment: nil))
        let claim = try #require(p.claims[ClaimID(1)])
        #expect(claim.status == .paid)
        #expect(claim.money.insuranceBalance == Cents(-10000)) // a credit the payer may recoup, visible
        #expect(claim.history.last?.note?.contains("reopened from written off") == true)
    }

    @Test func metricsFollowTheirFormulas() throws {
        var p = Fixture.staffedWeek()
        let recent = Fixture.today.adding(days: -20)
        var paid = Fixture.claim(1, dos: recent, charge: 20000, status: .paid)
        paid.postings = [
            ClaimPosting(bucket: .payerPaid, amount: Cents(12000), on: Fixture.today),
            ClaimPosting(bucket: .contractual, amount: Cents(5000), reason: "45", on: Fixture.today),
            ClaimPosting(bucket: .patientResponsibility, amount: Cents(3000), reason: "3", on: Fixture.today),
        ]
        p.seed(claim: paid)
        p.seed(
            claim: Fixture.claim(2, dos: recent, charge: 10000, status: .denied, denial: Denial(group: .CO, code: "50"))
        )
        p.seed(claim: Fixture.claim(3, dos: recent, charge: 15000, status: .submitted))
        let metrics = p.billingMetrics(today: Fixture.today)
        #expect(metrics.insuranceAR == Cents(25000))
        #expect(metrics.patientAR == Cents(3000))
        #expect(metrics.charges90 == Cents(45000))
        // (250 + 30) ÷ (450 / 90) = 56 days.
        #expect(metrics.daysInAR == 56)
        #expect(metrics.collectedThisMonth == Cents(12000))
        // Answered claims only (C-1 paid, C-2 denied): 120 ÷ (200 + 100 − 50).
        #expect(metrics.netCollectionRate == 0.48)
        #expect(metrics.denialRate == 0.5)
        #expect(metrics.denialRateByDollars == 10000.0 / 30000.0)
        #expect(metrics.cleanClaimRate == 0.5)
        #expect(metrics.arByPayer.map(\.amount) == [Cents(25000)])
    }

    @Test func unbilledVisitsAndAppealDeadlinesAreAlerts() throws {
        let (p, visit) = try Self.checkedOutVisit()
        #expect(p.claimAlerts(today: Fixture.today).filter { $0.kind == .unbilledVisits }.isEmpty)
        let later = p.claimAlerts(today: Fixture.today.adding(days: 3)).filter { $0.kind == .unbilledVisits }
        #expect(later.map(\.message) == ["1 visit unbilled ≥3d (oldest \(visit), 3d)"])
        #expect(later.first?.severity == .warn)

        var q = Fixture.staffedWeek()
        q.seed(claim: Fixture.claim(1, payer: Fixture.medicare, dos: Fixture.today.adding(days: -130)))
        try q.run(
            .denyClaim(ClaimID(1), Denial(group: .CO, code: "50")),
            at: Fixture.at(9, 0, on: Fixture.today.adding(days: -110)))
        // Medicare: 120 days from the denial to ask for redetermination — 10 left.
        let appeal = q.claimAlerts(today: Fixture.today).filter { $0.kind == .appealDeadline }
        #expect(appeal.map(\.message) == ["C-1 appeal by 2026-12-03 (10d, Medicare)"])
        // Weeks after the window closed it is a write-off to decide, not an alert every day.
        #expect(q.claimAlerts(today: Fixture.today.adding(days: 40)).filter { $0.kind == .appealDeadline }.isEmpty)
        #expect(q.claimAlerts(today: Fixture.today.adding(days: 12)).filter { $0.kind == .appealDeadline }.count == 1)
    }
}
