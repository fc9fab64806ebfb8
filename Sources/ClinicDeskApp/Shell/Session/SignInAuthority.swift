import ClinicDomain

/// Who may sign in at a terminal and how their PIN is checked. The executable provides the real one (the
/// practice's accounts, PINs checked against their salted hashes); tests provide their own. It is kept behind a
/// protocol so the dashboard never sees a hash or the key-derivation function.
public protocol SignInAuthority: Sendable {
    /// The active accounts, in the order the sign-in screen lists them. Empty: the folder has no accounts yet, so
    /// there is nobody to sign in as and nothing to lock with.
    func accounts(in practice: Practice) -> [SignInAccount]
    /// Whether `pin` is `login`'s PIN. Slow on purpose (a key-derivation function): the dashboard calls it off
    /// the loop (`SignInQueue`).
    func verify(login: String, pin: String, in practice: Practice) -> Bool
}

/// One account as the sign-in screen shows it: no hash, nothing of a patient.
public struct SignInAccount: Sendable, Equatable {
    public var login: String
    /// The staff member's name ("Ben Ortiz"), or the login when the account has no staff record.
    public var name: String
    /// The role as a word ("Receptionist").
    public var role: String

    public init(login: String, name: String, role: String) {
        self.login = login; self.name = name; self.role = role
    }
}
