import ClinicDomain
import Testing

@testable import ClinicX12

@Suite struct Remittance835TotalsTests {
    static func totals(_ name: String) throws -> RemittanceTotals {
        RemittanceTotals(try Remittance835Fixtures.parse(name))
    }

    @Test func everyValidFixtureBalancesWithNoFindings() throws {
        for name in Remittance835Fixtures.valid {
            let totals = try Self.totals(name)
            #expect(totals.findings.isEmpty, "\(name): \(totals.findings)")
            #expect(totals.transactions.allSatisfy { $0.isBalanced }, "\(name)")
            #expect(totals.claims.allSatisfy { $0.isBalanced }, "\(name)")
        }
    }

    @Test func aPartialPaymentSplitsItsAdjustmentsByGroup() throws {
        let claim = try #require(try Self.totals("partial-payment").claims.first)
        #expect(claim.claimID == "C-2051" && claim.charge == Cents(23300) && claim.paid == Cents(11165))
        #expect(claim.patientResponsibility == Cents(6220))
        #expect(claim.adjustments == [.CO: Cents(5915), .PR: Cents(6220)])
        #expect(claim.adjustmentTotal == Cents(12135) && claim.unexplained == .zero)
    }

    @Test func claimLevelAndServiceLevelAdjustmentsAreBothCounted() throws {
        let claims = try Self.totals("denial").claims
        #expect(claims.map(\.adjustments) == [[.CO: Cents(15000)], [.CO: Cents(9500)]])
        #expect(claims.map(\.serviceAdjustments) == [[.CO: Cents(15000)], [:]])
    }

    @Test func reversalsAreListedWithTheirNegativeAmounts() throws {
        let set = try #require(try Self.totals("reversal-correction").transactions.first)
        #expect(set.reversals.count == 1)
        let reversal = try #require(set.reversals.first)
        #expect(reversal.claimID == "C-2048" && reversal.charge == Cents(-18000) && reversal.paid == Cents(-12000))
        #expect(reversal.adjustments == [.CO: Cents(-6000)])
        #expect(set.claimsPaid == Cents(12500) && set.payment == Cents(12500))
    }

    @Test func providerAdjustmentsReduceTheExpectedPayment() throws {
        let set = try #require(try Self.totals("provider-adjustments").transactions.first)
        #expect(set.claimsPaid == Cents(28050))
        #expect(set.providerAdjustments == Cents(4785))
        #expect(set.expectedPayment == Cents(23265) && set.payment == Cents(23265) && set.isBalanced)
    }

    @Test func severalSetsAreReconciledOneByOne() throws {
        let totals = try Self.totals("several-sets")
        #expect(totals.transactions.map(\.payment) == [Cents(9640), Cents(21050), Cents(7500), Cents(16000)])
        #expect(totals.transactions.map(\.traceNumber).first == "EFT20260318101")
    }

    @Test func mismatchesAreFindingsNotErrors() throws {
        let body =
            Remittance835ValidationTests.header.dropFirst() + [
                "CLP*C-2048*1*120*100*15*12*2026031012345*11*1", "SVC*HC:99213*120*100**1", "CAS*CO*45*15",
                "CAS*PR*3*10",
            ]
        let text = Remittance835ValidationTests.file(["BPR*I*90*C*CHK************20260315"] + body)
        let totals = RemittanceTotals(try Remittance835Parser.parse(Array(text.utf8)))
        #expect(
            totals.findings.map(\.description) == [
                "segment 3: BPR02 pays $90.00 but the claims pay $100.00 less $0.00 of provider adjustments = $100.00",
                "segment 8 (claim C-2048): CLP03 − CLP04 is $20.00 but the adjustments add up to $25.00"
                    + " (-$5.00 unexplained)",
                "segment 9 (claim C-2048): service 99213: SVC02 − SVC03 is $20.00 but its adjustments add up to $25.00",
                "segment 8 (claim C-2048): CLP05 says the patient owes $15.00, the PR adjustments $10.00",
            ])
        #expect(totals.claims.first?.unexplained == Cents(-500))
    }

    @Test func aDebitPaymentCountsAgainstTheProvider() throws {
        let body =
            ["BPR*I*20*D*ACH************20260315"] + Remittance835ValidationTests.header.dropFirst() + [
                "CLP*C-2048*22*-120*-20**12*2026031012345*11*1", "CAS*CO*45*-100",
            ]
        let totals = RemittanceTotals(
            try Remittance835Parser.parse(Array(Remittance835ValidationTests.file(body).utf8)))
        #expect(totals.transactions.first?.payment == Cents(-2000))
        #expect(totals.findings.isEmpty, "\(totals.findings)")
    }
}
