/// Someone who works at the practice. Providers (physicians, NPs, PAs) see patients and carry an NPI.
public struct Staff: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "S"
    public var id: StaffID
    public var givenName: String
    public var familyName: String
    public var role: StaffRole
    public var npi: String?
    public var credentials: [Credential]
    /// False once deactivated: the person stays in history (shifts, stamps, claims) but leaves the roster.
    public var active: Bool
    /// Most hours a week they work (contract or part-time cap); nil: no cap. Cover suggestions respect it.
    public var weeklyHours: Int?
    /// Vacation days a calendar year; nil: balances are not tracked for them.
    public var vacationDaysPerYear: Int?
    /// Their usual week (`shift template set`), expanded into shifts a week at a time.
    public var template: [TemplateShift]
    /// Days the template does not apply (a holiday, a known absence): the exceptions to the pattern.
    public var templateSkips: [LocalDate]

    public init(
        id: StaffID, givenName: String, familyName: String, role: StaffRole, npi: String? = nil,
        credentials: [Credential] = [], active: Bool = true, weeklyHours: Int? = nil,
        vacationDaysPerYear: Int? = nil, template: [TemplateShift] = [], templateSkips: [LocalDate] = []
    ) {
        self.id = id; self.givenName = givenName; self.familyName = familyName; self.role = role
        self.npi = npi; self.credentials = credentials; self.active = active; self.weeklyHours = weeklyHours
        self.vacationDaysPerYear = vacationDaysPerYear; self.template = template; self.templateSkips = templateSkips
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

    private enum CodingKeys: String, CodingKey {
        case id, givenName, familyName, role, npi, credentials, active, weeklyHours, vacationDaysPerYear, template
        case templateSkips
    }

    /// Records written before hours, balances and templates existed decode with none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(StaffID.self, forKey: .id), givenName: try c.decode(String.self, forKey: .givenName),
            familyName: try c.decode(String.self, forKey: .familyName),
            role: try c.decode(StaffRole.self, forKey: .role), npi: try c.decodeIfPresent(String.self, forKey: .npi),
            credentials: try c.decode([Credential].self, forKey: .credentials),
            active: try c.decode(Bool.self, forKey: .active),
            weeklyHours: try c.decodeIfPresent(Int.self, forKey: .weeklyHours),
            vacationDaysPerYear: try c.decodeIfPresent(Int.self, forKey: .vacationDaysPerYear),
            template: try c.decodeIfPresent([TemplateShift].self, forKey: .template) ?? [],
            templateSkips: try c.decodeIfPresent([LocalDate].self, forKey: .templateSkips) ?? [])
    }

    /// The credential of a kind (the latest-expiring one when several states' licences are on file).
    public func credential(_ kind: CredentialKind) -> Credential? {
        credentials.filter { $0.kind == kind }.max { $0.expires < $1.expires }
    }
}

public enum StaffRole: String, Codable, Sendable, CaseIterable, Comparable {
    case physician, nursePractitioner = "nurse-practitioner", physicianAssistant = "physician-assistant"
    case nurse, medicalAssistant = "medical-assistant", receptionist, biller, manager

    public var isProvider: Bool { self == .physician || self == .nursePractitioner || self == .physicianAssistant }
    /// May see or treat patients unsupervised on site: a provider or a nurse (the "licensed clinician" rule).
    public var isLicensedClinician: Bool { isProvider || self == .nurse }

    /// What people type: `ma`, `nurse`, `receptionist`, `np`, `pa` or the full raw value.
    public static func parse(_ text: String) -> StaffRole? {
        switch text.lowercased() {
        case "ma", "medical-assistant": return .medicalAssistant
        case "np", "nurse-practitioner": return .nursePractitioner
        case "pa", "physician-assistant": return .physicianAssistant
        case "md", "do", "doctor", "physician": return .physician
        case "front-desk", "desk", "receptionist": return .receptionist
        default: return StaffRole(rawValue: text.lowercased())
        }
    }

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
