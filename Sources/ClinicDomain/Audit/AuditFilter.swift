import Foundation

/// Which events `clinicdesk log` prints: by who made them, the item they touch, what they did and when. Every
/// condition given must hold; none given keeps every event. Pure, so it is tested without a folder.
public struct AuditFilter: Sendable, Equatable {
    /// The login (or actor name) that made the change, compared without case.
    public var user: String?
    /// An item as IDs print (`A-12`, `C-3`, `P-7`, `S-2`, `T-5`): the events that write it or refer to it.
    public var item: String?
    /// Part of what the change did, as the log's summary or the change's kind says it (`check in`, `claim`,
    /// `writeoff`, `timeOffDecision`), compared without case.
    public var verb: String?
    /// Events at or after this instant.
    public var from: Date?
    /// Events before this instant.
    public var until: Date?

    public init(user: String? = nil, item: String? = nil, verb: String? = nil, from: Date? = nil, until: Date? = nil) {
        self.user = user; self.item = item; self.verb = verb; self.from = from; self.until = until
    }

    public var isEmpty: Bool { user == nil && item == nil && verb == nil && from == nil && until == nil }

    public func matches(_ event: Event) -> Bool {
        if let user, event.actor.lowercased() != user.lowercased() { return false }
        if let from, event.at < from { return false }
        if let until, event.at >= until { return false }
        if let item, !Self.items(of: event.change).contains(item.uppercased()) { return false }
        if let verb {
            let wanted = verb.lowercased()
            let kind = String(String(describing: event.change).prefix { $0 != "(" }).lowercased()
            let phrase = Practice.phrase(event.change).lowercased()
            if !kind.contains(wanted.replacingOccurrences(of: " ", with: "")) && !phrase.contains(wanted) {
                return false
            }
        }
        return true
    }

    /// The items a change writes or refers to, as IDs print: the undo log's own account of each change, so the
    /// two can never disagree about what a change touched.
    static func items(of change: Change) -> Set<String> {
        let touched = empty.touchedRows(by: change)
        return Set(touched.images.map { $0.item } + touched.read).subtracting(["settings"])
    }

    /// Only the IDs of `touchedRows` are read, so an empty practice answers for every change.
    private static let empty = Practice(settings: PracticeSettings(name: "", timeZoneID: "UTC"))
}
