import Foundation

/// The one urgency rule for alerts across panes, used by the alert strip and the `!` view alike: severity first
/// (critical on top), then the kind's place in `kindOrder` — people in the building before money with a
/// deadline before staffing before paperwork — then, within a kind, the larger urgency (a longer wait, fewer
/// days left), then subject and message so the order is total.
///
/// So a patient waiting 45 minutes (critical) ranks above a claim two days from its filing deadline, which
/// ranks above a coverage gap starting next hour, which ranks above an overdue task.
public enum AlertRank {
    public static let kindOrder: [AlertKind] = [
        .patientWaiting, .noShowCandidate, .providerLate, .filingDeadline, .appealDeadline, .coverageGap,
        .deniedClaim, .unbilledVisits, .credentialExpiring, .overdueTask, .wipFull, .timeOffPending,
    ]

    private static let kindPlace: [AlertKind: Int] = Dictionary(
        uniqueKeysWithValues: kindOrder.enumerated().map { ($0.element, $0.offset) })

    /// Whether `a` is more urgent than `b`.
    public static func precedes(_ a: Alert, _ b: Alert) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        let placeA = kindPlace[a.kind] ?? kindOrder.count, placeB = kindPlace[b.kind] ?? kindOrder.count
        if placeA != placeB { return placeA < placeB }
        if a.urgency != b.urgency { return a.urgency > b.urgency }
        return (a.subject ?? "", a.message) < (b.subject ?? "", b.message)
    }

    public static func sorted(_ alerts: [Alert]) -> [Alert] { alerts.sorted(by: precedes) }
}
