import Foundation

/// Snoozed alerts: per login, the alert identities (`Alert.identity`) hidden from that user's strip and `!` list
/// and until when. Journaled like any change (`alertSnoozed`), so a snooze follows the user to every terminal;
/// pure: `now` is an argument when the list is filtered.
extension Practice {
    /// The longest snooze: a week.
    public static let longestSnoozeMinutes = 7 * 24 * 60

    /// `login`'s snoozes still running at `now`: identity → until.
    public func snoozes(of login: String, at now: Date) -> [String: Date] {
        (alertSnoozes[login] ?? [:]).filter { $0.value > now }
    }

    /// The alerts `login` (with `role`, nil on an open folder) is shown at `now` from `alerts`, and how many of
    /// the ones the role may see are snoozed.
    public func shownAlerts(_ alerts: [Alert], login: String, role: Role?, now: Date) -> (shown: [Alert], snoozed: Int)
    {
        let visible = role.map { role in alerts.filter { RoleTable.sees(role, $0.kind) } } ?? alerts
        let snoozed = snoozes(of: login, at: now)
        guard !snoozed.isEmpty else { return (visible, 0) }
        let shown = visible.filter { snoozed[$0.identity] == nil }
        return (shown, visible.count - shown.count)
    }

    mutating func recordSnooze(login: String, identity: String, until: Date?, at: Date) {
        // Snoozes already over are dropped as the user's list changes, so it never grows without bound.
        var mine = (alertSnoozes[login] ?? [:]).filter { $0.value > at }
        mine[identity] = until
        alertSnoozes[login] = mine.isEmpty ? nil : mine
    }

    func validateSnooze(_ key: String, minutes: Int, actor: String, now: Date) throws(DomainError) -> [Change] {
        guard (1...Self.longestSnoozeMinutes).contains(minutes) else {
            throw DomainError("A snooze lasts 1 to \(Self.longestSnoozeMinutes) minutes (a week), not \(minutes).")
        }
        let role = accounts[actor]?.role
        // Snoozed ones too: snoozing again moves the time.
        let current = alerts(now: now).filter { alert in role.map { RoleTable.sees($0, alert.kind) } ?? true }
        let identities = Self.unique(current.filter { $0.identity == key || $0.subject == key }.map(\.identity))
        guard !identities.isEmpty else {
            throw DomainError("No alert about '\(key)' needs \(actor)'s attention now.")
        }
        let until = DomainCoding.wholeSecond(now.addingTimeInterval(TimeInterval(minutes * 60)))
        return identities.map { .alertSnoozed(login: actor, identity: $0, until: until) }
    }

    func validateUnsnooze(_ key: String, actor: String, now: Date) throws(DomainError) -> [Change] {
        let running = snoozes(of: actor, at: now).keys.sorted()
        let identities = key == "all" ? running : running.filter { $0 == key || Self.subject(ofIdentity: $0) == key }
        guard !identities.isEmpty else {
            throw DomainError(
                key == "all" ? "\(actor) has no snoozed alert." : "\(actor) has no snoozed alert about '\(key)'.")
        }
        return identities.map { .alertSnoozed(login: actor, identity: $0, until: nil) }
    }

    /// The subject or message part of an identity (`5:C-22` → `C-22`).
    static func subject(ofIdentity identity: String) -> Substring {
        guard let colon = identity.firstIndex(of: ":") else { return identity[...] }
        return identity[identity.index(after: colon)...]
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
