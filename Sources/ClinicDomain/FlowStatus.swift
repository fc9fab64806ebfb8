/// The appointment flow: scheduled → confirmed → arrived → roomed → with provider → checked out,
/// or no-show / cancelled / left without visit. The allowed steps are written down here, once.
public enum FlowStatus: String, Codable, Sendable, CaseIterable {
    case scheduled, confirmed, arrived, roomed
    case withProvider = "with-provider"
    case checkedOut = "checked-out"
    case noShow = "no-show"
    case cancelled
    case leftWithoutVisit = "left-without-visit"

    public var label: String {
        switch self {
        case .scheduled: return "scheduled"
        case .confirmed: return "confirmed"
        case .arrived: return "arrived"
        case .roomed: return "roomed"
        case .withProvider: return "with provider"
        case .checkedOut: return "checked out"
        case .noShow: return "no-show"
        case .cancelled: return "cancelled"
        case .leftWithoutVisit: return "left, no visit"
        }
    }

    /// Statuses this one may move to directly.
    public var next: Set<FlowStatus> {
        switch self {
        case .scheduled: return [.confirmed, .arrived, .noShow, .cancelled]
        case .confirmed: return [.arrived, .noShow, .cancelled]
        case .arrived: return [.roomed, .withProvider, .leftWithoutVisit]
        case .roomed: return [.withProvider, .leftWithoutVisit]
        case .withProvider: return [.checkedOut]
        case .checkedOut, .noShow, .cancelled, .leftWithoutVisit: return []
        }
    }

    public func canMove(to target: FlowStatus) -> Bool { next.contains(target) }

    /// Booked and not yet here.
    public var isUpcoming: Bool { self == .scheduled || self == .confirmed }
    /// In the building now.
    public var isInClinic: Bool { self == .arrived || self == .roomed || self == .withProvider }
    /// Waiting for the provider: the wait clock runs (arrived → roomed → with provider).
    public var isWaiting: Bool { self == .arrived || self == .roomed }
    public var isFinal: Bool { next.isEmpty }
    public var holdsSlot: Bool { !(self == .cancelled || self == .noShow) }
}
