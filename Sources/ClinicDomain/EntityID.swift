/// Short, human IDs such as `P-1042`, `A-20931`, `T-17`: a prefix, a dash and a positive number.
/// The phantom `Kind` keeps a patient's ID from being passed where a claim's is expected.
public struct EntityID<Kind: IdentifiedKind>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let number: Int

    public init(_ number: Int) { self.number = number }

    /// Parses `P-12` (case-insensitive prefix); returns nil for anything else.
    public init?(_ text: String) {
        let upper = text.uppercased()
        let prefix = Kind.idPrefix + "-"
        // Digits only: Int() alone would also take "P-+12" and print it back as "P-12".
        let digits = upper.dropFirst(prefix.count)
        guard upper.hasPrefix(prefix), !digits.isEmpty, digits.count <= 18, digits.allSatisfy(\.isASCIIDigit),
            let n = Int(digits), n > 0
        else { return nil }
        number = n
    }

    public var description: String { "\(Kind.idPrefix)-\(number)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = Self(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not a \(Kind.idPrefix)- ID"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

public protocol IdentifiedKind: Sendable { static var idPrefix: String { get } }

public typealias PatientID = EntityID<Patient>
public typealias StaffID = EntityID<Staff>
public typealias AppointmentID = EntityID<Appointment>
public typealias TaskID = EntityID<TaskCard>
public typealias ClaimID = EntityID<Claim>
public typealias PayerID = EntityID<Payer>
public typealias ShiftID = EntityID<Shift>
public typealias TimeOffID = EntityID<TimeOff>
