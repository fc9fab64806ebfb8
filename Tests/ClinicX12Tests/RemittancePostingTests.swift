import ClinicDomain
import Foundation
import Testing
import TestSupport

@testable import ClinicX12

/// 835 files (the hand-written fixtures) posted to a practice: money lands in the right buckets, a file posts all
/// or nothing, the same remittance twice posts nothing, and a reversal then its correction nets out.
@Suite struct RemittancePostingTests {
    static func remittance(_ name: String) throws -> Remittance {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "edi", subdirectory: "Fixtures/835"))
        return try Remittance835Parser.parse([UInt8](try Data(contentsOf: url)))
    }

    static let march = LocalDate(year: 2026, month: 3, day: 3)

    @Test func aPartialPaymentSplitsIntoPaidContractualAndPatientResponsibility() throws {
        var p = Fixture.staffedWeek()
        p.seed(
            claim: Fixture.claim(2051, dos: Self.march, charge: 23300, status: .accepted, codes: ["99214", "85025"]))
        let posts = RemittancePosting.posts(try Self.remittance("partial-payment"))
        try p.run(.postRemittances(posts))
        let claim = try #require(p.claims[ClaimID(2051)])
        let money = claim.money
        #expect(money.payerPaid == Cents(11165))
        #expect(money.contractual == Cents(5915))
        #expect(money.patientResponsibility == Cents(6220))
        #expect(money.insuranceBalance == .zero)
        #expect(claim.status == .paid)
        #expect(claim.payerClaimNumber == "2026031112001")
        // PR goes to the patient: their balance is what the payer left them.
        #expect(p.patientBalance(claim.patient).total == Cents(6220))
        #expect(claim.postings.allSatisfy { $0.reference == "ERA EFT20260316002/1512345678" })
    }

    @Test func theSameRemittanceTwicePostsNothing() throws {
        var p = Fixture.staffedWeek()
        p.seed(
            claim: Fixture.claim(2051, dos: Self.march, charge: 23300, status: .accepted, codes: ["99214", "85025"]))
        let posts = RemittancePosting.posts(try Self.remittance("partial-payment"))
        try p.run(.postRemittances(posts))
        let before = p
        let error = try #require(domainError { try p.run(.postRemittances(posts)) })
        #expect(error.message.contains("already posted"))
        #expect(p == before)
    }

    @Test func aDenialRecordsTheCARCAndTheRemark() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(2060, dos: Self.march, charge: 15000))
        p.seed(claim: Fixture.claim(2061, dos: Self.march, charge: 9500))
        try p.run(.postRemittances(RemittancePosting.posts(try Self.remittance("denial"))))
        let claim = try #require(p.claims[ClaimID(2060)])
        #expect(claim.status == .denied)
        #expect(claim.denial?.group == .CO)
        #expect(claim.money.payerPaid == .zero)
    }

    @Test func aReversalThenItsCorrectionNetsOut() throws {
        var p = Fixture.staffedWeek()
        var paid = Fixture.claim(2048, dos: Self.march, charge: 18000, status: .paid)
        paid.postings = [
            ClaimPosting(bucket: .payerPaid, amount: Cents(12000), on: Self.march.adding(days: 7)),
            ClaimPosting(bucket: .contractual, amount: Cents(6000), reason: "45", on: Self.march.adding(days: 7)),
        ]
        p.seed(claim: paid)
        p.seed(claim: Fixture.claim(2077, dos: Self.march, charge: 9500))
        try p.run(.postRemittances(RemittancePosting.posts(try Self.remittance("reversal-correction"))))
        let claim = try #require(p.claims[ClaimID(2048)])
        #expect(claim.money.payerPaid == Cents(15000))
        #expect(claim.money.contractual == Cents(3000))
        #expect(claim.money.insuranceBalance == .zero)
        #expect(claim.status == .paid)
        #expect(claim.history.suffix(2).map(\.status) == [.accepted, .paid])
        #expect(p.claims[ClaimID(2077)]?.status == .paid)
    }

    @Test func aClaimThePracticeDoesNotHaveRefusesTheWholeFileUnlessSkipped() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(2060, dos: Self.march, charge: 15000))
        let remittance = try Self.remittance("denial")
        let before = p
        let error = try #require(domainError { try p.run(.postRemittances(RemittancePosting.posts(remittance))) })
        #expect(error.message.contains("C-2061"))
        #expect(error.message.contains("--skip-unmatched"))
        #expect(p == before)
        try p.run(.postRemittances(RemittancePosting.posts(remittance, skipUnmatched: true)))
        #expect(p.claims[ClaimID(2060)]?.status == .denied)
    }

    @Test func severalSetsPostAsOneGroupAndTheReportReconciles() throws {
        var p = Fixture.staffedWeek()
        for (number, charge) in [(2101, 12000), (2102, 14000), (2103, 12000), (2104, 7500), (2105, 21000)] {
            p.seed(claim: Fixture.claim(number, dos: Self.march, charge: charge))
        }
        let remittance = try Self.remittance("several-sets")
        let report = RemittanceReport(remittance, practice: p)
        #expect(report.unmatched.isEmpty)
        #expect(report.unbalanced == 0)
        #expect(report.lines.last?.hasPrefix("total: paid $541.90") == true, "\(report.lines)")
        let events = try p.run(.postRemittances(RemittancePosting.posts(remittance)))
        #expect(events.count == 5)
    }

    @Test func aRemittanceForADraftIsRefused() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(2048, dos: Self.march, charge: 18000, status: .draft))
        let error = try #require(
            domainError { try p.run(.postRemittances(RemittancePosting.posts(try Self.remittance("full-payment")))) })
        #expect(error.message.contains("never sent to a payer"))
    }
}
