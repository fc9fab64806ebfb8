import ClinicDomain
import Foundation
import TerminalKit

/// Locking and signing in, as state changes: the app calls these with the exact time (wrong-PIN waits count
/// seconds), and the PIN checks they ask for come back through `finishSignIn`.
extension DashboardState {
    /// F12 or `:lock`. A folder without accounts has no PIN to unlock with, so it says how to make one instead.
    mutating func lockNow(practice: Practice) {
        guard !session.options.kiosk else {
            message = .error("This is a waiting-room display (--kiosk): there is nobody signed in to lock out.")
            return
        }
        guard session.hasAccounts(practice) else {
            message = .error(
                "Nothing to unlock with: this folder has no accounts yet. Make the first (a manager) with "
                    + "`clinicdesk user add LOGIN --staff S-…`.")
            return
        }
        lock(.locked, practice: practice)
    }

    /// Locks now: the message goes too, since it may name what the last person did.
    mutating func lock(_ reason: LockScreen.Reason, practice: Practice) {
        session.lockScreen(reason, user: user, practice: practice)
        message = nil
    }

    /// One key at the locked screen.
    mutating func handleLocked(_ key: Key, now: Date) -> [Effect] {
        guard var screen = session.lock else { return [] }
        let answer = screen.handle(key, now: now, waitUntil: session.retryAt)
        session.lock = screen
        if case .verify(let login, let pin) = answer { return [.verifyPIN(login: login, pin: pin)] }
        return []
    }

    /// A PIN check came back: signed in (as the same person or someone else), or a wrong PIN counted.
    mutating func finishSignIn(login: String, accepted: Bool, now: Date) {
        let opening = session.lock?.reason == .signIn
        guard let signedIn = session.finishCheck(login: login, accepted: accepted, now: now) else { return }
        let same = signedIn == user && !opening
        signIn(signedIn)
        message = .success(same ? "Unlocked." : "Signed in as \(signedIn).")
    }
}

extension DashboardState {
    /// The signed-in account's role; nil on a folder without accounts (everyone sees and may do everything).
    func role(in practice: Practice) -> Role? {
        practice.hasAccounts ? practice.account(user)?.role : nil
    }
}
