import ClinicDomain
import ClinicX12

/// The 837P inputs the tests share: one practice, and claims covering each shape the writer handles.
enum Claim837Samples {
    static let billingNPI = "1234567893"
    static let renderingNPI = "1987654328"
    static let otherRenderingNPI = "1555555550"

    static func date(_ text: String) -> LocalDate {
        LocalDate(text) ?? LocalDate(year: 1970, month: 1, day: 1)
    }

    static let interchange = Claim837Interchange(
        senderID: "CLINICDESK01", receiverID: "CLEARHOUSE", controlNumber: 2048, usage: .test,
        createdOn: date("2026-03-20"), createdAt: TimeOfDay(hour: 10, minute: 5))

    static let submitter = Claim837Submitter(
        name: "Maple Street Family Practice", id: "SUB12345", contactName: "Dana Reyes", phone: "(555) 201-4400")

    static let receiver = Claim837Receiver(name: "Acme Clearinghouse", id: "ACMECH")

    static let billingProvider = Claim837BillingProvider(
        organizationName: "Maple Street Family Practice", npi: billingNPI, ein: "12-3456789",
        address: Claim837Address(line: "100 Maple St", city: "Springfield", state: "IL", zip: "62701-1234"),
        taxonomyCode: "207Q00000X")

    static let home = Claim837Address(
        line: "42 Oak Ave", secondLine: "Apt 3", city: "Springfield", state: "IL", zip: "62704")

    static let medicare = Claim837Payer(name: "Medicare Part B", payerID: "00952")
    static let aetna = Claim837Payer(name: "Aetna", payerID: "60054")

    static let selfSubscriber = Claim837Subscriber(
        memberID: "1EG4TE5MK73", name: Claim837PersonName(last: "Okafor", first: "Grace", middle: "A"),
        birthDate: date("1950-04-12"), gender: .female, address: home, filingIndicator: .medicarePartB)

    static let parent = Claim837Subscriber(
        memberID: "W123456789", name: Claim837PersonName(last: "Lindqvist", first: "Erik"),
        birthDate: date("1984-09-30"), gender: .male, address: home, groupNumber: "GRP7781",
        filingIndicator: .commercial)

    static let child = Claim837Patient(
        relationship: .child, name: Claim837PersonName(last: "Lindqvist", first: "Maja"),
        birthDate: date("2016-02-14"), gender: .female, address: home)

    static func line(
        _ code: String, _ dollars: Int, modifiers: [String] = [], units: Int = 1, pointers: [Int] = [1],
        on day: String = "2026-03-16", place: String? = nil, adjudication: Claim837LineAdjudication? = nil
    ) -> Claim837ServiceLine {
        Claim837ServiceLine(
            procedureCode: code, modifiers: modifiers, charge: Cents(dollars * 100), units: units,
            diagnosisPointers: pointers, serviceDate: date(day), placeOfService: place,
            otherPayerAdjudication: adjudication)
    }

    static func claim(
        _ id: String, lines: [Claim837ServiceLine], diagnoses: [String] = ["E11.9"], place: String = "11",
        subscriber: Claim837Subscriber = selfSubscriber, patient: Claim837Patient? = nil,
        payer: Claim837Payer = medicare, rendering: Claim837RenderingProvider? = nil,
        frequency: Claim837Frequency = .original, original: String? = nil, otherPayer: Claim837OtherPayer? = nil
    ) -> Claim837Claim {
        Claim837Claim(
            id: id, totalCharge: lines.reduce(Cents.zero) { $0 + $1.charge }, placeOfService: place,
            frequency: frequency, originalClaimNumber: original, subscriber: subscriber, patient: patient,
            payer: payer, renderingProvider: rendering, diagnoses: diagnoses, lines: lines, otherPayer: otherPayer)
    }

    /// A self-subscriber office visit with two lines, modifiers and pointers.
    static let officeVisit = claim(
        "C-2048", lines: [line("99214", 145, modifiers: ["25"], pointers: [1, 2]), line("93000", 45, pointers: [2])],
        diagnoses: ["E11.9", "I10"])

    static let dependentVisit = claim(
        "C-2049", lines: [line("99393", 180, pointers: [1])], diagnoses: ["Z00.129"], subscriber: parent,
        patient: child, payer: aetna)

    static let renderedVisit = claim(
        "C-2050", lines: [line("99213", 110)], diagnoses: ["J06.9"], subscriber: parent, payer: aetna,
        rendering: Claim837RenderingProvider(
            name: Claim837PersonName(last: "Chen", first: "Wei"), npi: renderingNPI, taxonomyCode: "207Q00000X"))

    static let replacement = claim(
        "C-2051", lines: [line("99213", 110, on: "2026-03-02")], frequency: .replacement, original: "22611900112")

    static let telehealth = claim(
        "C-2052", lines: [line("99213", 110, modifiers: ["95"], place: "10")], place: "10")

    static let twelveDiagnoses = claim(
        "C-2053",
        lines: [
            line("99215", 250, modifiers: ["25", "GT", "59", "XU"], pointers: [1, 2, 3, 4]),
            line("36415", 15, units: 2, pointers: [5, 6, 7, 8]),
            line("G0439", 175, pointers: [9, 10, 11, 12], place: "11"),
        ],
        diagnoses: [
            "E11.9", "I10", "E78.5", "N18.3", "M54.50", "F41.1", "J45.909", "K21.9", "E66.9", "G47.33", "R53.83",
            "Z79.4",
        ])

    /// Medicare secondary to Aetna: what Aetna paid on each line.
    static let secondary: Claim837Claim = {
        var subscriber = selfSubscriber
        subscriber.payerResponsibility = .secondary
        let adjudicated = date("2026-03-18")
        return claim(
            "C-2054",
            lines: [
                line(
                    "99213", 110,
                    adjudication: Claim837LineAdjudication(
                        paidAmount: Cents(6000),
                        adjustments: [
                            Claim837Adjustment(group: .contractualObligation, reasonCode: "45", amount: Cents(3000)),
                            Claim837Adjustment(group: .patientResponsibility, reasonCode: "2", amount: Cents(2000)),
                        ], adjudicationDate: adjudicated)),
                line(
                    "81002", 20,
                    adjudication: Claim837LineAdjudication(
                        paidAmount: Cents(1250),
                        adjustments: [
                            Claim837Adjustment(group: .contractualObligation, reasonCode: "45", amount: Cents(750))
                        ], adjudicationDate: adjudicated)),
            ],
            diagnoses: ["N39.0"], subscriber: subscriber,
            otherPayer: Claim837OtherPayer(
                subscriberName: Claim837PersonName(last: "Okafor", first: "Grace", middle: "A"), memberID: "AET998877",
                groupNumber: "GRP100", filingIndicator: .commercial, payer: aetna, paidAmount: Cents(7250),
                adjudicationDate: adjudicated))
    }()

    /// The same, adjudicated by Aetna as a whole: claim-level CAS (7 reasons of one group) and date, no 2430.
    static let secondaryAdjudicatedAsAWhole: Claim837Claim = {
        var claim = secondary
        claim.id = "C-2055"
        for index in claim.lines.indices { claim.lines[index].otherPayerAdjudication = nil }
        claim.otherPayer?.paidAmount = Cents(6000)
        claim.otherPayer?.claimAdjustments = (1...7).map {
            Claim837Adjustment(group: .contractualObligation, reasonCode: "\($0)", amount: Cents(250 * $0))
        }
        return claim
    }()

    static func file(_ claims: [Claim837Claim], controlNumber: Int = 2048) -> Claim837File {
        var envelope = interchange
        envelope.controlNumber = controlNumber
        return Claim837File(
            interchange: envelope, submitter: submitter, receiver: receiver, billingProvider: billingProvider,
            claims: claims)
    }

    static let everyShape = [
        officeVisit, dependentVisit, renderedVisit, replacement, telehealth, twelveDiagnoses, secondary,
        secondaryAdjudicatedAsAWhole,
    ]
}
