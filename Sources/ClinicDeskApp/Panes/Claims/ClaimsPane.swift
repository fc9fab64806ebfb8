import ClinicDomain
import Foundation
import TerminalKit

/// The biller's work queue: open claims ranked by money at risk (the domain's `claimQueue`), under the billing
/// manager's figures (`BillingMetrics`). Filters (status, payer, age, provider, "mine") narrow it and show in the
/// title; `u` swaps in the checked-out visits nobody has billed. One key per lifecycle step acts on the selected
/// claim; steps that need a word more open the command line prefilled (`claim pay C-22 240.00`), so the one
/// command language parses them, and a step the rules refuse says why instead of prompting.
public struct ClaimsPane: Pane {
    enum View: Sendable { case queue, unbilled }

    public var id: PaneID { .claims }
    var selection = ListSelection<ClaimID>()
    var unbilledSelection = ListSelection<AppointmentID>()
    var filter = ClaimFilter()
    var view = View.queue
    /// The open status / payer / age / provider picker, if any.
    var filterPicker: ClaimFilterPicker?
    public internal(set) var filterText = ""

    public init() {}

    public var isEditing: Bool { filterPicker != nil }

    public func editingHints(_ keymap: Keymap) -> [PaneKeyHint] {
        filterPicker == nil ? [] : ClaimFilterPicker.keyHints(keymap)
    }

    /// The active filters first (a cut title still says the list is filtered), then what the list holds.
    public func headline(_ context: PaneContext) -> String {
        guard context.sees(.claimBalances) else { return "not shown to this role" }
        var parts = filterLabels(context)
        switch view {
        case .unbilled:
            let visits = unbilledVisits(context).visits
            let oldest = visits.first.map { ", oldest \($0.daysWaiting)d" } ?? ""
            parts.append("\(visits.count) visit\(visits.count == 1 ? "" : "s") to bill\(oldest)")
        case .queue:
            let queue = self.queue(context)
            let total = context.claimFigures.queue.count
            let count = filter.isEmpty && filterText.isEmpty ? "\(total) open" : "\(queue.rows.count) of \(total) open"
            parts.append(count)
            parts.append("\(queue.atRisk.dollars) at risk")
        }
        return parts.joined(separator: " · ")
    }

    /// Why the pane is empty for this role, naming it (the role table hides claim balances and diagnoses).
    static func hiddenSentence(_ context: PaneContext) -> String {
        let role = context.role.map { "the \($0.label) role" } ?? "this role"
        return "Claims, their balances and diagnoses are not shown to \(role). A manager or biller works them."
    }

    func filterLabels(_ context: PaneContext) -> [String] {
        var labels = filter.labels(context.practice)
        if view == .unbilled { labels.insert("unbilled visits", at: 0) }
        return labels.isEmpty ? [] : ["[" + labels.joined(separator: " · ") + "]"]
    }

    public func badge(_ context: PaneContext) -> String {
        guard context.sees(.claimBalances) else { return "—" }
        let figures = context.claimFigures
        let atRisk = figures.atRisk
        let aging = figures.aging
        let over120 = "A/R 120+ \(ClaimText.percent(aging.over120Share))"
        return atRisk > 0 ? "\(atRisk) at risk, \(over120)" : over120
    }

    /// The rows the queue shows: the cached full queue, or the cached filtered one.
    func queue(_ context: PaneContext) -> FilteredClaimQueue {
        var filter = self.filter
        filter.text = TextMatch(filterText)
        filter.privacy = context.privacy && !filter.text.isEmpty
        if filter.isEmpty {
            let figures = context.claimFigures
            return FilteredClaimQueue(rows: figures.queue, ids: figures.ids, atRisk: figures.queueAtRisk)
        }
        return context.cached(FilteredClaimQueueQuery(today: context.today, filter: filter))
    }

    public mutating func setFilter(_ text: String) { filterText = text }

    public func filterMatches(_ context: PaneContext) -> (position: Int?, count: Int) {
        switch view {
        case .queue:
            let queue = self.queue(context)
            return (selection.resolve(in: queue.ids).map { $0 + 1 }, queue.rows.count)
        case .unbilled:
            let visits = unbilledVisits(context)
            return (unbilledSelection.resolve(in: visits.ids).map { $0 + 1 }, visits.visits.count)
        }
    }

    func unbilledVisits(_ context: PaneContext) -> UnbilledVisitsQuery.Answer {
        context.cached(
            UnbilledVisitsQuery(
                today: context.today, provider: filter.provider, text: TextMatch(filterText),
                privacy: context.privacy))
    }

    func rows(_ context: PaneContext) -> [ClaimRow] { queue(context).rows }

    /// Header rows: two when the pane is wide enough to show every figure in two, else one, fitted.
    static func headerLines(for rect: Rect) -> Int { rect.width >= 84 && rect.height >= 12 ? 2 : 1 }

    public func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        guard !rect.isEmpty else { return }
        guard context.sees(.claimBalances) else {
            RoleNotice.draw(Self.hiddenSentence(context), into: &canvas, rect: rect, theme: context.theme)
            return
        }
        let month = LocalDate.monthShortNames[context.today.month - 1]
        let header = ClaimHeader(context.billingMetrics, monthName: month)
        let used = header.draw(into: &canvas, rect: rect, lines: Self.headerLines(for: rect), theme: context.theme)
        let body = Rect(x: rect.x, y: rect.y + used, width: rect.width, height: max(0, rect.height - used))
        switch view {
        case .queue: drawQueue(into: &canvas, rect: body, context: context)
        case .unbilled: drawUnbilled(into: &canvas, rect: body, context: context)
        }
        filterPicker?.picker.draw(into: &canvas, in: rect, theme: context.theme)
    }

    private func drawQueue(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let queue = self.queue(context)
        let empty =
            filter.isEmpty && filterText.isEmpty
            ? "No open claims." : "No claims match (\(context.key(.claimClearFilters)) clears)."

        let table = TableView(
            columns: ClaimText.columns, rows: [], selected: selection.resolve(in: queue.ids),
            focused: context.focused, emptyMessage: empty)
        // Only the rows on screen become cells: the large practice has ~40k open claims.
        let rows = queue.rows
        table.draw(into: &canvas, rect: rect, theme: context.theme, rowCount: rows.count) {
            ClaimText.cells(rows[$0], context: context)
        }
    }

    private func drawUnbilled(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let unbilled = unbilledVisits(context)
        let table = TableView(
            columns: ClaimText.unbilledColumns, rows: [], selected: unbilledSelection.resolve(in: unbilled.ids),
            focused: context.focused, emptyMessage: "Every checked-out visit has a claim.")
        let visits = unbilled.visits
        table.draw(into: &canvas, rect: rect, theme: context.theme, rowCount: visits.count) {
            ClaimText.unbilledCells(visits[$0], context: context)
        }
    }
}
