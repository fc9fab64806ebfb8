import Foundation

/// Every status message since the dashboard opened (the last `capacity`), with when it appeared, so a refusal
/// that the next key replaced can still be read whole (`:messages`).
struct MessageLog: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        let time: Date
        let message: StatusMessage
    }

    static let capacity = 200

    /// Oldest first.
    private(set) var entries: [Entry] = []

    mutating func append(_ message: StatusMessage, at time: Date) {
        entries.append(Entry(time: time, message: message))
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }
}
