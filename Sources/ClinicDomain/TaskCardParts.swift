import Foundation

/// The board's standard labels. Input is case-insensitive; a card stores the canonical spelling.
public enum TaskLabel {
    public static let standard = ["billing", "compliance", "supplies", "HR", "facilities", "patients", "IT"]

    /// The canonical spelling of a standard label (`hr` → `HR`), or nil for any other word.
    public static func canonical(_ input: String) -> String? {
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        return standard.first { $0.caseInsensitiveCompare(trimmed) == .orderedSame }
    }

    /// The canonical label, or a refusal listing the allowed ones.
    public static func checked(_ input: String) throws(DomainError) -> String {
        guard let label = canonical(input) else {
            throw DomainError("label: '\(input)' is not one of \(standard.joined(separator: ", ")).")
        }
        return label
    }
}

/// One line of a card's checklist. `number` is given once and never reused on the card, so `tick 2` keeps
/// naming the same item after others are added, removed or reordered.
public struct ChecklistItem: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
    public var done: Bool

    public init(number: Int, text: String, done: Bool = false) {
        self.number = number; self.text = text; self.done = done
    }
}

/// A typed reference from a card to another item: `C-22`, `A-31`, `P-12`, `S-4`, `T-9`.
public enum ItemLink: Codable, Sendable, Equatable, Hashable, CustomStringConvertible {
    case claim(ClaimID)
    case appointment(AppointmentID)
    case patient(PatientID)
    case staff(StaffID)
    case task(TaskID)

    /// Parses an ID as printed (case-insensitive prefix); nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = ClaimID(trimmed) {
            self = .claim(id)
        } else if let id = AppointmentID(trimmed) {
            self = .appointment(id)
        } else if let id = PatientID(trimmed) {
            self = .patient(id)
        } else if let id = StaffID(trimmed) {
            self = .staff(id)
        } else if let id = TaskID(trimmed) {
            self = .task(id)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .claim(let id): id.description
        case .appointment(let id): id.description
        case .patient(let id): id.description
        case .staff(let id): id.description
        case .task(let id): id.description
        }
    }

    /// The kinds a link may name, for messages.
    public static let kinds = "a claim (C-22), appointment (A-31), patient (P-12), staff member (S-4) or task (T-9)"

    // Stored as the ID text ("C-22"): short, readable in exports and undo images.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let link = ItemLink(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "link \(text)"))
        }
        self = link
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension Practice {
    /// Whether the item a link names exists now.
    public func exists(_ link: ItemLink) -> Bool {
        switch link {
        case .claim(let id): claims[id] != nil
        case .appointment(let id): appointments[id] != nil
        case .patient(let id): patients[id] != nil
        case .staff(let id): staff[id] != nil
        case .task(let id): tasks[id] != nil
        }
    }
}
