import Dispatch
import Foundation
import Synchronization

/// Work that runs off the loop (reading an 835, checking a PIN): `start` hands it to a serial background queue
/// and returns at once; each result waits here until the loop drains it, as write outcomes wait in the
/// `WriteInbox`. The loop polls quickly while anything is out (`isBusy`), so a result shows as soon as it is ready.
final class BackgroundResults<Result: Sendable>: Sendable {
    private let queue: DispatchQueue
    private let state = Mutex<(running: Int, finished: [Result])>((0, []))

    init(label: String) { queue = DispatchQueue(label: label, qos: .userInitiated) }

    func start(_ work: @escaping @Sendable () -> Result) {
        state.withLock { $0.running += 1 }
        queue.async { [self] in
            let result = work()
            state.withLock {
                $0.running -= 1
                $0.finished.append(result)
            }
        }
    }

    /// True while work is running, or finished and not yet drained.
    var isBusy: Bool { state.withLock { $0.running > 0 || !$0.finished.isEmpty } }

    /// Every result finished since the last call, in the order the work was started.
    func drain() -> [Result] {
        state.withLock { current in
            defer { current.finished.removeAll() }
            return current.finished
        }
    }

    /// Waits until nothing is running (tests; the loop never calls it).
    func waitUntilIdle(timeout: Duration = .seconds(10)) {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while state.withLock({ $0.running > 0 }), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.002)
        }
    }
}
