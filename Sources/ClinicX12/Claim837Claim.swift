import ClinicDomain

/// Loop 2300 and what hangs off it: one claim with its subscriber, patient, payer and service lines.
public struct Claim837Claim: Sendable, Equatable {
    /// CLM01, the practice's own claim number (`C-2048`), which the payer echoes back on the 835.
    public var id: String
    /// CLM02: must equal the sum of the line charges.
    public var totalCharge: Cents
    /// CLM05-1, two digits (`11` office, `02` and `10` telehealth).
    public var placeOfService: String
    public var frequency: Claim837Frequency
    /// REF*F8: the payer's number for the claim a replacement (7) or void (8) refers to.
    public var originalClaimNumber: String?
    /// CLM06.
    public var providerSignatureOnFile: Bool
    public var assignment: Claim837Assignment
    /// CLM08: the insured authorized payment to the provider.
    public var benefitsAssigned: Bool
    public var releaseOfInformation: Claim837ReleaseOfInformation
    public var subscriber: Claim837Subscriber
    /// Nil when the subscriber is the patient (SBR02 18, no HL 23).
    public var patient: Claim837Patient?
    public var payer: Claim837Payer
    /// Loop 2310B; left off when nil or when the NPI is the billing provider's.
    public var renderingProvider: Claim837RenderingProvider?
    /// ICD-10-CM with the dot (`E11.9`): 1 to 12, the first is the principal diagnosis.
    public var diagnoses: [String]
    /// 1 to 50.
    public var lines: [Claim837ServiceLine]
    /// Loop 2320 for a secondary or tertiary claim: what the earlier payer decided.
    public var otherPayer: Claim837OtherPayer?

    public init(
        id: String, totalCharge: Cents, placeOfService: String, frequency: Claim837Frequency = .original,
        originalClaimNumber: String? = nil, providerSignatureOnFile: Bool = true,
        assignment: Claim837Assignment = .assigned, benefitsAssigned: Bool = true,
        releaseOfInformation: Claim837ReleaseOfInformation = .yes, subscriber: Claim837Subscriber,
        patient: Claim837Patient? = nil, payer: Claim837Payer, renderingProvider: Claim837RenderingProvider? = nil,
        diagnoses: [String], lines: [Claim837ServiceLine], otherPayer: Claim837OtherPayer? = nil
    ) {
        self.id = id
        self.totalCharge = totalCharge
        self.placeOfService = placeOfService
        self.frequency = frequency
        self.originalClaimNumber = originalClaimNumber
        self.providerSignatureOnFile = providerSignatureOnFile
        self.assignment = assignment
        self.benefitsAssigned = benefitsAssigned
        self.releaseOfInformation = releaseOfInformation
        self.subscriber = subscriber
        self.patient = patient
        self.payer = payer
        self.renderingProvider = renderingProvider
        self.diagnoses = diagnoses
        self.lines = lines
        self.otherPayer = otherPayer
    }
}

/// Loop 2000B/2010BA: the insured person whose coverage pays.
public struct Claim837Subscriber: Sendable, Equatable {
    public var payerResponsibility: Claim837PayerResponsibility
    public var memberID: String
    public var name: Claim837PersonName
    public var birthDate: LocalDate
    public var gender: Claim837Gender
    public var address: Claim837Address
    /// SBR03.
    public var groupNumber: String?
    public var filingIndicator: Claim837FilingIndicator

    public init(
        payerResponsibility: Claim837PayerResponsibility = .primary, memberID: String, name: Claim837PersonName,
        birthDate: LocalDate, gender: Claim837Gender, address: Claim837Address, groupNumber: String? = nil,
        filingIndicator: Claim837FilingIndicator
    ) {
        self.payerResponsibility = payerResponsibility
        self.memberID = memberID
        self.name = name
        self.birthDate = birthDate
        self.gender = gender
        self.address = address
        self.groupNumber = groupNumber
        self.filingIndicator = filingIndicator
    }
}

/// Loop 2000C/2010CA: a patient covered through someone else's policy.
public struct Claim837Patient: Sendable, Equatable {
    public var relationship: Claim837PatientRelationship
    public var name: Claim837PersonName
    public var birthDate: LocalDate
    public var gender: Claim837Gender
    public var address: Claim837Address

    public init(
        relationship: Claim837PatientRelationship, name: Claim837PersonName, birthDate: LocalDate,
        gender: Claim837Gender, address: Claim837Address
    ) {
        self.relationship = relationship
        self.name = name
        self.birthDate = birthDate
        self.gender = gender
        self.address = address
    }
}

/// Loop 2010BB (and 2330B for the other payer).
public struct Claim837Payer: Sendable, Equatable {
    public var name: String
    /// NM109 with qualifier PI.
    public var payerID: String

    public init(name: String, payerID: String) {
        self.name = name
        self.payerID = payerID
    }
}

/// Loop 2310B: the clinician who saw the patient, when not the billing provider.
public struct Claim837RenderingProvider: Sendable, Equatable {
    public var name: Claim837PersonName
    public var npi: String
    public var taxonomyCode: String?

    public init(name: Claim837PersonName, npi: String, taxonomyCode: String? = nil) {
        self.name = name
        self.npi = npi
        self.taxonomyCode = taxonomyCode
    }
}

/// Loop 2400: one procedure on one day.
public struct Claim837ServiceLine: Sendable, Equatable {
    /// CPT (`99213`) or HCPCS (`G0439`).
    public var procedureCode: String
    /// Up to 4, two characters each (`25`, `95`).
    public var modifiers: [String]
    public var charge: Cents
    public var units: Int
    /// 1-based positions in the claim's diagnoses, 1 to 4 of them.
    public var diagnosisPointers: [Int]
    public var serviceDate: LocalDate
    /// SV105, written only when it differs from the claim's place of service.
    public var placeOfService: String?
    /// Loop 2430 on a secondary claim: what the earlier payer did with this line.
    public var otherPayerAdjudication: Claim837LineAdjudication?

    public init(
        procedureCode: String, modifiers: [String] = [], charge: Cents, units: Int = 1, diagnosisPointers: [Int],
        serviceDate: LocalDate, placeOfService: String? = nil,
        otherPayerAdjudication: Claim837LineAdjudication? = nil
    ) {
        self.procedureCode = procedureCode
        self.modifiers = modifiers
        self.charge = charge
        self.units = units
        self.diagnosisPointers = diagnosisPointers
        self.serviceDate = serviceDate
        self.placeOfService = placeOfService
        self.otherPayerAdjudication = otherPayerAdjudication
    }
}
