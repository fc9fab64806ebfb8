import ClinicDomain
import Dispatch
import Foundation
import Synchronization

/// Where PINs are checked: the key-derivation function takes a noticeable fraction of a second on purpose, so
/// it runs on its own queue and the answer waits here until the loop drains it, as write outcomes do.
final class SignInQueue: Sendable {
    struct Answer: Sendable, Equatable {
        var login: String
        var accepted: Bool
    }

    private let queue = DispatchQueue(label: "clinicdesk.sign-in", qos: .userInitiated)
    private let state = Mutex<(running: Int, finished: [Answer])>((0, []))

    func start(login: String, pin: String, practice: Practice, authority: any SignInAuthority) {
        state.withLock { $0.running += 1 }
        queue.async { [self] in
            let accepted = authority.verify(login: login, pin: pin, in: practice)
            state.withLock {
                $0.running -= 1
                $0.finished.append(Answer(login: login, accepted: accepted))
            }
        }
    }

    var isBusy: Bool { state.withLock { $0.running > 0 || !$0.finished.isEmpty } }

    func drain() -> [Answer] {
        state.withLock { current in
            defer { current.finished.removeAll() }
            return current.finished
        }
    }

    /// Waits until no check is running (tests; the loop never calls it).
    func waitUntilIdle(timeout: Duration = .seconds(10)) {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while state.withLock({ $0.running > 0 }), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.002)
        }
    }
}
