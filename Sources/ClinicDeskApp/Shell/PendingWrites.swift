import ClinicDomain

/// Commands sent to the store whose outcome has not come back yet. The status line shows them as "saving…"
/// until they are durable (or refused), so the screen never claims a change the disk does not hold.
struct PendingWrites: Equatable, Sendable {
    struct Write: Equatable, Sendable {
        let ticket: Int
        /// "check in A-12", from `Command.summary`.
        let summary: String
    }

    /// Oldest first, the order the store applies them in.
    private(set) var inFlight: [Write] = []
    private var lastTicket = 0

    var isEmpty: Bool { inFlight.isEmpty }
    var count: Int { inFlight.count }

    /// Records a command about to be submitted; the ticket comes back with its outcome.
    mutating func begin(_ command: Command, summary: String? = nil) -> Int {
        lastTicket += 1
        inFlight.append(Write(ticket: lastTicket, summary: summary ?? command.summary))
        return lastTicket
    }

    /// Forgets the write with `ticket`; returns its summary.
    mutating func finish(_ ticket: Int) -> String? {
        guard let index = inFlight.firstIndex(where: { $0.ticket == ticket }) else { return nil }
        return inFlight.remove(at: index).summary
    }

    /// "saving… check in A-12", or "saving 3 changes… check in A-12 · pay C-3 · …"; nil when none is in flight.
    var statusText: String? {
        guard !inFlight.isEmpty else { return nil }
        let what = inFlight.map(\.summary).joined(separator: " · ")
        return inFlight.count == 1 ? "saving… \(what)" : "saving \(inFlight.count) changes… \(what)"
    }
}
