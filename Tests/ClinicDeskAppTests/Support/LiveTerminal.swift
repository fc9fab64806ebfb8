import Foundation
import TerminalKit

/// A terminal that `run()` reads on its own thread while the test types into it from another: `nextEvent`
/// really waits up to its timeout (then answers `.tick`, as ncurses does), and every frame is kept so the test
/// can wait for the one it expects. Nothing here sleeps a fixed time: waits end as soon as the frame is there.
final class LiveTerminal: Terminal, @unchecked Sendable {
    let size: Size
    /// Guards everything below; signalled on every key sent and every frame drawn.
    private let condition = NSCondition()
    private var queued: [TerminalEvent] = []
    private var drawn: [Canvas] = []
    private var askedTimeouts: [Int] = []
    private var shutDown = false

    init(size: Size) { self.size = size }

    func send(_ events: [TerminalEvent]) {
        locked {
            queued.append(contentsOf: events)
            condition.broadcast()
        }
    }

    /// Types `text`; a newline is Enter.
    func type(_ text: String) { send(text.map { .key($0 == "\n" ? .enter : .character($0)) }) }

    func nextEvent(timeout milliseconds: Int) -> TerminalEvent {
        locked {
            askedTimeouts.append(milliseconds)
            condition.broadcast()
            let deadline = Date().addingTimeInterval(Double(milliseconds) / 1000)
            while queued.isEmpty, condition.wait(until: deadline) {}
            return queued.isEmpty ? .tick : queued.removeFirst()
        }
    }

    func draw(_ canvas: Canvas) {
        locked {
            drawn.append(canvas)
            condition.broadcast()
        }
    }

    func shutdown() { locked { shutDown = true } }
    func invalidate() {}

    var frames: [Canvas] { locked { drawn } }
    /// The `timeout` of every `nextEvent` call so far, oldest first.
    var timeouts: [Int] { locked { askedTimeouts } }
    var isShutDown: Bool { locked { shutDown } }

    /// The first frame drawn from now on, or already the latest, that `matches`; nil after `limit`.
    func waitForFrame(within limit: TimeInterval = 10, _ matches: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(limit)
        return locked {
            var next = max(0, drawn.count - 1)
            while true {
                if let hit = drawn[next...].map(\.text).first(where: matches) { return hit }
                next = drawn.count
                guard condition.wait(until: deadline) else { return nil }
            }
        }
    }

    /// Waits until `condition` holds of the timeouts asked so far; false after `limit`.
    func waitForTimeouts(within limit: TimeInterval = 10, _ holds: ([Int]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        return locked {
            while !holds(askedTimeouts) {
                guard condition.wait(until: deadline) else { return holds(askedTimeouts) }
            }
            return true
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
