import ClinicDomain
import Foundation

/// This terminal's sign-in state: who is at it, whether it is locked, when a key was last pressed, and how many
/// wrong PINs in a row were typed here.
struct DeskSession {
    var options: DeskOptions
    /// Non-nil while the screen is locked: every key goes to it and the frame shows nothing else.
    var lock: LockScreen?
    var lastActivity: Date
    private(set) var wrongPins = 0
    /// When the next PIN may be tried.
    private(set) var retryAt: Date?

    init(options: DeskOptions, now: Date) {
        self.options = options
        lastActivity = now
    }

    /// The folder has accounts, so there is someone to sign in as and a PIN to unlock with.
    func hasAccounts(_ practice: Practice) -> Bool {
        guard let authority = options.authority else { return false }
        return !authority.accounts(in: practice).isEmpty
    }

    /// Idle for the configured time (and there is a PIN to unlock with).
    func idleExpired(now: Date, practice: Practice) -> Bool {
        guard lock == nil, let limit = options.lockAfter, hasAccounts(practice) else { return false }
        return now.timeIntervalSince(lastActivity) >= limit
    }

    mutating func lockScreen(_ reason: LockScreen.Reason, user: String, practice: Practice) {
        let accounts = options.authority?.accounts(in: practice) ?? []
        lock = LockScreen(accounts: accounts, preselect: user, reason: reason)
    }

    /// A PIN check came back. Returns the login now signed in, or nil after a wrong PIN (the screen says so).
    mutating func finishCheck(login: String, accepted: Bool, now: Date) -> String? {
        guard var screen = lock else { return nil }
        screen.checking = false
        if accepted {
            wrongPins = 0
            retryAt = nil
            lock = nil
            lastActivity = now
            return login
        }
        wrongPins += 1
        let wait = PinAttemptDelay.after(failures: wrongPins)
        retryAt = wait > 0 ? now.addingTimeInterval(wait) : nil
        let count = wrongPins == 1 ? "" : " (\(wrongPins) in a row)"
        let then = wait > 0 ? " Try again in \(Int(wait)) s." : " Try again."
        screen.say("Wrong PIN for \(login)\(count).\(then)", error: true)
        lock = screen
        return nil
    }
}
