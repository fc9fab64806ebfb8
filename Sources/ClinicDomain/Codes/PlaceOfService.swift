import Foundation

/// CMS place-of-service codes (the two digits in 837P CLM05-1 and SV105): where a service was given. The table is
/// the assigned codes of the CMS POS code set with its names; gaps (28–30, 35–40, 59, 63–64, …) are unassigned and
/// refused. CMS adds a code every year or two: add it here with its name.
public struct PlaceOfService: Sendable, Equatable, Hashable {
    public let code: String
    public let name: String

    /// 02 and 10: telehealth, which payers pair with modifier 95 or GT and pay at their own rates.
    public var isTelehealth: Bool { Self.telehealthCodes.contains(code) }

    public static let telehealthCodes: Set<String> = ["02", "10"]
    public static let office = "11"

    public static let all: [PlaceOfService] = table.map { PlaceOfService(code: $0.0, name: $0.1) }

    /// The entry for a code such as `11` (surrounding spaces ignored; exactly two digits).
    public static func lookup(_ code: String) -> PlaceOfService? {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        return all.first { $0.code == trimmed }
    }

    public static func isValid(_ code: String) -> Bool { lookup(code) != nil }
    public static func name(_ code: String) -> String? { lookup(code)?.name }
    public static func isTelehealth(_ code: String) -> Bool { lookup(code)?.isTelehealth ?? false }

    private static let table: [(String, String)] = [
        ("01", "Pharmacy"),
        ("02", "Telehealth provided other than in the patient's home"),
        ("03", "School"),
        ("04", "Homeless shelter"),
        ("05", "Indian Health Service free-standing facility"),
        ("06", "Indian Health Service provider-based facility"),
        ("07", "Tribal 638 free-standing facility"),
        ("08", "Tribal 638 provider-based facility"),
        ("09", "Prison/correctional facility"),
        ("10", "Telehealth provided in the patient's home"),
        ("11", "Office"),
        ("12", "Home"),
        ("13", "Assisted living facility"),
        ("14", "Group home"),
        ("15", "Mobile unit"),
        ("16", "Temporary lodging"),
        ("17", "Walk-in retail health clinic"),
        ("18", "Place of employment/worksite"),
        ("19", "Off campus outpatient hospital"),
        ("20", "Urgent care facility"),
        ("21", "Inpatient hospital"),
        ("22", "On campus outpatient hospital"),
        ("23", "Emergency room, hospital"),
        ("24", "Ambulatory surgical center"),
        ("25", "Birthing center"),
        ("26", "Military treatment facility"),
        ("27", "Outreach site/street"),
        ("31", "Skilled nursing facility"),
        ("32", "Nursing facility"),
        ("33", "Custodial care facility"),
        ("34", "Hospice"),
        ("41", "Ambulance, land"),
        ("42", "Ambulance, air or water"),
        ("49", "Independent clinic"),
        ("50", "Federally qualified health center"),
        ("51", "Inpatient psychiatric facility"),
        ("52", "Psychiatric facility, partial hospitalization"),
        ("53", "Community mental health center"),
        ("54", "Intermediate care facility/individuals with intellectual disabilities"),
        ("55", "Residential substance abuse treatment facility"),
        ("56", "Psychiatric residential treatment center"),
        ("57", "Non-residential substance abuse treatment facility"),
        ("58", "Non-residential opioid treatment facility"),
        ("60", "Mass immunization center"),
        ("61", "Comprehensive inpatient rehabilitation facility"),
        ("62", "Comprehensive outpatient rehabilitation facility"),
        ("65", "End-stage renal disease treatment facility"),
        ("71", "Public health clinic"),
        ("72", "Rural health clinic"),
        ("81", "Independent laboratory"),
        ("99", "Other place of service"),
    ]
}
