import ClinicDomain

/// The one check of a login and PIN against a practice's accounts, for the CLI's `--user` and the dashboard's
/// sign-in screen alike. Throttling (`SignInThrottle`) is the caller's: it knows its own clock.
public enum AccountSignIn {
    public enum Outcome: Sendable, Equatable {
        case signedIn(Account)
        /// No such login, a disabled account or a wrong PIN: said apart to the caller, who decides how much to
        /// tell (the sentences below do not say which logins exist to someone who guessed wrong).
        case unknownLogin, disabled, wrongPin

        /// A sentence for the person at the keyboard.
        public var sentence: String {
            switch self {
            case .signedIn(let account): return "Signed in as \(account.login) (\(account.role.noun))."
            case .unknownLogin, .wrongPin: return "That login and PIN do not match an account."
            case .disabled: return "That account is disabled; a manager can enable it."
            }
        }
    }

    /// Hashes the typed PIN even for an unknown login, so a wrong login takes as long as a wrong PIN.
    public static func verify(login: String, pin: String, in practice: Practice) -> Outcome {
        guard let account = practice.account(login) else {
            _ = PinHasher.verify(pin: pin, against: decoy)
            return .unknownLogin
        }
        guard PinHasher.verify(pin: pin, against: account.pin) else { return .wrongPin }
        guard account.active else { return .disabled }
        return .signedIn(account)
    }

    /// A hash no PIN matches, at the standard cost.
    private static let decoy = PinHash(
        scheme: PinHasher.scheme,
        parameters: [
            "N": PinHasher.Cost.standard.rounds, "r": PinHasher.Cost.standard.blockSize,
            "p": PinHasher.Cost.standard.parallelism, "length": PinHasher.Cost.standard.length,
        ],
        salt: [UInt8](repeating: 0, count: PinHasher.saltBytes),
        hash: [UInt8](repeating: 0, count: PinHasher.Cost.standard.length))
}
