/// The newest events a filter lets through, at most `limit` of them, and how many matched in all: what the
/// dashboard's `:log` keeps while it walks a journal that may hold a year of events, so memory stays bounded by
/// the page, not the history.
public struct AuditPage: Sendable, Equatable {
    public let filter: AuditFilter
    public let limit: Int
    /// How many events matched, shown or not.
    public private(set) var matched = 0
    /// Ring of the last `limit` matches; `newestFirst` puts it in order.
    private var ring: [Event] = []
    private var next = 0

    public init(filter: AuditFilter, limit: Int) {
        self.filter = filter
        self.limit = max(1, limit)
    }

    /// Looks at one event (the walk goes oldest first).
    public mutating func offer(_ event: Event) {
        guard filter.matches(event) else { return }
        matched += 1
        if ring.count < limit {
            ring.append(event)
        } else {
            ring[next] = event
            next = (next + 1) % limit
        }
    }

    /// The kept matches, newest first.
    public var newestFirst: [Event] { Array((ring[next...] + ring[..<next]).reversed()) }
}
