@testable import ClinicDeskApp
import ClinicDomain
import Dispatch
import Foundation
import Synchronization

/// A source whose every write takes `delay` on a serial background queue, as a store's fdatasync does, and
/// optionally waits first for the test to `release` it, so "the write has not finished yet" is a fact the test
/// controls rather than a race it hopes to win.
final class SlowPracticeSource: PracticeSource, Sendable {
    private let current: Mutex<Practice>
    private let applied = Mutex<[Command]>([])
    private let queue = DispatchQueue(label: "slow-practice-source")
    private let delay: TimeInterval
    private let gate: DispatchSemaphore?

    init(_ practice: Practice, delay: TimeInterval = 0.3, gated: Bool = false) {
        current = Mutex(practice)
        self.delay = delay
        gate = gated ? DispatchSemaphore(value: 0) : nil
    }

    var practice: Practice { current.withLock { $0 } }
    /// Commands applied so far (accepted ones only), in the order they were applied.
    var appliedCommands: [Command] { applied.withLock { $0 } }

    /// Lets `count` held writes go on.
    func release(_ count: Int = 1) {
        for _ in 0..<count { gate?.signal() }
    }

    func submit(_ command: Command, actor: String, now: Date, completion: @escaping @Sendable (WriteOutcome) -> Void) {
        queue.async { [self] in
            gate?.wait()
            Thread.sleep(forTimeInterval: delay)
            let outcome = current.withLock { practice -> WriteOutcome in
                do {
                    let events = try practice.execute(command, actor: actor, now: now)
                    let id = practice.newID(of: events.map(\.change)).map { " \($0)" } ?? ""
                    return .saved(receipt: "ok \(events.last?.seq ?? practice.lastSeq)\(id)")
                } catch {
                    return .refused(String(describing: error))
                }
            }
            if case .saved = outcome { applied.withLock { $0.append(command) } }
            completion(outcome)
        }
    }

    func refresh() -> Bool { false }
}
