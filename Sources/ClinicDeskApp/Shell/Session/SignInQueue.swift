import ClinicDomain
import Foundation

/// Where PINs are checked: the key-derivation function takes a noticeable fraction of a second on purpose, so
/// it runs off the loop (`BackgroundResults`) and the answer waits until the loop drains it.
final class SignInQueue: Sendable {
    struct Answer: Sendable, Equatable {
        var login: String
        var accepted: Bool
    }

    private let results = BackgroundResults<Answer>(label: "clinicdesk.sign-in")

    func start(login: String, pin: String, practice: Practice, authority: any SignInAuthority) {
        results.start { Answer(login: login, accepted: authority.verify(login: login, pin: pin, in: practice)) }
    }

    var isBusy: Bool { results.isBusy }

    func drain() -> [Answer] { results.drain() }

    /// Waits until no check is running (tests; the loop never calls it).
    func waitUntilIdle(timeout: Duration = .seconds(10)) { results.waitUntilIdle(timeout: timeout) }
}
