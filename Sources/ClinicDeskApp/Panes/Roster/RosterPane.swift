import ClinicDomain
import Foundation
import TerminalKit

/// Who is on the floor today, by role: shift, status now (on duty, SICK, PTO, starts at…), then pending
/// time-off requests, coverage gaps and credentials about to expire. s sick call, y/n decide a request,
/// t request time off — each asks y/n or opens the command line prefilled.
public struct RosterPane: Pane {
    public var id: PaneID { .roster }
    var selection = ListSelection<String>()

    public init() {}

    public func headline(_ context: PaneContext) -> String {
        let roster = context.roster
        var parts = ["\(roster.onDuty) on", "\(roster.sick) sick", "\(roster.pto) PTO"]
        if let gap = roster.gaps.first {
            parts.append("gap: \(gap.description)" + (roster.gaps.count > 1 ? " +\(roster.gaps.count - 1)" : ""))
        }
        return parts.joined(separator: " · ")
    }

    public func badge(_ context: PaneContext) -> String {
        let roster = context.roster
        var parts: [String] = []
        if let gap = roster.gaps.first { parts.append("gap \(gap.name) \(gap.from)–\(gap.to)") }
        if roster.sick > 0 { parts.append("\(roster.sick) sick") }
        if parts.isEmpty { parts.append("\(roster.scheduled) scheduled") }
        return parts.joined(separator: ", ")
    }

    public mutating func handle(_ action: KeyAction, context: PaneContext) -> PaneAction {
        let roster = context.roster
        let lines = roster.lines
        let selectable = roster.ids
        if selection.apply(action, in: selectable) { return .handled }
        let selected = selection.resolve(in: selectable).map { selectable[$0] }.flatMap { id in
            lines.first { $0.selectionID == id }
        }
        switch (action, selected) {
        case (.open, .person(let row)?):
            return .detail(
                title: "\(row.staff.id) \(row.staff.fullName)", lines: RosterText.detail(row, context: context))
        case (.open, .request(let entry)?):
            return .detail(title: "\(entry.id) time off", lines: RosterText.detail(entry, context: context))
        case (.rosterSick, .person(let row)?):
            return .command(
                .callInSick(row.staff.id, day: context.day),
                confirm: "Record a sick call for \(row.staff.displayName) (\(row.staff.id)) on \(context.day)?")
        case (.rosterTimeOff, .person(let row)?):
            let start = context.day.adding(days: 1)
            return .prompt("pto request \(row.staff.id) \(start) \(start)")
        case (.rosterApprove, _), (.rosterDeny, _):
            guard let entry = request(selected) else { return .message("Select a pending time-off request first.") }
            let name = context.practice.staff[entry.staff]?.displayName ?? entry.staff.description
            let approve = action == .rosterApprove
            return .command(
                approve ? .approveTimeOff(entry.id) : .denyTimeOff(entry.id),
                confirm: "\(approve ? "Approve" : "Deny") \(entry.id): \(name) \(RosterText.span(entry))?")
        case (.rosterSick, _), (.rosterTimeOff, _):
            return .message("Select a person first.")
        case (.open, _):
            return .handled
        default:
            return .unhandled
        }
    }

    /// The request a y/n acts on: the selected request, or the selected person's first pending one.
    private func request(_ line: RosterLine?) -> TimeOff? {
        switch line {
        case .request(let entry)?: entry
        case .person(let row)?: row.pendingRequests.first
        default: nil
        }
    }

    public func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        RosterView(roster: context.roster, selection: selection, context: context).draw(into: &canvas, rect: rect)
    }
}
