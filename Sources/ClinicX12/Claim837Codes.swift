/// The code lists an 837P input chooses from; the raw value is what goes on the file.

/// ISA15.
public enum Claim837Usage: String, Sendable, Equatable, CaseIterable {
    case production = "P"
    case test = "T"
}

/// SBR01: whose turn it is to pay this claim.
public enum Claim837PayerResponsibility: String, Sendable, Equatable, CaseIterable {
    case primary = "P"
    case secondary = "S"
    case tertiary = "T"
}

/// CLM05-3.
public enum Claim837Frequency: String, Sendable, Equatable, CaseIterable {
    case original = "1"
    /// Replaces a claim the payer already has: carries its number in REF*F8.
    case replacement = "7"
    /// Voids a claim the payer already has: carries its number in REF*F8.
    case void = "8"
}

/// DMG03.
public enum Claim837Gender: String, Sendable, Equatable, CaseIterable {
    case female = "F"
    case male = "M"
    case unknown = "U"
}

/// PAT01: who the patient is to the subscriber, when not the subscriber (SBR02 18 covers "self").
public enum Claim837PatientRelationship: String, Sendable, Equatable, CaseIterable {
    case spouse = "01"
    case child = "19"
    case employee = "20"
    case unknown = "21"
    case organDonor = "39"
    case cadaverDonor = "40"
    case lifePartner = "53"
    case other = "G8"
}

/// SBR09 (and the other payer's in loop 2320).
public enum Claim837FilingIndicator: String, Sendable, Equatable, CaseIterable {
    case otherNonFederal = "11"
    case ppo = "12"
    case pointOfService = "13"
    case epo = "14"
    case indemnity = "15"
    case hmoMedicareAdvantage = "16"
    case dentalMaintenance = "17"
    case automobileMedical = "AM"
    case blueCrossBlueShield = "BL"
    case tricare = "CH"
    case commercial = "CI"
    case disability = "DS"
    case federalEmployeesProgram = "FI"
    case hmo = "HM"
    case liabilityMedical = "LM"
    case medicarePartA = "MA"
    case medicarePartB = "MB"
    case medicaid = "MC"
    case otherFederal = "OF"
    case titleV = "TV"
    case veteransAffairs = "VA"
    case workersCompensation = "WC"
    case mutuallyDefined = "ZZ"
}

/// CLM07: whether the provider accepts the payer's assignment.
public enum Claim837Assignment: String, Sendable, Equatable, CaseIterable {
    case assigned = "A"
    case labServicesOnly = "B"
    case notAssigned = "C"
}

/// CLM09.
public enum Claim837ReleaseOfInformation: String, Sendable, Equatable, CaseIterable {
    /// Informed consent to release medical information for conditions or diagnoses regulated by federal statutes.
    case informedConsent = "I"
    case yes = "Y"
}

/// CAS01: who an adjustment is put on.
public enum Claim837AdjustmentGroup: String, Sendable, Equatable, CaseIterable {
    case contractualObligation = "CO"
    case otherAdjustment = "OA"
    case payerInitiatedReduction = "PI"
    case patientResponsibility = "PR"
}
