import Dispatch
import Synchronization

/// Where finished writes wait for the loop. Completions post from the store's I/O queue (or any thread); the
/// loop thread only drains, once per iteration, so a result is handled where every other state change is.
final class WriteInbox: Sendable {
    struct Finished: Equatable, Sendable {
        /// The ticket `PendingWrites.begin` gave the command.
        let ticket: Int
        let outcome: WriteOutcome
    }

    private let finished = Mutex<[Finished]>([])
    /// Signalled once per post, so a loop that has nothing else to do (closing) can sleep until a result lands.
    private let posted = DispatchSemaphore(value: 0)

    func post(ticket: Int, outcome: WriteOutcome) {
        finished.withLock { $0.append(Finished(ticket: ticket, outcome: outcome)) }
        posted.signal()
    }

    /// Everything posted since the last call, in the order it was posted.
    func drain() -> [Finished] {
        finished.withLock { results in
            defer { results.removeAll() }
            return results
        }
    }

    /// Waits up to `milliseconds` for a post (returns at once if one came since the last wait).
    func waitForPost(milliseconds: Int) {
        _ = posted.wait(timeout: .now() + .milliseconds(milliseconds))
    }
}
