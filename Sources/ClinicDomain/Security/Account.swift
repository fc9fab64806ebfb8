/// Someone who signs in: a login, the staff member behind it, their role and their PIN's hash.
/// Accounts are held by login (`Practice.accounts`); none at all is an "open" folder where anyone may do anything.
public struct Account: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Lowercase `[a-z0-9._-]`, 2–32 characters (`Account.checkLogin`).
    public var login: String
    public var staff: StaffID?
    public var role: Role
    public var pin: PinHash
    /// False once disabled: the login stays in history but cannot sign in or act.
    public var active: Bool
    /// Set by a manager who gave a temporary PIN; cleared when the user sets their own.
    public var mustChangePin: Bool

    public init(
        login: String, staff: StaffID?, role: Role, pin: PinHash, active: Bool = true, mustChangePin: Bool = false
    ) {
        self.login = login; self.staff = staff; self.role = role; self.pin = pin; self.active = active
        self.mustChangePin = mustChangePin
    }

    private enum CodingKeys: String, CodingKey { case login, staff, role, pin, active, mustChangePin }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            login: try c.decode(String.self, forKey: .login),
            staff: try c.decodeIfPresent(StaffID.self, forKey: .staff),
            role: try c.decode(Role.self, forKey: .role), pin: try c.decode(PinHash.self, forKey: .pin),
            active: try c.decode(Bool.self, forKey: .active),
            mustChangePin: try c.decodeIfPresent(Bool.self, forKey: .mustChangePin) ?? false)
    }

    /// Never the hash: accounts reach logs and messages by reflection.
    public var description: String {
        "\(login) (\(role.rawValue)\(staff.map { ", \($0)" } ?? "")\(active ? "" : ", disabled"))"
    }

    /// Why `text` is not a login, or nil when it is one.
    public static func loginProblem(_ text: String) -> String? {
        guard (2...32).contains(text.count) else {
            return "login '\(text)' must be 2 to 32 characters"
        }
        let allowed = text.allSatisfy { ch in
            ch.isASCII && (ch.isLowercase || ch.isNumber || ch == "." || ch == "_" || ch == "-")
        }
        guard allowed else { return "login '\(text)' may hold only lowercase letters, digits, '.', '_' and '-'" }
        return nil
    }
}

/// A PIN as stored: the KDF's name, its cost parameters, the salt and the derived bytes. The domain only holds
/// and compares these; ClinicStore's `PinHasher` computes them, so the scheme can change without a new event.
public struct PinHash: Codable, Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// "scrypt".
    public var scheme: String
    /// The scheme's cost parameters by name (scrypt: N, r, p, length).
    public var parameters: [String: Int]
    public var salt: [UInt8]
    public var hash: [UInt8]

    public init(scheme: String, parameters: [String: Int], salt: [UInt8], hash: [UInt8]) {
        self.scheme = scheme; self.parameters = parameters; self.salt = salt; self.hash = hash
    }

    /// Neither salt nor hash goes into text: logs, messages and `dump` print this.
    public var description: String { "PinHash(\(scheme))" }
    public var customMirror: Mirror { Mirror(self, children: ["scheme": scheme], displayStyle: .struct) }
}

/// What `user add` asks for. A nil role: the first account's is manager, otherwise the staff member's default.
public struct NewAccount: Codable, Sendable, Equatable {
    public var login: String
    public var staff: StaffID?
    public var role: Role?
    public var pin: PinHash

    public init(login: String, staff: StaffID?, role: Role? = nil, pin: PinHash) {
        self.login = login; self.staff = staff; self.role = role; self.pin = pin
    }
}
