import ClinicDomain
import Testing

@testable import ClinicX12

/// Every refusal names where, the field and why; nothing traps.
@Suite struct Claim837ValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var change: @Sendable (inout Claim837File) -> Void
        var field: String
        var message: String
        var testDescription: String { name }
    }

    static func claimChange(_ change: @escaping @Sendable (inout Claim837Claim) -> Void)
        -> @Sendable (
            inout Claim837File
        ) -> Void
    {
        { file in change(&file.claims[0]) }
    }

    static func lineChange(_ change: @escaping @Sendable (inout Claim837ServiceLine) -> Void)
        -> @Sendable (
            inout Claim837File
        ) -> Void
    {
        { file in change(&file.claims[0].lines[1]) }
    }

    static let cases: [Case] = [
        Case(
            name: "five modifiers", change: lineChange { $0.modifiers = ["25", "59", "GT", "XU", "76"] },
            field: "modifiers", message: "C-2048 line 2: 5 modifiers; at most 4"),
        Case(
            name: "bad modifier", change: lineChange { $0.modifiers = ["2*"] }, field: "modifiers",
            message: "C-2048 line 2: modifier '2*' is not two letters or digits"),
        Case(
            name: "zero units", change: lineChange { $0.units = 0 }, field: "units",
            message: "C-2048 line 2: 0 units; 1 to 9999"),
        Case(
            name: "pointer past the diagnoses", change: lineChange { $0.diagnosisPointers = [3] },
            field: "diagnosisPointers",
            message: "C-2048 line 2: diagnosis pointer 3 points at no diagnosis (the claim has 2)"),
        Case(
            name: "five pointers", change: lineChange { $0.diagnosisPointers = [1, 2, 1, 2, 1] },
            field: "diagnosisPointers", message: "C-2048 line 2: 5 diagnosis pointers; at most 4"),
        Case(
            name: "no pointers", change: lineChange { $0.diagnosisPointers = [] }, field: "diagnosisPointers",
            message: "C-2048 line 2: no diagnosis pointers; at least 1"),
        Case(
            name: "repeated pointer", change: lineChange { $0.diagnosisPointers = [2, 2] },
            field: "diagnosisPointers", message: "C-2048 line 2: a diagnosis pointer is repeated"),
        Case(
            name: "zero charge",
            change: claimChange {
                $0.lines[1].charge = .zero
                $0.totalCharge = Cents(14500)
            }, field: "charge", message: "C-2048 line 2: charge $0.00 is not positive"),
        Case(
            name: "charges do not add up", change: claimChange { $0.totalCharge = Cents(20000) },
            field: "totalCharge",
            message: "C-2048: totalCharge $200.00 is not the sum of the line charges, $190.00"),
        Case(
            name: "procedure code", change: lineChange { $0.procedureCode = "9921" }, field: "procedureCode",
            message: "C-2048 line 2: procedure '9921' is not a CPT (99213) or HCPCS (G0439) code"),
        Case(
            name: "future service date",
            change: lineChange { $0.serviceDate = Claim837Samples.date("2026-03-21") }, field: "serviceDate",
            message: "C-2048 line 2: serviceDate 2026-03-21 is after the file's date 2026-03-20"),
        Case(
            name: "line place of service", change: lineChange { $0.placeOfService = "1" }, field: "placeOfService",
            message: "C-2048 line 2: placeOfService '1' is not a two-digit place-of-service code"),
        Case(
            name: "claim place of service", change: claimChange { $0.placeOfService = "OF" },
            field: "placeOfService", message: "C-2048: placeOfService 'OF' is not a two-digit place-of-service code"),
        Case(
            name: "13 diagnoses",
            change: claimChange { $0.diagnoses = (0..<13).map { "E11.\($0)" } }, field: "diagnoses",
            message: "C-2048: 13 diagnoses; at most 12"),
        Case(
            name: "no diagnoses", change: claimChange { $0.diagnoses = [] }, field: "diagnoses",
            message: "C-2048: no diagnoses; at least 1"),
        Case(
            name: "bad diagnosis", change: claimChange { $0.diagnoses = ["E11.9", "1I0"] }, field: "diagnoses",
            message: "C-2048: diagnosis 2 '1I0' is not an ICD-10-CM code like E11.9"),
        Case(
            name: "51 lines",
            change: claimChange { claim in
                claim.lines = Array(repeating: claim.lines[1], count: 51)
                claim.totalCharge = Cents(51 * 4500)
            }, field: "lines", message: "C-2048: 51 service lines; at most 50"),
        Case(
            name: "no lines", change: claimChange { $0.lines = [] }, field: "lines",
            message: "C-2048: no service lines; at least 1"),
        Case(
            name: "replacement without the original number", change: claimChange { $0.frequency = .replacement },
            field: "originalClaimNumber",
            message: "C-2048: frequency 7 needs the payer's originalClaimNumber (REF*F8)"),
        Case(
            name: "original with an original number", change: claimChange { $0.originalClaimNumber = "123" },
            field: "originalClaimNumber",
            message: "C-2048: an original claim (frequency 1) carries no originalClaimNumber"),
        Case(
            name: "rendering NPI",
            change: claimChange {
                $0.renderingProvider = Claim837RenderingProvider(
                    name: Claim837PersonName(last: "Chen", first: "Wei"), npi: "1234567890")
            }, field: "renderingProvider.npi",
            message:
                "C-2048: renderingProvider.npi '1234567890' is not a valid NPI (10 digits, first 1 or 2, Luhn check)"),
        Case(
            name: "billing NPI", change: { $0.billingProvider.npi = "123456789" }, field: "npi",
            message: "billing provider: npi '123456789' is not a valid NPI (10 digits, first 1 or 2, Luhn check)"),
        Case(
            name: "EIN", change: { $0.billingProvider.ein = "12-34567" }, field: "ein",
            message: "billing provider: ein '12-34567' is not 9 digits"),
        Case(
            name: "billing ZIP of five digits", change: { $0.billingProvider.address.zip = "62701" },
            field: "address.zip", message: "billing provider: address.zip '62701' is not 9 digits (ZIP+4)"),
        Case(
            name: "subscriber ZIP", change: claimChange { $0.subscriber.address.zip = "6270" },
            field: "subscriber.address.zip", message: "C-2048: subscriber.address.zip '6270' is not 5 or 9 digits"),
        Case(
            name: "state", change: claimChange { $0.subscriber.address.state = "Ill" },
            field: "subscriber.address.state", message: "C-2048: subscriber.address.state 'Ill' is not 2 letters"),
        Case(
            name: "name over 60", change: claimChange { $0.subscriber.name.last = String(repeating: "A", count: 61) },
            field: "subscriber.name.last",
            message: "C-2048: subscriber.name.last has 61 characters; at most 60 fit the element"),
        Case(
            name: "address line over 55",
            change: claimChange { $0.subscriber.address.line = String(repeating: "9 ", count: 28) + "ST" },
            field: "subscriber.address.line",
            message: "C-2048: subscriber.address.line has 58 characters; at most 55 fit the element"),
        Case(
            name: "name of separators only", change: claimChange { $0.subscriber.name.first = "*~:^" },
            field: "subscriber.name.first",
            message: "C-2048: subscriber.name.first is empty (after removing characters X12 cannot carry)"),
        Case(
            name: "member ID with a separator", change: claimChange { $0.subscriber.memberID = "W12*34" },
            field: "subscriber.memberID",
            message: "C-2048: subscriber.memberID contains '*', which an X12 identifier cannot hold"),
        Case(
            name: "claim ID with a control", change: claimChange { $0.id = "C-20\u{7}48" }, field: "id",
            message: "C-20\u{7}48: id contains U+0007, which an X12 identifier cannot hold"),
        Case(
            name: "claim ID over 38", change: claimChange { $0.id = String(repeating: "C", count: 39) }, field: "id",
            message: "\(String(repeating: "C", count: 39)): id has 39 characters; 1 to 38 allowed"),
        Case(
            name: "duplicate claim ID", change: { $0.claims.append($0.claims[0]) }, field: "id",
            message: "C-2048: claim ID C-2048 appears twice in the file"),
        Case(
            name: "birth after the file",
            change: claimChange { $0.subscriber.birthDate = Claim837Samples.date("2027-01-01") },
            field: "subscriber.birthDate",
            message: "C-2048: subscriber.birthDate 2027-01-01 is after the file's date 2026-03-20"),
        Case(
            name: "service before birth",
            change: claimChange { $0.subscriber.birthDate = Claim837Samples.date("2026-03-17") },
            field: "serviceDate",
            message: "C-2048 line 1: serviceDate 2026-03-16 is before the patient's birth 2026-03-17"),
        Case(
            name: "control number", change: { $0.interchange.controlNumber = 1_000_000_000 }, field: "controlNumber",
            message: "interchange: controlNumber 1000000000 is not in 1…999999999"),
        Case(
            name: "sender ID over 15", change: { $0.interchange.senderID = "CLINICDESK-SENDER" }, field: "senderID",
            message: "interchange: senderID has 17 characters; 2 to 15 allowed"),
        Case(
            name: "qualifier", change: { $0.interchange.receiverQualifier = "XX" }, field: "receiverQualifier",
            message: "interchange: receiverQualifier 'XX' is not an ISA qualifier "
                + "(01, 14, 20, 27, 28, 29, 30, 33, ZZ)"),
        Case(
            name: "phone", change: { $0.submitter.phone = "555-2014" }, field: "phone",
            message: "submitter: phone '555-2014' is not a 10-digit number"),
        Case(
            name: "no claims", change: { $0.claims = [] }, field: "claims",
            message: "file: no claims; a file needs at least 1"),
        Case(
            name: "taxonomy", change: { $0.billingProvider.taxonomyCode = "207Q" }, field: "taxonomyCode",
            message: "billing provider: taxonomyCode '207Q' is not a 10-character taxonomy code"),
        Case(
            name: "old year", change: { $0.interchange.createdOn = LocalDate(year: 1899, month: 12, day: 31) },
            field: "createdOn", message: "interchange: createdOn 1899-12-31 is not between 1900 and 9999"),
    ]

    @Test(arguments: cases)
    func refusalNamesTheClaimAndField(_ refusal: Case) {
        var file = Claim837Samples.file([Claim837Samples.officeVisit])
        refusal.change(&file)
        #expect(throws: Claim837Error.self) { try Claim837Writer.validate(file) }
        do {
            _ = try Claim837Writer.write(file)
        } catch {
            #expect(error.field == refusal.field)
            #expect(error.description == refusal.message)
        }
    }

    static let otherPayerCases: [Case] = [
        Case(
            name: "other payer on a primary claim",
            change: claimChange { $0.subscriber.payerResponsibility = .primary }, field: "otherPayer",
            message: "C-2054: a primary claim has no earlier payer; make subscriber secondary or tertiary"),
        Case(
            name: "line does not balance",
            change: claimChange { $0.lines[0].otherPayerAdjudication?.paidAmount = Cents(6100) },
            field: "otherPayerAdjudication",
            message: "C-2054 line 1: paid $61.00 plus adjustments $50.00 is not the charge $110.00"),
        Case(
            name: "claim does not balance",
            change: claimChange { $0.lines[1].otherPayerAdjudication?.adjustments[0].amount = Cents(700) },
            field: "otherPayerAdjudication",
            message: "C-2054 line 2: paid $12.50 plus adjustments $7.00 is not the charge $20.00"),
        Case(
            name: "claim-level adjustments do not balance",
            change: claimChange {
                $0.otherPayer?.claimAdjustments = [
                    Claim837Adjustment(group: .otherAdjustment, reasonCode: "23", amount: Cents(500))
                ]
            }, field: "otherPayer",
            message: "C-2054: otherPayer.paidAmount $72.50 plus its adjustments $62.50 is not the totalCharge $130.00"),
        Case(
            name: "claim paid is not the lines' paid",
            change: claimChange {
                $0.otherPayer?.paidAmount = Cents(7000)
                $0.otherPayer?.claimAdjustments = [
                    Claim837Adjustment(group: .otherAdjustment, reasonCode: "23", amount: Cents(250))
                ]
            },
            field: "otherPayer.paidAmount",
            message: "C-2054: otherPayer.paidAmount $70.00 is not the sum the lines say was paid, $72.50"),
        Case(
            name: "line adjudication without another payer", change: claimChange { $0.otherPayer = nil },
            field: "otherPayerAdjudication",
            message: "C-2054 line 1: a line carries another payer's adjudication but the claim has no otherPayer"),
        Case(
            name: "other payer is this payer",
            change: claimChange { $0.otherPayer?.payer = Claim837Samples.medicare }, field: "otherPayer.payer.payerID",
            message: "C-2054: the other payer has this claim's payer ID 00952"),
        Case(
            name: "same responsibility",
            change: claimChange { $0.otherPayer?.payerResponsibility = .secondary },
            field: "otherPayer.payerResponsibility",
            message: "C-2054: the other payer cannot have this claim's responsibility (S)"),
        Case(
            name: "adjudicated before the service",
            change: claimChange {
                $0.lines[1].otherPayerAdjudication?.adjudicationDate = Claim837Samples.date("2026-03-15")
            }, field: "otherPayerAdjudication.adjudicationDate",
            message:
                "C-2054 line 2: adjudicationDate 2026-03-15 is not between the service date and the file's date"),
    ]

    @Test(arguments: otherPayerCases)
    func otherPayerRefusalNamesTheClaimAndField(_ refusal: Case) {
        var file = Claim837Samples.file([Claim837Samples.secondary])
        refusal.change(&file)
        do {
            _ = try Claim837Writer.write(file)
            Issue.record("\(refusal.name) was written")
        } catch {
            #expect(error.field == refusal.field)
            #expect(error.description == refusal.message)
        }
    }

    @Test func theSamplesAreValid() throws {
        try Claim837Writer.validate(Claim837Samples.file(Claim837Samples.everyShape))
    }
}
