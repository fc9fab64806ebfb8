import ClinicDomain
import Foundation
import TerminalKit

/// The receptionist's Schedule & Flow pane: the day as a flow list or a time grid, a week overview,
/// single-key flow steps on the selected appointment, and the booking form.
///
/// State is only what the user chose (view, selection, filters, open form); everything shown is derived from
/// `context` at draw time, so ticks, other terminals' changes and day moves need no bookkeeping here.
public struct FlowPane: Pane {
    enum Mode: Sendable, Equatable { case list, grid, week }

    /// What the user is looking at; `dayMode` remembers list or grid while the week overview is up.
    var mode: Mode = .list
    var dayMode: Mode = .list
    /// The list's selection (the panes' one model), by appointment so it survives re-sorting and other
    /// terminals' changes. The grid's cursor moves it too.
    var selection = ListSelection<AppointmentID>()
    /// The selected appointment, list or grid.
    var selected: AppointmentID? {
        get { selection.id }
        set { selection.id = newValue }
    }
    /// The grid's cursor: a provider column and a slot start. May sit on a free slot (then `b` books it).
    var gridCursor: GridCursor?
    var providerFilter: StaffID?
    var statusFilter: FlowStatusFilter = .all
    /// The open booking/move form, if any.
    var form: BookingForm?
    /// The open "why cancel?" prompt, if any.
    var cancelPrompt: CancelPrompt?
    /// The open superbill of a checked-out visit, if any.
    var superbill: SuperbillForm?
    public internal(set) var filterText = ""

    public init() {}

    public var id: PaneID { .flow }

    public var isEditing: Bool { form != nil || cancelPrompt != nil || superbill != nil }

    public func headline(_ context: PaneContext) -> String {
        let n = context.cached(FlowMetricsQuery(day: context.day, now: context.now))
        // Filters lead, so a narrow title bar that cuts the end never hides that the list is filtered.
        var parts = filterLabels(context)
        parts.append("\(n.booked) booked")
        if context.day == context.today {
            parts.append("\(n.waitingNow) waiting")
            if let longest = n.longestWaitMinutes { parts.append("longest \(flowDuration(longest))") }
        }
        if let average = n.averageWaitMinutes { parts.append("avg wait \(flowDuration(average))") }
        if let noShow = n.noShowRate { parts.append("no-show \(flowPercent(noShow))") }
        if n.lateCancellations > 0 { parts.append("late cxl \(n.lateCancellations)") }
        if let onTime = n.onTimeStarts { parts.append("on time \(flowPercent(onTime))") }
        parts.append("\(n.remaining) to see")
        return parts.joined(separator: " · ")
    }

    public func badge(_ context: PaneContext) -> String {
        let n = context.cached(FlowMetricsQuery(day: context.today, now: context.now))
        return n.waitingNow > 0 ? "\(n.waitingNow) waiting" : "\(n.remaining) to see"
    }

    /// Active filters, for the headline and the pane's own top line.
    func filterLabels(_ context: PaneContext) -> [String] {
        var labels: [String] = []
        if let id = providerFilter {
            labels.append("only " + Sanitizer.clean(context.practice.staff[id]?.displayName ?? id.description))
        }
        if statusFilter != .all { labels.append(statusFilter.rawValue) }
        return labels
    }

    public func editingHints(_ keymap: Keymap) -> [PaneKeyHint] {
        if form != nil { return BookingForm.keyHints(keymap) }
        if cancelPrompt != nil { return CancelPrompt.keyHints(keymap) }
        if superbill != nil { return SuperbillForm.keyHints(keymap) }
        return []
    }

    public func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: context.theme[.text])
        switch mode {
        case .list: drawList(into: &canvas, rect: rect, context: context)
        case .grid: drawGrid(into: &canvas, rect: rect, context: context)
        case .week: drawWeek(into: &canvas, rect: rect, context: context)
        }
        if let form {
            form.draw(into: &canvas, rect: rect, context: context)
        } else if let cancelPrompt {
            cancelPrompt.draw(into: &canvas, rect: rect, context: context)
        } else if let superbill {
            superbill.draw(into: &canvas, rect: rect, context: context)
        }
    }

    // MARK: - Shared by the views

    /// The rows the list shows, after filters.
    func lines(_ context: PaneContext) -> [FlowRow] { context.cached(boardQuery(context)) }

    /// The list's row IDs, as the selection moves through them.
    func lineIDs(_ context: PaneContext) -> SelectableIDs<AppointmentID> {
        context.cached(FlowBoardIDsQuery(board: boardQuery(context)))
    }

    private func boardQuery(_ context: PaneContext) -> FlowBoardQuery {
        let text = TextMatch(filterText)
        return FlowBoardQuery(
            day: context.day, now: context.now, provider: providerFilter, statuses: statusFilter.statuses,
            text: text, privacy: context.privacy && !text.isEmpty)
    }

    /// The filter narrows the list, so typing one in the grid or the week shows the list.
    public mutating func setFilter(_ text: String) {
        filterText = text
        if !text.isEmpty, mode != .list { mode = .list; dayMode = .list }
    }

    /// The list's matches (the grid and the week show the day whole; the filter narrows the list).
    public func filterMatches(_ context: PaneContext) -> (position: Int?, count: Int) {
        let rows = lines(context)
        return (selectedIndex(in: rows, context: context).map { $0 + 1 }, rows.count)
    }

    /// The index of the selected row; with no (visible) selection, the first row still in play —
    /// the earliest patient not yet done — which is where the front desk looks first.
    func selectedIndex(in lines: [FlowRow], context: PaneContext) -> Int? {
        selection.resolve(in: lineIDs(context), fallback: Self.firstInPlay(lines))
    }

    /// The earliest patient not yet done, else the last row.
    static func firstInPlay(_ lines: [FlowRow]) -> Int {
        lines.firstIndex(where: { !$0.status.isFinal }) ?? lines.count - 1
    }

    /// The appointment the flow keys act on: the selected list row, or the block under the grid cursor.
    func targetAppointment(_ context: PaneContext) -> Appointment? {
        switch mode {
        case .grid:
            let grid = context.cached(GridModelQuery(day: context.day, provider: providerFilter))
            return grid.appointment(at: grid.cursor(gridCursor, selected: selected, context: context))
        case .list, .week:
            let rows = lines(context)
            return selectedIndex(in: rows, context: context).map { rows[$0].appointment }
        }
    }

    /// The pane's first line: the day, the active filters and a count per status (as OpenEMR's board heads it).
    func drawTopLine(into canvas: inout Canvas, rect: Rect, context: PaneContext, viewName: String) {
        let theme = context.theme
        var x = rect.x + 1
        let day = context.day == context.today ? "Today, " + context.day.longLabel : context.day.longLabel
        x += canvas.put(day, x: x, y: rect.y, style: theme[.tableHeader].merged(over: theme[.text]), clip: rect)
        x += canvas.put(" · " + viewName, x: x, y: rect.y, style: theme[.textDim], clip: rect)
        for label in filterLabels(context) {
            x += canvas.put(" · ", x: x, y: rect.y, style: theme[.textDim], clip: rect)
            x += canvas.put("[\(label)]", x: x, y: rect.y, style: theme[.alertWarn], clip: rect)
        }
        guard mode != .week else { return }
        var counts: [FlowStatus: Int] = [:]
        if let providerFilter {
            for row in context.cached(
                FlowBoardQuery(day: context.day, now: context.now, provider: providerFilter, statuses: nil))
            {
                counts[row.status, default: 0] += 1
            }
        } else {
            counts = context.cached(FlowMetricsQuery(day: context.day, now: context.now)).countsByStatus
        }
        x += 2
        for status in FlowStatus.allCases {
            guard let count = counts[status], count > 0 else { continue }
            let text = " \(status.gridLabel) \(count)"
            guard x + DisplayWidth.of(text) <= rect.maxX else { break }
            x += canvas.put(text, x: x, y: rect.y, style: theme[status.slot], clip: rect)
        }
    }
}
