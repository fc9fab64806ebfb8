import ClinicDomain
import Foundation
import TerminalKit

/// The manager's Roster pane. Today: who is on the floor by role (shift, break, status now) under a "Front desk
/// now" line, pending time-off requests with what approving them breaks, gaps and expiring credentials. `w` the
/// week grid (people × Monday–Sunday, gaps per rule), `c` every credential. A sick call (`s`) opens at once what it
/// breaks: the visits to move (`m`, or `p` for a call-patient task) and the gaps with who could cover (`a`).
public struct RosterPane: Pane {
    enum Mode: Sendable, Equatable { case today, week, credentials }

    public var id: PaneID { .roster }
    var mode: Mode = .today
    var selection = ListSelection<String>()
    var weekSelection = ListSelection<String>()
    var credentialSelection = ListSelection<String>()
    /// The absence whose impact covers the pane until Esc.
    var impact: ImpactTarget?
    var impactSelection = ListSelection<String>()
    /// The shift marked for a swap, waiting for the other (`x` twice).
    var swapMark: ShiftID?
    public internal(set) var filterText = ""

    public init() {}

    /// The filter narrows today's list, so typing one in the week grid or the credentials shows it.
    public mutating func setFilter(_ text: String) {
        filterText = text
        if !text.isEmpty { mode = .today }
    }

    public func filterMatches(_ context: PaneContext) -> (position: Int?, count: Int) {
        let roster = context.roster
        return (selection.resolve(in: roster.ids).map { $0 + 1 }, roster.ids.count)
    }

    public func headline(_ context: PaneContext) -> String {
        if let impact { return impactFigures(impact, context).title }
        switch mode {
        case .week:
            let week = weekFigures(context)
            return "week of \(week.monday.mmdd) · "
                + (week.gapCount == 0 ? "covered" : "\(week.gapCount) gap\(week.gapCount == 1 ? "" : "s")")
        case .credentials:
            let list = context.cached(RosterCredentialsQuery(today: context.today))
            return "credentials · \(list.expired) expired or missing · \(list.warning) expiring"
        case .today:
            let roster = context.roster
            var parts = ["\(roster.onDuty) on", "\(roster.sick) sick", "\(roster.pto) PTO"]
            if let gap = roster.gaps.first {
                parts.append(
                    "gap: \(gap.description)" + (roster.gaps.count > 1 ? " +\(roster.gaps.count - 1)" : ""))
            }
            return parts.joined(separator: " · ")
        }
    }

    public func badge(_ context: PaneContext) -> String {
        let roster = context.roster
        var parts: [String] = []
        if let gap = roster.gaps.first { parts.append("gap \(gap.name) \(gap.from)–\(gap.to)") }
        if roster.sick > 0 { parts.append("\(roster.sick) sick") }
        if parts.isEmpty { parts.append("\(roster.scheduled) scheduled") }
        return parts.joined(separator: ", ")
    }

    func weekFigures(_ context: PaneContext) -> RosterWeek {
        context.cached(RosterWeekQuery(monday: Practice.monday(of: context.day)))
    }

    func impactFigures(_ target: ImpactTarget, _ context: PaneContext) -> RosterImpact {
        context.cached(RosterImpactQuery(target: target, now: context.now, privacy: context.privacy))
    }

    public func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        if let impact {
            RosterImpactView(impact: impactFigures(impact, context), selection: impactSelection, context: context)
                .draw(into: &canvas, rect: rect)
            return
        }
        switch mode {
        case .today:
            RosterView(roster: context.roster, selection: selection, context: context).draw(into: &canvas, rect: rect)
        case .week:
            RosterWeekView(week: weekFigures(context), selection: weekSelection, swapMark: swapMark, context: context)
                .draw(into: &canvas, rect: rect)
        case .credentials:
            RosterCredentialsView(
                list: context.cached(RosterCredentialsQuery(today: context.today)), selection: credentialSelection,
                context: context
            ).draw(into: &canvas, rect: rect)
        }
    }
}
