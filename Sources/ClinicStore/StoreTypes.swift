import ClinicDomain
import Foundation

// The small value types of the store's public API.

/// What a durable command produced. Returned only after its events were written and fdatasync'd.
public struct Receipt: Sendable, Equatable {
    /// The command's events, consecutive seqs, in order (usually one).
    public let events: [Event]
    /// The ID of the item the command created (`P-12`, `A-31`, `T-7`), if any.
    public let newID: String?

    public init(events: [Event], newID: String?) {
        self.events = events
        self.newID = newID
    }

    /// The seq the state reached with this command (the last event's), printed by `exec` as `ok <seq>`.
    public var seq: UInt64 { events.last?.seq ?? 0 }
    public var seqs: [UInt64] { events.map(\.seq) }
}

extension Store {
    public enum Mode: Sendable, Equatable {
        case readWrite
        /// Never writes, never cuts a torn tail; may open a damaged folder to show what is before the damage.
        case readOnly
    }

    public struct Options: Sendable, Equatable {
        /// Take a snapshot once this many events were appended since the last one.
        public var snapshotEveryEvents: UInt64 = 10_000
        /// …or once this many seconds passed with at least one new event.
        public var snapshotInterval: TimeInterval = 600
        /// How often to look for other processes' records (≤ 100 ms keeps "another terminal sees it" < 500 ms).
        public var pollInterval: TimeInterval = 0.05
        /// Tail the journal in the background. Off for one-shot CLI commands.
        public var tail = true
        /// Snapshot on `close()` when anything changed since the last snapshot.
        public var snapshotOnClose = true

        public init() {}
    }
}
