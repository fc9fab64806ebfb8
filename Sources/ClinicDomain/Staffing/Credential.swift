/// A licence, registration, certification or yearly training that expires. A practice's own (CLIA) sits in the
/// settings; everyone else's on their staff record.
public struct Credential: Codable, Sendable, Equatable {
    public var kind: CredentialKind
    /// What the roster calls it: the kind's name unless recorded otherwise (records from before kinds existed).
    public var name: String
    /// Licence, DEA or certificate number; empty when the kind has none (yearly training).
    public var number: String
    /// Two-letter state of a state licence; empty otherwise.
    public var state: String
    public var expires: LocalDate

    public init(kind: CredentialKind, expires: LocalDate, number: String = "", state: String = "", name: String? = nil)
    {
        self.kind = kind; self.expires = expires; self.number = number; self.state = state
        self.name = name ?? kind.label
    }

    /// A credential recorded by name only (before kinds): the kind is read from the name.
    public init(name: String, expires: LocalDate) {
        self.init(kind: CredentialKind.guess(from: name), expires: expires, name: name)
    }

    private enum CodingKeys: String, CodingKey { case kind, name, number, state, expires }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        let kind = try c.decodeIfPresent(CredentialKind.self, forKey: .kind) ?? CredentialKind.guess(from: name)
        self.init(
            kind: kind, expires: try c.decode(LocalDate.self, forKey: .expires),
            number: try c.decodeIfPresent(String.self, forKey: .number) ?? "",
            state: try c.decodeIfPresent(String.self, forKey: .state) ?? "", name: name)
    }

    /// "State licence NY 209876", "DEA FP1234563", "BLS".
    public var title: String {
        [name, state, number].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Days from `today` until it lapses: 0 on its last valid day, negative once expired.
    public func daysLeft(today: LocalDate) -> Int { today.days(until: expires) }
    /// Valid through its expiry day.
    public func isValid(on day: LocalDate) -> Bool { day <= expires }
}

/// The kinds a practice tracks. Raw values are what people type and what exports carry.
public enum CredentialKind: String, Codable, Sendable, CaseIterable {
    case licence, dea, board, bls, acls, cpr, hipaa, osha, malpractice, caqh, clia, other

    public var label: String {
        switch self {
        case .licence: return "State licence"
        case .dea: return "DEA"
        case .board: return "Board certification"
        case .bls: return "BLS"
        case .acls: return "ACLS"
        case .cpr: return "CPR"
        case .hipaa: return "HIPAA training"
        case .osha: return "OSHA training"
        case .malpractice: return "Malpractice insurance"
        case .caqh: return "CAQH attestation"
        case .clia: return "CLIA certificate"
        case .other: return "Credential"
        }
    }

    /// Yearly trainings renew a year at a time; the rest carry the expiry printed on them.
    public var isYearlyTraining: Bool { self == .hipaa || self == .osha }

    /// What people type: `license` and `licence` alike, `dea`, `board`, …
    public static func parse(_ text: String) -> CredentialKind? {
        switch text.lowercased() {
        case "license", "licence", "state-licence", "state-license": return .licence
        case "board-certification": return .board
        default: return CredentialKind(rawValue: text.lowercased())
        }
    }

    /// The kind a free-text name most likely meant ("Medical licence NY", "BLS", "HIPAA training").
    public static func guess(from name: String) -> CredentialKind {
        let lower = name.lowercased()
        let rules: [(String, CredentialKind)] = [
            ("dea", .dea), ("acls", .acls), ("bls", .bls), ("cpr", .cpr), ("hipaa", .hipaa), ("osha", .osha),
            ("malpractice", .malpractice), ("caqh", .caqh), ("clia", .clia), ("board", .board),
            ("licen", .licence),
        ]
        return rules.first { lower.contains($0.0) }?.1 ?? .other
    }
}
