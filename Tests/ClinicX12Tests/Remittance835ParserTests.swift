import ClinicDomain
import Foundation
import Testing

@testable import ClinicX12

@Suite struct Remittance835ParserTests {
    @Test func aFullPaymentReadsIntoTheModel() throws {
        let remittance = try Remittance835Fixtures.parse("full-payment")
        let advice = try #require(remittance.transactions.first)
        #expect(remittance.transactions.count == 1)
        #expect(advice.controlNumber == "0001" && advice.version == "005010X221A1")
        #expect(advice.interchangeControlNumber == "000000101" && advice.groupControlNumber == "101")
        #expect(
            advice.payment
                == RemittancePayment(
                    handlingCode: "I", amount: Cents(18000), isCredit: true, method: "ACH",
                    date: LocalDate(year: 2026, month: 3, day: 15)))
        #expect(advice.trace == RemittanceTrace(traceNumber: "EFT20260315001", payerIdentifier: "1512345678"))
        #expect(advice.payer.name == "BLUE HARBOR HEALTH PLAN" && advice.payer.id == "60054")
        #expect(advice.payer.additionalID == "BHHP01")
        #expect(advice.payee.idQualifier == "XX" && advice.payee.id == "1234567893")
        let claim = try #require(advice.claims.first)
        #expect(claim.patientControlNumber == "C-2048" && claim.status == .processedAsPrimary)
        #expect(claim.charge == Cents(18000) && claim.paid == Cents(18000) && claim.patientResponsibility == .zero)
        #expect(claim.filingIndicator == "12" && claim.payerClaimControlNumber == "2026031012345")
        #expect(claim.frequency == "1")
        #expect(claim.patient?.lastName == "RUIZ" && claim.patient?.firstName == "ANA")
        #expect(claim.patient?.id == "W123456789")
        #expect(claim.statementStart == LocalDate(year: 2026, month: 3, day: 2))
        #expect(claim.statementEnd == LocalDate(year: 2026, month: 3, day: 2))
        #expect(claim.received == LocalDate(year: 2026, month: 3, day: 5))
        #expect(claim.amounts == [RemittanceAmount(qualifier: "AU", amount: Cents(18000))])
        let line = try #require(claim.services.first)
        #expect(line.procedure == RemittanceProcedure(qualifier: "HC", code: "99214", modifiers: [], description: nil))
        #expect(line.units == "1" && line.allowed == Cents(18000))
        #expect(line.serviceDate == LocalDate(year: 2026, month: 3, day: 2))
        // DTM*405, N3, N4, PER ×2 (payer), N3, N4, REF*TJ (payee), LX, TS3, NM1*82, REF*6R.
        #expect(advice.skippedSegmentCount == 12)
    }

    @Test func aPartialPaymentKeepsEveryTripleOfEveryCAS() throws {
        let claim = try #require(try Remittance835Fixtures.parse("partial-payment").transactions.first?.claims.first)
        #expect(claim.paid == Cents(11165) && claim.patientResponsibility == Cents(6220))
        #expect(claim.services.count == 2)
        let first = claim.services[0]
        #expect(first.procedure.modifiers == ["25"] && first.allowed == Cents(13000))
        #expect(
            first.adjustments == [
                RemittanceAdjustment(group: .CO, reason: "45", amount: Cents(5500), quantity: nil),
                RemittanceAdjustment(group: .PR, reason: "1", amount: Cents(4000), quantity: nil),
                RemittanceAdjustment(group: .PR, reason: "2", amount: Cents(1720), quantity: nil),
            ])
        #expect(claim.services[1].adjustments.map(\.reason) == ["45", "3"])
    }

    @Test func aDenialCarriesItsRemarkAndClaimLevelAdjustment() throws {
        let advice = try #require(try Remittance835Fixtures.parse("denial").transactions.first)
        #expect(advice.payment.method == "NON" && advice.payment.amount == .zero && advice.payment.handlingCode == "H")
        #expect(advice.claims.map(\.status) == [.denied, .denied])
        #expect(advice.claims[0].services[0].remarks == ["N130"])
        #expect(advice.claims[0].services[0].units == "2")
        #expect(advice.claims[0].services[0].procedure.modifiers == ["GP"])
        #expect(advice.claims[1].services.isEmpty)
        #expect(advice.claims[1].adjustments == [.init(group: .CO, reason: "29", amount: Cents(9500), quantity: nil)])
        #expect(advice.claims[1].patientResponsibility == nil)
    }

    @Test func aReversalKeepsItsNegativeAmounts() throws {
        let claims = try #require(try Remittance835Fixtures.parse("reversal-correction").transactions.first?.claims)
        #expect(claims.map(\.patientControlNumber) == ["C-2048", "C-2048", "C-2077"])
        #expect(claims[0].status == .reversal && claims[0].charge == Cents(-18000) && claims[0].paid == Cents(-12000))
        #expect(claims[0].services[0].units == "-1")
        #expect(claims[0].services[0].adjustments[0].amount == Cents(-6000))
        #expect(claims[1].status == .processedAsPrimary && claims[1].paid == Cents(15000))
    }

    @Test func severalInterchangesGroupsAndSetsComeOutInFileOrder() throws {
        let transactions = try Remittance835Fixtures.parse("several-sets").transactions
        #expect(transactions.map(\.interchangeControlNumber) == ["000000201", "000000201", "000000201", "000000202"])
        #expect(transactions.map(\.groupControlNumber) == ["301", "301", "302", "303"])
        #expect(transactions.map(\.controlNumber) == ["0001", "0002", "0003", "0001"])
        #expect(
            transactions.flatMap(\.claims).map(\.patientControlNumber) == [
                "C-2101", "C-2102", "C-2103", "C-2104", "C-2105",
            ])
        #expect(transactions[2].trace.traceNumber == "CHK000123")
    }

    @Test func providerAdjustmentsReadAsReasonReferenceAndAmount() throws {
        let advice = try #require(try Remittance835Fixtures.parse("provider-adjustments").transactions.first)
        let plb = try #require(advice.providerAdjustments.first)
        #expect(plb.providerID == "1234567893" && plb.fiscalPeriodEnd == LocalDate(year: 2026, month: 12, day: 31))
        #expect(
            plb.items == [
                .init(reason: "WO", reference: "2026021099887", amount: Cents(5000)),
                .init(reason: "L6", reference: "1234567893", amount: Cents(-215)),
            ])
        #expect(plb.total == Cents(4785))
    }

    @Test func separatorsLineBreaksAndTerminatorsAllReadTheSame() throws {
        let odd = try Remittance835Fixtures.parse("odd-separators")
        #expect(odd.separators == X12Separators(element: "|", repetition: "}", component: "!", segment: "^"))
        let line = try #require(odd.transactions.first?.claims.first?.services.first)
        #expect(line.procedure.code == "99213" && line.procedure.modifiers == ["25", "GT"])
        let crlf = try Remittance835Fixtures.parse("crlf")
        #expect(crlf.transactions.first?.claims.first?.paid == Cents(6400))
        #expect(crlf.transactions.first?.claims.first?.received == LocalDate(year: 2026, month: 3, day: 20))
        let newline = try Remittance835Fixtures.parse("newline-terminator")
        #expect(newline.separators.segment == "\n")
        #expect(newline.transactions.first?.claims.first?.patientControlNumber == "C-2140")
    }

    /// The fuzz target's invariant, on every fixture: layout after a terminator is not data.
    @Test(arguments: Remittance835Fixtures.valid.filter { $0 != "newline-terminator" })
    func lineBreaksAfterEveryTerminatorChangeNothing(fixture: String) throws {
        let bytes = try Remittance835Fixtures.bytes(fixture)
        let remittance = try Remittance835Parser.parse(bytes)
        let terminator = try #require(remittance.separators.segment.asciiValue)
        let unbroken = bytes.filter { $0 != 0x0A && $0 != 0x0D }
        var spaced: [UInt8] = []
        for byte in unbroken { spaced += byte == terminator ? [byte, 0x0D, 0x0A] : [byte] }
        #expect(try Remittance835Parser.parse(unbroken) == remittance)
        #expect(try Remittance835Parser.parse(spaced) == remittance)
    }

    @Test func aByteOrderMarkAndLeadingBlankLinesAreTolerated() throws {
        let bytes = try Remittance835Fixtures.bytes("full-payment")
        let remittance = try Remittance835Parser.parse([0xEF, 0xBB, 0xBF] + Array(" \r\n\n".utf8) + bytes)
        #expect(remittance.transactions.first?.claims.count == 1)
    }

    @Test(arguments: [
        (
            "broken-truncated",
            "segment 3 (ST): is never closed: the file ends after segment 20 without an SE (truncated?)"
        ),
        ("broken-se-count", "segment 33 (SE): SE01 says 30 segments, the set has 31"),
        ("broken-amount", "segment 18 (CLP): CLP04 (claim payment) '111.655' is not an amount"),
        ("broken-status", "segment 18 (CLP): CLP02 '5' is not a claim status this reader knows"),
        ("broken-version", "segment 2 (GS): GS08 '004010X091A1' is not 005010X221A1 (or 005010X221)"),
    ])
    func brokenFilesAreRefusedNamingSegmentAndElement(name: String, message: String) throws {
        #expect(throws: X12Error.self) { try Remittance835Fixtures.parse(name) }
        do {
            _ = try Remittance835Fixtures.parse(name)
        } catch {
            #expect("\(error)".hasPrefix(message), "\(error)")
        }
    }

    @Test func anErrorCanNameItsFile() {
        let error = X12Error(segmentNumber: 14, segmentID: "SE", element: "SE01", reason: "says 12 segments")
        #expect(error.withFile("era.edi").description == "era.edi: segment 14 (SE): SE01 says 12 segments")
    }
}

/// The hand-written 835 files in Fixtures/835, read from the test bundle.
enum Remittance835Fixtures {
    static let valid = [
        "full-payment", "partial-payment", "denial", "reversal-correction", "several-sets", "provider-adjustments",
        "odd-separators", "crlf", "newline-terminator",
    ]

    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "edi", subdirectory: "Fixtures/835"))
        return [UInt8](try Data(contentsOf: url))
    }

    static func parse(_ name: String) throws -> Remittance {
        try Remittance835Parser.parse(bytes(name))
    }
}
