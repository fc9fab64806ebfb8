import Foundation

/// How a terminal was opened, as far as who may do what at it: the accounts to sign in with, when it locks
/// itself, and whether it may change anything at all.
public struct DeskOptions: Sendable {
    /// Where accounts and PIN checks come from; nil: an open dashboard (tests, folders without accounts).
    public var authority: (any SignInAuthority)?
    /// Idle time after which the screen locks; nil never (a folder without accounts has no PIN to unlock with).
    public var lockAfter: TimeInterval?
    /// `--read-only`: every change refused before it is asked for, verbs greyed in the hints.
    public var readOnly: Bool
    /// `--kiosk`: a waiting-room display — read-only, masked, and the mask cannot be lifted.
    public var kiosk: Bool
    /// Signed in before the loop started (`--user` with the PIN in `CLINICDESK_PIN`, checked by the executable):
    /// the dashboard opens unlocked as this login.
    public var signedIn: String?
    /// A line for the sign-in screen, e.g. the demo practice's PIN.
    public var signInHint: String?

    public static let defaultLockAfter: TimeInterval = 10 * 60

    public init(
        authority: (any SignInAuthority)? = nil, lockAfter: TimeInterval? = DeskOptions.defaultLockAfter,
        readOnly: Bool = false, kiosk: Bool = false, signedIn: String? = nil, signInHint: String? = nil
    ) {
        self.authority = authority; self.lockAfter = lockAfter; self.readOnly = readOnly; self.kiosk = kiosk
        self.signedIn = signedIn; self.signInHint = signInHint
    }

    /// Nothing may be changed from this terminal.
    public var refusesChanges: Bool { readOnly || kiosk }

    /// The sentence a change key gets at a terminal that may not change anything.
    var readOnlyRefusal: String {
        kiosk
            ? "This is a waiting-room display (--kiosk): nothing can be changed here."
            : "Read-only terminal (opened with --read-only): nothing can be changed here."
    }
}
