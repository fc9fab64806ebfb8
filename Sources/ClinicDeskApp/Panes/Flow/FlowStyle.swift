import ClinicDomain
import TerminalKit

extension WaitLevel {
    var slot: StyleSlot {
        switch self {
        case .none, .ok: return .waitOk
        case .warn: return .waitWarn
        case .late: return .waitLate
        }
    }

    /// A mark after the figure, so the level reads without colour (monochrome themes, NO_COLOR).
    var mark: String {
        switch self {
        case .none, .ok: return ""
        case .warn: return "!"
        case .late: return "!!"
        }
    }
}

extension FlowStatus {
    var slot: StyleSlot {
        switch self {
        case .scheduled: return .flowScheduled
        case .confirmed: return .flowConfirmed
        case .arrived: return .flowArrived
        case .roomed: return .flowRoomed
        case .withProvider: return .flowWithProvider
        case .checkedOut: return .flowCheckedOut
        case .noShow: return .flowNoShow
        case .cancelled, .leftWithoutVisit: return .flowCancelled
        }
    }

    /// At most 13 columns, for the list's status column.
    var listLabel: String {
        switch self {
        case .leftWithoutVisit: return "left no visit"
        default: return label
        }
    }

    /// A few letters, for a grid block.
    var gridLabel: String {
        switch self {
        case .scheduled: return "sched"
        case .confirmed: return "conf"
        case .arrived: return "arrived"
        case .roomed: return "room"
        case .withProvider: return "seen"
        case .checkedOut: return "✓out"
        case .noShow: return "no-show"
        case .cancelled: return "cxl"
        case .leftWithoutVisit: return "LWV"
        }
    }
}

extension Staff {
    /// The provider column's short name ("Lee").
    var columnName: String { familyName }
}
