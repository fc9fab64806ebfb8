import ClinicDomain
import Dispatch
import Foundation
import Synchronization

/// Where `:import era` runs: `start` hands the read to a background queue and returns at once; the result waits
/// here until the loop drains it, as write outcomes wait in the `WriteInbox`. The loop polls quickly while an
/// import is out (`isBusy`), so the reconciliation shows as soon as it is ready.
final class ERAImportQueue: Sendable {
    private let queue = DispatchQueue(label: "clinicdesk.era-import", qos: .userInitiated)
    private let state = Mutex<(running: Int, finished: [ERAImportResult])>((0, []))

    /// Reads, parses and reconciles `request` against `practice` (the state as published when it was asked) off
    /// the loop.
    func start(_ request: ERAImportRequest, practice: Practice, actor: String, now: Date) {
        state.withLock { $0.running += 1 }
        queue.async { [self] in
            let result = ERAImportResult.prepare(request, practice: practice, actor: actor, now: now)
            self.state.withLock {
                $0.running -= 1
                $0.finished.append(result)
            }
        }
    }

    /// True while an import is being read (or is read and not yet drained).
    var isBusy: Bool { state.withLock { $0.running > 0 || !$0.finished.isEmpty } }

    /// Every import finished since the last call, in the order they were asked.
    func drain() -> [ERAImportResult] {
        state.withLock { current in
            defer { current.finished.removeAll() }
            return current.finished
        }
    }

    /// Waits until nothing is being read (tests; the loop never calls it).
    func waitUntilIdle(timeout: Duration = .seconds(10)) {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while state.withLock({ $0.running > 0 }), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
    }
}
