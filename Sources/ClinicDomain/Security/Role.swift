/// What an account may do and see (`RoleTable`). Coarser than `StaffRole`: the rules ask what someone's job at the
/// desk is, not their licence. `nurse` covers nurses and medical assistants.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case manager, provider, nurse, receptionist, biller

    /// "Manager", "Nurse/MA", for lists.
    public var label: String {
        switch self {
        case .manager: return "Manager"
        case .provider: return "Provider"
        case .nurse: return "Nurse/MA"
        case .receptionist: return "Receptionist"
        case .biller: return "Biller"
        }
    }

    /// The role inside a sentence: "ben is a receptionist".
    public var noun: String {
        switch self {
        case .nurse: return "nurse or MA"
        default: return rawValue
        }
    }

    /// What people type: the raw value or an obvious synonym (`ma`, `front-desk`, `doctor`, `np` …).
    public static func parse(_ text: String) -> Role? {
        switch text.lowercased() {
        case "manager", "admin", "office-manager", "practice-manager": return .manager
        case "provider", "doctor", "physician", "md", "do", "np", "pa", "nurse-practitioner", "physician-assistant":
            return .provider
        case "nurse", "ma", "medical-assistant", "rn", "lpn", "nurse/ma": return .nurse
        case "receptionist", "front-desk", "frontdesk", "desk", "reception", "front": return .receptionist
        case "biller", "billing", "coder": return .biller
        default: return nil
        }
    }

    /// The role an account gets for a staff member unless one is named.
    public init(defaultFor staffRole: StaffRole) {
        switch staffRole {
        case .physician, .nursePractitioner, .physicianAssistant: self = .provider
        case .nurse, .medicalAssistant: self = .nurse
        case .receptionist: self = .receptionist
        case .biller: self = .biller
        case .manager: self = .manager
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
