/// Claim lifecycle: draft → ready → submitted → accepted → paid | partially paid | denied → appealed → paid | written
/// off.
/// `rejected` is the clearinghouse bouncing a fixable claim; `denied` is the payer refusing it.
public enum ClaimStatus: String, Codable, Sendable, CaseIterable {
    case draft, ready, submitted, rejected, accepted
    case partiallyPaid = "partially-paid"
    case paid, denied, appealed
    case writtenOff = "written-off"

    public var label: String {
        switch self {
        case .partiallyPaid: return "partial"
        case .writtenOff: return "written off"
        default: return rawValue
        }
    }

    public var next: Set<ClaimStatus> {
        switch self {
        case .draft: return [.ready, .submitted]
        case .ready: return [.submitted, .draft]
        case .rejected: return [.ready, .submitted, .writtenOff]
        case .submitted: return [.accepted, .rejected, .paid, .partiallyPaid, .denied]
        case .accepted: return [.paid, .partiallyPaid, .denied]
        case .partiallyPaid: return [.paid, .partiallyPaid, .denied, .appealed, .writtenOff]
        case .denied: return [.appealed, .writtenOff, .paid, .partiallyPaid]
        case .appealed: return [.paid, .partiallyPaid, .denied, .writtenOff]
        case .paid, .writtenOff: return []
        }
    }

    public func canMove(to target: ClaimStatus) -> Bool { next.contains(target) }

    /// Not yet in the payer's hands: the timely-filing clock is running.
    public var awaitsFiling: Bool { self == .draft || self == .ready || self == .rejected }
    /// Money may still come in (counts toward A/R).
    public var isOpen: Bool { !(self == .paid || self == .writtenOff) }
    /// A payer can pay on it now.
    public var isPayable: Bool { [.submitted, .accepted, .partiallyPaid, .denied, .appealed].contains(self) }
}
