/// Someone who works at the practice. Providers (physicians, NPs, PAs) see patients and carry an NPI.
public struct Staff: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "S"
    public var id: StaffID
    public var givenName: String
    public var familyName: String
    public var role: StaffRole
    public var npi: String?
    public var credentials: [Credential]
    public var active: Bool

    public init(
        id: StaffID, givenName: String, familyName: String, role: StaffRole, npi: String? = nil,
        credentials: [Credential] = [], active: Bool = true
    ) {
        self.id = id; self.givenName = givenName; self.familyName = familyName; self.role = role
        self.npi = npi; self.credentials = credentials; self.active = active
    }

    public var fullName: String { "\(givenName) \(familyName)" }
    /// "Dr Lee", "NP Kim", "Ana R."
    public var displayName: String {
        switch role {
        case .physician: return "Dr \(familyName)"
        case .nursePractitioner: return "NP \(familyName)"
        case .physicianAssistant: return "PA \(familyName)"
        default:
            guard let initial = familyName.first else { return givenName }
            return "\(givenName) \(initial)."
        }
    }
    public var isProvider: Bool { role.isProvider }
}

public enum StaffRole: String, Codable, Sendable, CaseIterable, Comparable {
    case physician, nursePractitioner = "nurse-practitioner", physicianAssistant = "physician-assistant"
    case nurse, medicalAssistant = "medical-assistant", receptionist, biller, manager

    public var isProvider: Bool { self == .physician || self == .nursePractitioner || self == .physicianAssistant }

    public var label: String {
        switch self {
        case .physician: return "Physician"
        case .nursePractitioner: return "Nurse pract."
        case .physicianAssistant: return "Phys. asst."
        case .nurse: return "Nurse"
        case .medicalAssistant: return "Medical asst."
        case .receptionist: return "Receptionist"
        case .biller: return "Biller"
        case .manager: return "Manager"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A licence or training certificate that expires (medical licence, DEA, BLS, HIPAA training).
public struct Credential: Codable, Sendable, Equatable {
    public var name: String
    public var expires: LocalDate
    public init(name: String, expires: LocalDate) { self.name = name; self.expires = expires }
}
