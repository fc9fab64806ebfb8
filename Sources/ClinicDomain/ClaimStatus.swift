/// Claim lifecycle: draft → ready → submitted → accepted → paid | partially paid | denied → appealed → paid | written
/// off. `rejected` is the clearinghouse bouncing a fixable claim; `denied` is the payer refusing it. A replacement
/// claim (frequency 7) closes the one it corrects as `replaced`; a void (8) closes it as `voided`. Money arriving on
/// a written-off claim reopens it; a reversal (CLP02 = 22) takes a paid claim back to `accepted`.
public enum ClaimStatus: String, Codable, Sendable, CaseIterable {
    case draft, ready, submitted, rejected, accepted
    case partiallyPaid = "partially-paid"
    case paid, denied, appealed
    case writtenOff = "written-off"
    case replaced, voided

    public var label: String {
        switch self {
        case .partiallyPaid: return "partial"
        case .writtenOff: return "written off"
        default: return rawValue
        }
    }

    /// The steps a person may take by hand (`claim …` commands). Postings from a remittance may also reopen a
    /// written-off claim or take a paid one back (`postingTargets`).
    public var next: Set<ClaimStatus> {
        switch self {
        case .draft: return [.ready, .submitted]
        case .ready: return [.submitted, .draft]
        case .rejected: return [.ready, .submitted, .writtenOff, .draft]
        case .submitted: return [.accepted, .rejected, .paid, .partiallyPaid, .denied]
        case .accepted: return [.paid, .partiallyPaid, .denied, .rejected]
        case .partiallyPaid: return [.paid, .partiallyPaid, .denied, .appealed, .writtenOff, .replaced, .voided]
        case .denied: return [.appealed, .writtenOff, .paid, .partiallyPaid, .replaced, .voided]
        case .appealed: return [.paid, .partiallyPaid, .denied, .writtenOff]
        case .paid: return [.replaced, .voided]
        case .writtenOff: return [.paid, .partiallyPaid]
        case .replaced, .voided: return []
        }
    }

    public func canMove(to target: ClaimStatus) -> Bool { next.contains(target) }

    /// Not yet accepted by the payer: the timely-filing clock is running (it stops at acceptance, 277CA).
    public var awaitsFiling: Bool { self == .draft || self == .ready || self == .rejected || self == .submitted }
    /// Money may still come in (counts toward A/R).
    public var isOpen: Bool { !(self == .paid || self == .writtenOff || self == .replaced || self == .voided) }
    /// A payer can post money on it now: it has been sent, and nothing replaced it.
    public var isPayable: Bool {
        [.submitted, .accepted, .partiallyPaid, .denied, .appealed, .paid, .writtenOff].contains(self)
    }
    /// Can still be edited in place (codes, lines): the payer has not seen it, or bounced it back.
    public var isEditable: Bool { self == .draft || self == .ready || self == .rejected }
}
