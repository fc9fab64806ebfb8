import Foundation
import TerminalKit

/// The locked screen's own state: whom to sign in as, the PIN typed so far (never drawn, only counted), and the
/// last thing it said. Nothing of the practice is in it.
struct LockScreen: Equatable, Sendable {
    enum Reason: Equatable, Sendable {
        /// The dashboard just opened on a folder with accounts.
        case signIn
        /// Nobody pressed a key for the configured time.
        case idle
        /// F12 or `:lock`.
        case locked
    }

    var accounts: [SignInAccount]
    var selected: Int
    var reason: Reason
    /// Digits typed so far.
    private(set) var pin = ""
    /// The last sentence: a wrong PIN, a wait, "checking…".
    var notice: String?
    var noticeIsError = false
    /// A PIN is being checked off the loop; keys wait.
    var checking = false

    static let longestPin = 12

    init(accounts: [SignInAccount], preselect login: String?, reason: Reason) {
        self.accounts = accounts
        self.reason = reason
        selected = accounts.firstIndex { $0.login == login } ?? 0
    }

    var selectedAccount: SignInAccount? { accounts.indices.contains(selected) ? accounts[selected] : nil }

    /// Dots for the digits typed: the screen shows how many, never which.
    var pinDots: String { String(repeating: "*", count: pin.count) }

    /// What a key asks of the lock screen.
    enum Answer: Equatable {
        case none
        /// Check this PIN for this login (off the loop).
        case verify(login: String, pin: String)
    }

    /// One key while locked. `waitUntil` is when the next try is allowed after wrong PINs.
    mutating func handle(_ key: Key, now: Date, waitUntil: Date?) -> Answer {
        guard !checking else { return .none }
        switch key {
        case .up, .backTab:
            choose(selected - 1)
        case .down, .tab:
            choose(selected + 1)
        case .character(let c) where c.isASCII && c.isNumber:
            if pin.count < Self.longestPin { pin.append(c) }
            notice = nil
        case .backspace:
            if !pin.isEmpty { pin.removeLast() }
        case .escape:
            pin = ""
            notice = nil
        case .enter:
            return submit(now: now, waitUntil: waitUntil)
        default:
            break
        }
        return .none
    }

    private mutating func choose(_ index: Int) {
        guard !accounts.isEmpty else { return }
        selected = (index + accounts.count) % accounts.count
        pin = ""
        notice = nil
    }

    private mutating func submit(now: Date, waitUntil: Date?) -> Answer {
        guard let account = selectedAccount else { return .none }
        if let waitUntil, waitUntil > now {
            let seconds = Int(waitUntil.timeIntervalSince(now).rounded(.up))
            say("Too many wrong PINs: try again in \(seconds) s.", error: true)
            return .none
        }
        guard pin.count >= 4 else {
            say("Type the PIN (at least 4 digits), then Enter.", error: true)
            return .none
        }
        let typed = pin
        pin = ""
        checking = true
        say("Checking…", error: false)
        return .verify(login: account.login, pin: typed)
    }

    mutating func say(_ text: String, error: Bool) {
        notice = text
        noticeIsError = error
    }
}
